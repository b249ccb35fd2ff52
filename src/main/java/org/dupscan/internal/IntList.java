package org.dupscan.internal;

import java.util.Arrays;

/** A growable list of ints (item or page numbers), without boxing. Internal. */
public final class IntList {
  private int[] values = new int[4];
  private int size;

  /** Appends {@code v}. */
  public void add(int v) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = v;
  }

  /** The value at {@code i}, which must be below {@link #size()}. */
  public int get(int i) {
    return values[i];
  }

  /** How many values were added. */
  public int size() {
    return size;
  }

  /** The values, in the order added. */
  public int[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
