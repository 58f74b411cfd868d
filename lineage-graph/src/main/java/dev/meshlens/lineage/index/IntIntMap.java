package dev.meshlens.lineage.index;

import java.util.Arrays;

/**
 * An open-addressing map from non-negative int keys to int values, sized by what a query touches
 * rather than by the graph, so a small answer on a large graph stays cheap. Not thread-safe.
 */
final class IntIntMap {
  static final int MISSING = Integer.MIN_VALUE;
  private static final int FREE = -1;

  private int[] keys;
  private int[] values;
  private int size;
  private int mask;

  IntIntMap() {
    this(16);
  }

  IntIntMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    keys = new int[capacity];
    values = new int[capacity];
    Arrays.fill(keys, FREE);
    mask = capacity - 1;
  }

  int get(int key) {
    int slot = slot(key);
    return keys[slot] == key ? values[slot] : MISSING;
  }

  boolean containsKey(int key) {
    return keys[slot(key)] == key;
  }

  /** Puts the value unless the key is present; returns whether it was added. */
  boolean putIfAbsent(int key, int value) {
    int slot = slot(key);
    if (keys[slot] == key) {
      return false;
    }
    keys[slot] = key;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return true;
  }

  int size() {
    return size;
  }

  /** Calls {@code visitor} with each key and value, in no particular order. */
  void forEach(IntIntVisitor visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != FREE) {
        visitor.visit(keys[i], values[i]);
      }
    }
  }

  private int slot(int key) {
    int slot = mix(key) & mask;
    while (keys[slot] != FREE && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** Receives one entry. */
  @FunctionalInterface
  interface IntIntVisitor {
    void visit(int key, int value);
  }
}
