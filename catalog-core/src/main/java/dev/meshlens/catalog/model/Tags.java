package dev.meshlens.catalog.model;

import java.util.List;

/** The tags of an asset. */
public record Tags(List<Tag> tags) implements Aspect {
  public Tags {
    tags = Checks.list(tags);
  }
}
