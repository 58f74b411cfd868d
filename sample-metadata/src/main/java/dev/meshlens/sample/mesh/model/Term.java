package dev.meshlens.sample.mesh.model;

import java.util.List;

/** A business glossary term. */
public record Term(
    String id,
    String name,
    String owner,
    List<String> synonyms,
    List<String> related,
    String definition) {
  public Term {
    synonyms = List.copyOf(synonyms);
    related = List.copyOf(related);
  }
}
