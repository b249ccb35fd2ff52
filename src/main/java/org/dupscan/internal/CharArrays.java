package org.dupscan.internal;

/**
 * Prefix and suffix tests on a {@code char[]} copy of a text, for loops that test one text against a
 * list of constants. Compiled on {@link String#startsWith}, such a loop speculates on the encoding
 * (Latin-1 or UTF-16) of the texts seen so far; real text mixes both, and each change of encoding
 * deoptimised the loop and every method it was inlined into, up to C2's limit of four traps a site
 * (JFR {@code jdk.Deoptimization}, reason {@code profile_predicate}). A {@code char[]} has one layout.
 */
public final class CharArrays {

  private CharArrays() {}

  /** Whether {@code text[from, end)} starts with {@code prefix}; as {@link String#startsWith(String, int)}. */
  public static boolean startsWith(char[] text, int from, int end, String prefix) {
    int n = prefix.length();
    if (from < 0 || end - from < n) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (text[from + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code text[0, end)} ends with {@code suffix}; as {@link String#endsWith}. */
  public static boolean endsWith(char[] text, int end, String suffix) {
    return startsWith(text, end - suffix.length(), end, suffix);
  }
}
