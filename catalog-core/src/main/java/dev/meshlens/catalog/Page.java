package dev.meshlens.catalog;

import java.util.List;

/** One page of a listing, with the total number of matches. */
public record Page<T>(long total, List<T> items) {
  public Page {
    items = List.copyOf(items);
  }
}
