package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A page's spam signals, by name: each a model input (see {@link SpamScore#WEIGHTS}) and the words
 * that explain it in the page's {@code reasons}. Reasons are made only when the score asks for them
 * (most pages need none), and {@link #withoutReasons} drops them for keeping.
 */
public final class Signals {

  private static final Supplier<String> NO_REASON = () -> "";

  private final String[] names;
  private final double[] values;
  private final Supplier<String>[] reasons;

  private Signals(String[] names, double[] values, Supplier<String>[] reasons) {
    this.names = names;
    this.values = values;
    this.reasons = reasons;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The names, in the order they were added. */
  public List<String> names() {
    return List.of(names);
  }

  /** Whether a signal of this name was added. */
  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** The value of the signal {@code name}, or 0 when the page has no such signal. */
  public double value(String name) {
    int i = indexOf(name);
    return i < 0 ? 0.0 : values[i];
  }

  /** The words explaining the signal {@code name}, or "" when none were given. */
  public String reason(String name) {
    int i = indexOf(name);
    return i < 0 || reasons == null ? "" : reasons[i].get();
  }

  /** The values of the signals the score weighs, in the order of {@link SpamScore#WEIGHTS}. */
  public double[] vector() {
    double[] x = new double[SpamScore.WEIGHTS.size()];
    int k = 0;
    for (String name : SpamScore.WEIGHTS.keySet()) {
      x[k++] = value(name);
    }
    return x;
  }

  /** The same values with no reasons, to keep per page. */
  public Signals withoutReasons() {
    return reasons == null ? this : new Signals(names, values, null);
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Signals[");
    for (int i = 0; i < names.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
    }
    return sb.append(']').toString();
  }

  /** Collects one page's signals. Not thread-safe: one builder per page. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>(12);
    private final List<Double> values = new ArrayList<>(12);
    private final List<Supplier<String>> reasons = new ArrayList<>(12);

    private Builder() {}

    /**
     * Adds a signal.
     *
     * @param name its name, unique on the page
     * @param value the model input (0 when absent)
     * @param reason the words shown in reasons when it raises the score, made on demand
     */
    public Builder add(String name, double value, Supplier<String> reason) {
      if (names.contains(name)) {
        throw new IllegalStateException("signal " + name + " added twice");
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("signal " + name + " must be finite but was " + value);
      }
      names.add(name);
      values.add(value);
      reasons.add(reason == null ? NO_REASON : reason);
      return this;
    }

    /** Adds a signal whose reason is fixed text. */
    public Builder add(String name, double value, String reason) {
      return add(name, value, () -> reason);
    }

    public Signals build() {
      return build(null);
    }

    /**
     * The signals, sharing the name array of {@code like} when the names are the same (every page of
     * a scan has the same names: one array for all rather than one per page).
     */
    @SuppressWarnings("unchecked")
    public Signals build(Signals like) {
      String[] n = names.toArray(new String[0]);
      if (like != null && Arrays.equals(like.names, n)) {
        n = like.names;
      }
      double[] v = new double[values.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = values.get(i);
      }
      return new Signals(n, v, reasons.toArray(new Supplier[0]));
    }
  }
}
