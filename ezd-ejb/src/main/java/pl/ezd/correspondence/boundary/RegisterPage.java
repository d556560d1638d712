package pl.ezd.correspondence.boundary;

import java.util.List;

/** One page of the incoming register and how many items match in all. */
public record RegisterPage(List<RegisteredItem> items, long total, int first, int max) {
}
