package dev.meshlens.lineage.index;

import dev.meshlens.catalog.EntityType;
import dev.meshlens.catalog.Urn;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Dense int ids for every URN the lineage index knows (datasets, fields, jobs, products, domains,
 * owners), with what queries need about each without touching the store: its name, product, domain
 * and owners, whether it is declared PII (a column) and the columns of a dataset. Ids are never
 * reused. Not thread-safe: {@link LineageIndex} guards it.
 */
final class NodeTable {
  static final int NONE = -1;
  private static final int[] NO_IDS = new int[0];

  private final Map<Urn, Integer> ids = new HashMap<>();
  private Urn[] urns = new Urn[1024];
  private String[] names = new String[1024];
  private int[] product = filled(1024);
  private int[] domain = filled(1024);
  private int[][] owners = new int[1024][];
  private IntList[] columns = new IntList[1024];
  private final BitSet pii = new BitSet();
  private int size;

  /** The id of {@code urn}, created if new (a field's dataset learns of the field). */
  int intern(Urn urn) {
    Integer id = ids.get(urn);
    if (id != null) {
      return id;
    }
    int next = size;
    if (next == urns.length) {
      grow();
    }
    urns[next] = urn;
    ids.put(urn, next);
    size++;
    if (urn.type() == EntityType.FIELD) {
      int dataset = intern(urn.dataset());
      if (columns[dataset] == null) {
        columns[dataset] = new IntList();
      }
      columns[dataset].add(next);
    }
    return next;
  }

  /** The id of {@code urn}, or {@link #NONE}. */
  int find(Urn urn) {
    Integer id = ids.get(urn);
    return id == null ? NONE : id;
  }

  int size() {
    return size;
  }

  Urn urn(int id) {
    return urns[id];
  }

  EntityType type(int id) {
    return urns[id].type();
  }

  /** The asset's name: its label in the graph, else the last part of its URN. */
  String name(int id) {
    return names[id] == null ? urns[id].localName() : names[id];
  }

  void name(int id, String name) {
    names[id] = name;
  }

  int product(int id) {
    return product[id];
  }

  void product(int id, int productId) {
    product[id] = productId;
  }

  int domain(int id) {
    return domain[id];
  }

  void domain(int id, int domainId) {
    domain[id] = domainId;
  }

  int[] owners(int id) {
    return owners[id] == null ? NO_IDS : owners[id];
  }

  void owners(int id, int[] ownerIds) {
    owners[id] = ownerIds.length == 0 ? null : ownerIds;
  }

  boolean pii(int id) {
    return pii.get(id);
  }

  void pii(int id, boolean value) {
    pii.set(id, value);
  }

  /** The columns of a dataset that the index knows of. */
  int[] columns(int dataset) {
    return columns[dataset] == null ? NO_IDS : columns[dataset].toArray();
  }

  private void grow() {
    int capacity = urns.length * 2;
    urns = Arrays.copyOf(urns, capacity);
    names = Arrays.copyOf(names, capacity);
    owners = Arrays.copyOf(owners, capacity);
    columns = Arrays.copyOf(columns, capacity);
    int old = product.length;
    product = Arrays.copyOf(product, capacity);
    domain = Arrays.copyOf(domain, capacity);
    Arrays.fill(product, old, capacity, NONE);
    Arrays.fill(domain, old, capacity, NONE);
  }

  private static int[] filled(int capacity) {
    int[] values = new int[capacity];
    Arrays.fill(values, NONE);
    return values;
  }
}
