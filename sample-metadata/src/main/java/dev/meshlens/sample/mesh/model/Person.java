package dev.meshlens.sample.mesh.model;

import java.util.List;

/** A person; the id is the e-mail address. */
public record Person(String email, String name, String title, List<String> teams) {
  public Person {
    teams = List.copyOf(teams);
  }
}
