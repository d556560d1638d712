package pl.ezd.correspondence.boundary;

import pl.ezd.correspondence.entity.SenderAddress;

/** A sender of an earlier item of the organisation, with the address of their latest item, to register the next one faster. */
public record EarlierSender(String name, SenderAddress address) {
}
