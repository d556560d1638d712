package pl.ezd.correspondence.boundary;

import pl.ezd.correspondence.entity.DeliveryMethod;

/** How many items came in by one channel (sposób doręczenia) in a period; {@code channel} null: not recorded. */
public record ChannelVolume(DeliveryMethod channel, long items) {
}
