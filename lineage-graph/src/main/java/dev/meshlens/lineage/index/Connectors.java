package dev.meshlens.lineage.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Lineage as a bipartite adjacency: a connector joins the nodes it reads to the nodes it writes,
 * through a job. At the dataset level a connector is a job (its inputs and outputs); at the column
 * level it is one column lineage entry of a job (source columns, target column, transformation).
 * Every input of a connector flows to every output, so a hub job costs its inputs plus its outputs
 * here, not their product. Each node lists the connectors reading and writing it. Not thread-safe:
 * {@link LineageIndex} guards it.
 */
final class Connectors {
  private int[][] inputs = new int[256][];
  private int[][] outputs = new int[256][];
  private int[] via = new int[256];
  private String[] labels = new String[256];
  private final IntList free = new IntList();
  private int used;
  private IntList[] readers = new IntList[1024];
  private IntList[] writers = new IntList[1024];
  private final Map<Integer, IntList> byJob = new HashMap<>();
  private int live;

  /** Adds a connector of {@code job}; inputs and outputs are node ids without duplicates. */
  void add(int job, int[] in, int[] out, String label) {
    int c = free.isEmpty() ? next() : take();
    inputs[c] = in;
    outputs[c] = out;
    via[c] = job;
    labels[c] = label;
    for (int node : in) {
      list(readersFor(node), node).add(c);
    }
    for (int node : out) {
      list(writersFor(node), node).add(c);
    }
    byJob.computeIfAbsent(job, j -> new IntList()).add(c);
    live++;
  }

  /** Removes every connector of {@code job}. */
  void removeJob(int job) {
    IntList connectors = byJob.remove(job);
    if (connectors == null) {
      return;
    }
    for (int i = 0; i < connectors.size(); i++) {
      int c = connectors.get(i);
      for (int node : inputs[c]) {
        readers[node].remove(c);
      }
      for (int node : outputs[c]) {
        writers[node].remove(c);
      }
      inputs[c] = null;
      outputs[c] = null;
      labels[c] = null;
      free.add(c);
      live--;
    }
  }

  /** The connectors reading {@code node}, or null. */
  IntList readers(int node) {
    return node < readers.length ? readers[node] : null;
  }

  /** The connectors writing {@code node}, or null. */
  IntList writers(int node) {
    return node < writers.length ? writers[node] : null;
  }

  int[] inputs(int connector) {
    return inputs[connector];
  }

  int[] outputs(int connector) {
    return outputs[connector];
  }

  int job(int connector) {
    return via[connector];
  }

  /** The transformation of a column-level connector, or null. */
  String label(int connector) {
    return labels[connector];
  }

  /** One more than the highest connector id in use. */
  int capacity() {
    return used;
  }

  /** How many connectors there are. */
  int count() {
    return live;
  }

  /** Calls {@code visitor} with each connector id. */
  void forEach(IntConsumer visitor) {
    for (int c = 0; c < used; c++) {
      if (inputs[c] != null) {
        visitor.accept(c);
      }
    }
  }

  private int next() {
    if (used == inputs.length) {
      int capacity = used * 2;
      inputs = Arrays.copyOf(inputs, capacity);
      outputs = Arrays.copyOf(outputs, capacity);
      via = Arrays.copyOf(via, capacity);
      labels = Arrays.copyOf(labels, capacity);
    }
    return used++;
  }

  private int take() {
    return free.removeLast();
  }

  private IntList[] readersFor(int node) {
    if (node >= readers.length) {
      readers = Arrays.copyOf(readers, Math.max(node + 1, readers.length * 2));
    }
    return readers;
  }

  private IntList[] writersFor(int node) {
    if (node >= writers.length) {
      writers = Arrays.copyOf(writers, Math.max(node + 1, writers.length * 2));
    }
    return writers;
  }

  private static IntList list(IntList[] lists, int node) {
    if (lists[node] == null) {
      lists[node] = new IntList(2);
    }
    return lists[node];
  }
}
