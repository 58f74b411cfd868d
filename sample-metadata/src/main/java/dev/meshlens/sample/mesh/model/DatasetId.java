package dev.meshlens.sample.mesh.model;

import java.util.Objects;

/** A dataset named the OpenLineage way: a namespace and a name within it. */
public record DatasetId(String namespace, String name) implements Comparable<DatasetId> {
  public DatasetId {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  @Override
  public int compareTo(DatasetId other) {
    int byNamespace = namespace.compareTo(other.namespace);
    return byNamespace != 0 ? byNamespace : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
