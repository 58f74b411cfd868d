package dev.meshlens.lineage.index;

import java.util.Arrays;

/** A growable list of ints, without boxing. Not thread-safe. */
final class IntList {
  static final int[] EMPTY = new int[0];

  private int[] values;
  private int size;

  IntList() {
    this(4);
  }

  IntList(int capacity) {
    values = capacity == 0 ? EMPTY : new int[capacity];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(4, size * 2));
    }
    values[size++] = value;
  }

  /** Removes the first occurrence of {@code value}, keeping the order of the others. */
  boolean remove(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        return true;
      }
    }
    return false;
  }

  int removeLast() {
    return values[--size];
  }

  boolean contains(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  int get(int index) {
    return values[index];
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  void clear() {
    size = 0;
  }

  int[] toArray() {
    return size == 0 ? EMPTY : Arrays.copyOf(values, size);
  }
}
