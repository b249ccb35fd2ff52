package org.dupscan.corpus;

import java.util.Locale;

/** Recognises folder names that look like host names ({@code healthy-mama.example}). */
final class HostNames {

  private HostNames() {}

  /**
   * True for a name made of two or more dot-separated labels of letters, digits and hyphens, the last
   * one alphabetic (a top-level domain), none empty or starting or ending with a hyphen.
   */
  public static boolean looksLikeHost(String name) {
    if (name.length() < 3 || name.length() > 253) {
      return false;
    }
    String[] labels = name.toLowerCase(Locale.ROOT).split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
          return false;
        }
      }
    }
    String tld = labels[labels.length - 1];
    for (int i = 0; i < tld.length(); i++) {
      if (!Character.isLetter(tld.charAt(i))) {
        return false;
      }
    }
    return tld.length() >= 2;
  }
}
