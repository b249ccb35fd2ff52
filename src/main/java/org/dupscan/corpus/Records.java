package org.dupscan.corpus;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

/** Helpers shared by the record readers. Internal. */
final class Records {

  private Records() {}

  /** A pending document whose bytes are already in memory (records of a stream read in order). */
  static PendingDocument loaded(SourceDocument doc, Instant captured) {
    return loaded(doc, captured, null);
  }

  /** As {@link #loaded(SourceDocument, Instant)}, with the container's {@code payloadKey}, or null. */
  static PendingDocument loaded(SourceDocument doc, Instant captured, String payloadKey) {
    return new PendingDocument() {
      @Override
      public String origin() {
        return doc.origin();
      }

      @Override
      public SourceDocument load() {
        return doc;
      }

      @Override
      public long heldBytes() {
        return doc.content().length;
      }

      @Override
      public Instant captured() {
        return captured;
      }

      @Override
      public String id() {
        return doc.id();
      }

      @Override
      public String payloadKey() {
        return payloadKey;
      }
    };
  }

  /** The lower-cased host of {@code url}, or null when it has none. */
  static String hostOf(String url) {
    try {
      String h = new URI(url).getHost();
      return h == null || h.isEmpty() ? null : h.toLowerCase(Locale.ROOT);
    } catch (Exception e) {
      // A URL java.net.URI rejects (spaces, bad escapes) still has a host between "//" and the path.
      int s = url.indexOf("//");
      if (s < 0) {
        return null;
      }
      int e2 = s + 2;
      while (e2 < url.length() && "/?#:".indexOf(url.charAt(e2)) < 0) {
        e2++;
      }
      String h = url.substring(s + 2, e2);
      int at = h.lastIndexOf('@');
      h = at >= 0 ? h.substring(at + 1) : h;
      return h.isEmpty() ? null : h.toLowerCase(Locale.ROOT);
    }
  }

  /** Shortens untrusted text for a one-line reason. */
  static String clip(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < 200; i++) {
      char c = s.charAt(i);
      sb.append(c < 0x20 ? ' ' : c);
    }
    return s.length() > 200 ? sb + "..." : sb.toString();
  }
}
