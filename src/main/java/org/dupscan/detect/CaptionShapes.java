package org.dupscan.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Line shapes of a pasted picture's text that read without any language's words: a credit closing a
 * description in brackets or after a copyright sign, naming a person and a library or its domain
 * ("... on a rug (Source: Pexels)", "... at home. \u00a9 Jane Doe \u2013 stock.example.com"). Each
 * answers for one text alone, read token by token (no regular expression); {@link CaptionCues} reads
 * the shapes with a picture's or a credit's label, {@link CaptionDetector} weighs them.
 */
final class CaptionShapes {

  /** Most characters of a credit in brackets closing a description, brackets included. */
  static final int MAX_BRACKETED_CREDIT_CHARS = 80;
  /** Least and most letters of a domain's last label ("com", "de", "photos"). */
  static final int MIN_TLD_CHARS = 2;
  static final int MAX_TLD_CHARS = 6;

  private CaptionShapes() {}

  /**
   * The description before a credit that closes it in round brackets, or null: the brackets open after
   * a space and close the text, and inside them stands a credit line ("(Source: Pexels)", "(Photo:
   * Jane Doe via Agency)"), a copyright sign and names ("(\u00a9 Jane Doe \u2013 stock.example.com)")
   * or a library's attribution ("(Photo by Jane Doe on Unsplash)"). A bracket that closes a clause of
   * prose ("(see below)") or code holds no credit's shape.
   */
  static String withoutBracketedCredit(String text) {
    String t = text.strip();
    if (t.length() < 2 || t.charAt(t.length() - 1) != ')') {
      return null;
    }
    int open = t.lastIndexOf('(');
    if (open <= 0 || t.length() - open > MAX_BRACKETED_CREDIT_CHARS || t.charAt(open - 1) != ' '
        || t.indexOf(')', open) != t.length() - 1) {
      return null;
    }
    String inner = t.substring(open + 1, t.length() - 1).strip();
    String head = t.substring(0, open).strip();
    if (head.isEmpty() || inner.isEmpty()) {
      return null;
    }
    return CaptionCues.isCreditLine(inner) || isCopyrightCredit(inner)
        || CaptionCues.isPlatformCredit(inner) ? head : null;
  }

  /**
   * Whether the text is a copyright sign (or "(c)") and then only names, a library's domain among them
   * ("\u00a9 Jane Doe \u2013 stock.example.com", "\u00a9 Jane Doe / Agency"): whose picture it is.
   */
  static boolean isCopyrightCredit(String text) {
    String t = text.strip();
    String value;
    if (t.startsWith("\u00a9")) {
      value = t.substring(1);
    } else if (t.regionMatches(true, 0, "(c) ", 0, 4)) {
      value = t.substring(3);
    } else {
      return false;
    }
    return namesOrDomains(value.strip());
  }

  /**
   * Whether a credit's value is names ({@link CaptionCues#namesOnly}) where a library's domain may
   * stand for a name ("Jane Doe \u2013 stock.example.com"), with at least one name or domain.
   */
  static boolean namesOrDomains(String value) {
    StringBuilder names = new StringBuilder();
    int domains = 0;
    for (String token : value.split(" ")) {
      if (isDomain(token)) {
        domains++;
      } else if (!token.isEmpty()) {
        names.append(token).append(' ');
      }
    }
    String rest = names.toString().strip();
    if (domains == 0) {
      return !rest.isEmpty() && CaptionCues.namesOnly(rest);
    }
    return rest.isEmpty() || CaptionCues.namesOnly(rest) || onlyJoiners(rest);
  }

  private static boolean onlyJoiners(String rest) {
    for (String token : rest.split(" ")) {
      if (!CaptionCues.CREDIT_JOINERS.contains(token.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a token is a host name: two or more labels of lower-case ASCII letters, digits and inner
   * hyphens parted by dots, the last {@value #MIN_TLD_CHARS}..{@value #MAX_TLD_CHARS} letters
   * ("stock.example.com", "pexels.com"), and no image file's name ("beach.jpg").
   */
  static boolean isDomain(String token) {
    String t = token.endsWith(".") || token.endsWith(",") ? token.substring(0, token.length() - 1)
        : token;
    int lastDot = t.lastIndexOf('.');
    if (lastDot <= 0 || CaptionDetector.hasFileName(t)) {
      return false;
    }
    int tld = t.length() - lastDot - 1;
    if (tld < MIN_TLD_CHARS || tld > MAX_TLD_CHARS) {
      return false;
    }
    boolean labelStart = true;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '.') {
        if (labelStart) {
          return false; // an empty label: ".." or a leading dot
        }
        labelStart = true;
        continue;
      }
      boolean letter = c >= 'a' && c <= 'z';
      boolean ok = letter || (i < lastDot && (c >= '0' && c <= '9' || c == '-' && !labelStart));
      if (!ok) {
        return false;
      }
      labelStart = false;
    }
    return !labelStart;
  }

  /** Least words of a file's stem without a number that reads as a picture's file name. */
  static final int MIN_STEM_WORDS = 4;
  /** Least digits of the number closing a picture's file stem (a library's or a camera's count). */
  static final int MIN_STEM_NUMBER_DIGITS = 3;
  /** Least and most digits of each side of an image size closing a file stem ("1024x683"). */
  static final int MIN_SIZE_DIGITS = 2;
  static final int MAX_SIZE_DIGITS = 4;

  /**
   * Whether the whole text is one token shaped as a picture's file name without its extension: words
   * joined by underscores, hyphens or capitals, closed by a picture's number or an image size
   * ({@link #isNumberedFileStem}), or at least {@value #MIN_STEM_WORDS} lower-case words joined by
   * underscores or hyphens ({@link #isWordFileStem}).
   */
  static boolean isFileStem(String text) {
    return isNumberedFileStem(text) || isWordFileStem(text);
  }

  /**
   * Whether the whole text is one token of at least two words of letters, joined by underscores,
   * hyphens or capitals, and then an underscore or hyphen and a number of at least {@value
   * #MIN_STEM_NUMBER_DIGITS} digits or an image size ("MotherHoldingNewbornCloseUp_3921",
   * "clean-kitchen-counter-1024x683"): the name a stock library or a content system gives a picture
   * (a library's picture number, a resized copy's width and height). An identifier of code names no
   * number at its end ("rust_2015" is one word and a year; "LN_10" two digits).
   */
  static boolean isNumberedFileStem(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.indexOf(' ') >= 0) {
      return false;
    }
    int cut = Math.max(t.lastIndexOf('_'), t.lastIndexOf('-'));
    if (cut <= 0 || cut == t.length() - 1 || !isPictureNumber(t.substring(cut + 1))) {
      return false;
    }
    int words = 0;
    for (String part : joinedParts(t.substring(0, cut))) {
      int n = camelWords(part);
      if (n == 0) {
        return false;
      }
      words += n;
    }
    return words >= 2;
  }

  /**
   * Whether the whole text is one token of at least {@value #MIN_STEM_WORDS} lower-case words of
   * letters joined by underscores or hyphens ("cozy_living_room_interior_stock"). Identifiers of code
   * and option names have this shape too ("next_power_of_two", "ignore-space-at-eol"), so it counts only
   * where the page puts the text with a picture.
   */
  static boolean isWordFileStem(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.indexOf(' ') >= 0) {
      return false;
    }
    List<String> parts = joinedParts(t);
    if (parts.size() < MIN_STEM_WORDS) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty()) {
        return false;
      }
      for (int i = 0; i < part.length(); i++) {
        if (!Character.isLowerCase(part.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The parts of a token between its underscores and hyphens, empty ones kept ("a__b" gives a, "", b). */
  private static List<String> joinedParts(String t) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < t.length(); i++) {
      if (t.charAt(i) == '_' || t.charAt(i) == '-') {
        out.add(t.substring(from, i));
        from = i + 1;
      }
    }
    out.add(t.substring(from));
    return out;
  }

  /** The words of a run of letters written in camel case ("CloseUp" 2, "house" 1), 0 unless letters. */
  private static int camelWords(String part) {
    if (part.isEmpty()) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (!Character.isLetter(c)) {
        return 0;
      }
      if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(part.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  /** A picture's number (at least {@value #MIN_STEM_NUMBER_DIGITS} digits) or an image size ("1024x683"). */
  private static boolean isPictureNumber(String s) {
    int x = s.indexOf('x');
    if (x < 0) {
      return s.length() >= MIN_STEM_NUMBER_DIGITS && digits(s);
    }
    String w = s.substring(0, x);
    String h = s.substring(x + 1);
    return w.length() >= MIN_SIZE_DIGITS && w.length() <= MAX_SIZE_DIGITS && digits(w)
        && h.length() >= MIN_SIZE_DIGITS && h.length() <= MAX_SIZE_DIGITS && digits(h);
  }

  private static boolean digits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** Possessives and object pronouns of the first and second person: a reader addressed, not a scene. */
  static final Set<String> PERSON_WORDS = Set.of("our", "ours", "us", "your", "yours", "my", "mine",
      "me");

  /**
   * Whether the text reads as the description of a scene: at least {@link CaptionDetector#MIN_WORDS}
   * words, no terminal punctuation, no clause word ({@link CaptionDetector#hasClauseWord}), no reader
   * or writer in it ({@link #PERSON_WORDS}), and a closing phrase of place or time ({@link
   * CaptionDetector#endsInPlace}): "Two boys sharing cookies on a park bench". Interface text that
   * holds the same nouns addresses its reader ("We use cookies.", "Like us on Facebook"), so such a
   * scene is no notice for holding an interface word.
   */
  static boolean readsAsScene(String text) {
    List<String> words = Words.of(text);
    if (words.size() < CaptionDetector.MIN_WORDS || Words.endsSentence(text)
        || CaptionDetector.hasClauseWord(text)) {
      return false;
    }
    for (String w : words) {
      if (PERSON_WORDS.contains(w)) {
        return false;
      }
    }
    return CaptionDetector.endsInPlace(text);
  }
}
