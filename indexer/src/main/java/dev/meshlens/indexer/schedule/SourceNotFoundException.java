package dev.meshlens.indexer.schedule;

import java.util.Collection;

/** No source of that name is in the sources file in force. */
public final class SourceNotFoundException extends RuntimeException {
  public SourceNotFoundException(String name, Collection<String> known) {
    super("No source '" + name + "' in the sources file (known: " + String.join(", ", known) + ")");
  }
}
