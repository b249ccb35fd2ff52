package org.dupscan.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dupscan.internal.CharArrays;

/**
 * The shapes of a short text that tell a caption's label, a credit, a title appended to a caption, a
 * quotation, a numbered figure label or a command line, read token by token (no regular expression).
 * {@link CaptionDetector} weighs them; each answers for one text alone.
 */
final class CaptionCues {

  /** Words that say where a picture stands, closing a position label ("Pictured above:", "Left:"). */
  static final Set<String> POSITIONS = Set.of("above", "below", "left", "right", "top", "bottom",
      "here", "inset", "opposite", "overleaf", "centre", "center");
  /** Words that may come before the position in such a label ("Shown here:", "Top left:"). */
  static final Set<String> POSITION_OPENERS = Set.of("pictured", "shown", "seen", "photographed",
      "photo", "image", "picture", "far");
  /** Most words of a position label. */
  static final int MAX_POSITION_WORDS = 3;
  /** Labels of a credit or source line, normalised ("Source:", "Image credit:"). */
  static final Set<String> CREDIT_LABELS = Set.of("photo", "photos", "image", "images", "picture",
      "photograph", "photography", "credit", "credits", "source", "image credit", "photo credit",
      "picture credit", "image source", "photo source", "courtesy", "image courtesy",
      "photo courtesy", "stock photo");
  /** Words that join the names of a credit ("Jane Doe via Pexels", "Ana Ruiz for Stock"). */
  static final Set<String> CREDIT_JOINERS = Set.of("/", ",", "|", "&", "and", "via", "on", "for",
      "from", "of", "at", "by", "de", "van", "von", "da", "la", "le", "del", "der", "\u00A9", "(c)",
      "-", "\u2013", "\u2014");
  /** Most tokens of a credit after its label. */
  static final int MAX_CREDIT_TOKENS = 8;
  /** Most characters before the colon of a label. */
  static final int MAX_LABEL_CHARS = 24;
  /** Least words of a title that counts when appended to a caption ("Scene - Page Title"). */
  static final int MIN_TITLE_WORDS = 2;
  /** Most words after a quotation's closing mark: who said it ("-- A. Name", "(my teacher)"). */
  static final int MAX_ATTRIBUTION_WORDS = 6;
  static final String OPENING_QUOTES = "\"'\u201C\u2018\u00AB\u201E\u201A\u00BB";
  /**
   * Closing marks: English and French ones, and German and Danish ones, which close with the marks
   * English opens with ("\u201Eso\u201C", "\u00BBso\u00AB").
   */
  static final String CLOSING_QUOTES = "\"'\u201D\u2019\u00BB\u201C\u2018\u00AB";
  /** Dashes that set off an attribution or an appended title. */
  static final String DASHES = "-\u2013\u2014";
  /**
   * Commands that open a shell or program line, lower case as typed: a closed vocabulary of tools,
   * never the first word of an English picture description written in lower case.
   */
  static final Set<String> COMMANDS = Set.of("sudo", "apt", "apt-get", "aptitude", "dpkg", "pip",
      "pip3", "npm", "npx", "yarn", "git", "cd", "make", "cmake", "docker", "kubectl", "curl", "wget",
      "python", "python3", "node", "java", "javac", "mvn", "gradle", "cargo", "rustc", "gcc", "ls",
      "cp", "mv", "rm", "mkdir", "chmod", "chown", "cat", "echo", "export", "ssh", "scp", "rsync",
      "brew", "dnf", "yum", "pacman", "systemctl", "service", "tar", "grep", "sed", "awk", "import",
      "def", "return", "const", "var", "function", "print", "printf", "sh", "bash", "psql", "mysql",
      "find", "du", "df", "ps", "crontab", "nano", "vim", "xargs", "unzip", "ping", "ssh-keygen",
      "journalctl", "apt-cache", "snap", "flatpak", "conda", "pipx", "poetry", "ruby", "perl", "php",
      "ln", "wc", "uniq", "chgrp", "useradd", "passwd", "mount", "umount", "ufw", "iptables");
  /** SQL statements, upper case as written, and the keywords that follow them. */
  static final Set<String> SQL_STATEMENTS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "CREATE",
      "ALTER", "DROP");
  static final Set<String> SQL_KEYWORDS = Set.of("FROM", "INTO", "SET", "TABLE", "WHERE", "VALUES",
      "INDEX");
  /** Whole tokens that are operators of code or a shell. */
  static final Set<String> OPERATORS = Set.of("=", "==", "===", "!=", "<=", ">=", "<", ">", "+=",
      "-=", "&&", "||", "->", "=>", ">>", "<<", ":=", "|>");
  /** Prompts that open a typed command. */
  static final List<String> PROMPTS = List.of("$ ", "# ", "% ", ">>> ", "C:\\>");
  /** The first chars of {@link #PROMPTS}. */
  private static final String PROMPT_FIRST_CHARS = firstChars(PROMPTS);

  /** Words that name a picture, closing a picture label ("Main picture:", "Featured image:"). */
  static final Set<String> PICTURE_WORDS = Set.of("picture", "pictures", "photo", "photos", "image",
      "images", "photograph", "pic", "shot", "illustration", "snapshot", "still");
  /** Words that may come before the picture word in such a label ("Main picture:", "Top image:"). */
  static final Set<String> PICTURE_LABEL_OPENERS = Set.of("main", "top", "lead", "header", "featured",
      "feature", "cover", "hero", "file", "stock", "archive", "library", "inset", "above", "below",
      "left", "right", "bottom", "first", "second", "third", "this", "our");
  /**
   * How texts that present a picture as a stand-in open, normalised ({@link Words#key}): a file or
   * stock picture, an artist's impression, an illustration. Newspapers and content farms write them
   * over agency pictures that have nothing to do with the article beside them.
   */
  static final List<String> ILLUSTRATION_OPENERS = keys("file photo", "file picture", "file image",
      "archive photo", "archive picture", "archive image", "stock photo", "stock picture",
      "stock image", "library photo", "library picture", "library image", "artist's impression",
      "artist impression", "artist's rendering", "artist's illustration", "artist's view",
      "illustration of", "illustrative image", "illustrative photo", "representative image",
      "representative photo", "generic image", "generic photo", "photo illustration",
      "computer-generated image", "computer generated image", "posed by models", "picture posed by",
      "photo posed by", "model photo", "image for illustration", "photo for illustration",
      "picture for illustration");
  /** Word runs of a disclaimer that a picture only illustrates ("Stock image used for illustration only"). */
  static final List<String> ILLUSTRATION_DISCLAIMERS = keys("for illustration", "for illustrative",
      "illustration purposes", "illustrative purposes", "illustration only", "posed by model");
  /** Articles that may open such a text ("An artist's impression of ..."). */
  static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private CaptionCues() {}

  private static String firstChars(List<String> strings) {
    StringBuilder out = new StringBuilder();
    for (String s : strings) {
      out.append(s.charAt(0));
    }
    return out.toString();
  }

  private static List<String> keys(String... phrases) {
    String[] out = new String[phrases.length];
    for (int i = 0; i < phrases.length; i++) {
      out[i] = Words.key(phrases[i]);
    }
    return List.of(out);
  }

  /**
   * Whether the text opens with a label naming the picture it stands under: one to
   * {@value #MAX_POSITION_WORDS} words, the last a {@linkplain #PICTURE_WORDS picture word}, the others
   * {@linkplain #PICTURE_LABEL_OPENERS label words} ("Main picture:", "Featured image:", "Top photo:").
   * A bare "Photo:" is a prefix ({@link CaptionDetector#hasPrefix}) or a credit line.
   */
  static boolean hasPictureLabel(String text) {
    String label = label(text);
    if (label == null) {
      return false;
    }
    List<String> words = Words.of(label);
    if (words.size() < 2 || words.size() > MAX_POSITION_WORDS
        || !PICTURE_WORDS.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size() - 1; i++) {
      if (!PICTURE_LABEL_OPENERS.contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text presents its picture as a stand-in: it opens as a file or stock picture, an
   * artist's impression or an illustration ("File photo of ...", "An artist's impression of ..."), or
   * says the picture only illustrates ("Stock image used for illustration only").
   */
  static boolean presentsIllustration(String text) {
    String key = Words.key(text);
    int space = key.indexOf(' ');
    String rest = space > 0 && ARTICLES.contains(key.substring(0, space)) ? key.substring(space + 1)
        : key;
    char[] chars = rest.toCharArray(); // see CharArrays
    for (String o : ILLUSTRATION_OPENERS) {
      if (CharArrays.startsWith(chars, 0, chars.length, o)
          && (chars.length == o.length() || chars[o.length()] == ' ')) {
        return true;
      }
    }
    for (String d : ILLUSTRATION_DISCLAIMERS) {
      int at = key.indexOf(d);
      if (at >= 0 && (at == 0 || key.charAt(at - 1) == ' ')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text inside a bracketed picture label, as a text dump leaves an image ("[image: two hikers on
   * a ridge]" gives "image: two hikers on a ridge"), or the text as it is: the brackets would make it
   * read as code.
   */
  static String unbracketed(String text) {
    String t = text.strip();
    if (t.length() < 4 || t.charAt(0) != '[' || t.charAt(t.length() - 1) != ']'
        || t.indexOf('[', 1) >= 0 || t.indexOf(']') != t.length() - 1) {
      return text;
    }
    String inner = t.substring(1, t.length() - 1).strip();
    String label = label(inner);
    List<String> words = label == null ? List.of() : Words.of(label);
    return words.size() == 1 && (PICTURE_WORDS.contains(words.get(0)) || words.get(0).equals("img"))
        ? inner : text;
  }

  /** Words a text browser prints, in brackets, for an image without alt text ("[IMG]", "[INLINE]"). */
  static final Set<String> IMAGE_PLACEHOLDERS = Set.of("img", "image", "inline", "photo", "picture");

  /**
   * Stems of the stand-in files that lazy-loading scripts serve as an image's {@code src} until the real
   * picture (in {@code data-src}) is loaded: a text browser reads {@code src} and names the image by
   * this stem ("[blank]" over the caption). The common ones of jQuery Lazy Load, lazysizes setups and
   * WordPress themes; a stem with a digit or a joint ("lazy-placeholder", "1x1") is a file's stem
   * already ({@link #marksImage}).
   */
  static final Set<String> LAZY_PLACEHOLDERS = Set.of("blank", "spacer", "pixel", "placeholder",
      "transparent", "lazy");

  /**
   * The end of the image mark a text line opens with, as a text browser prints an image in a dump
   * (lynx and w3m write "[alt text]", or the file name or "[IMG]" where the image has no alt): the
   * index in the stripped line after its closing bracket, or -1 when the line opens with no bracket group, a nested one,
   * or a link reference number ("[12]Installation", lynx's numbering of links).
   */
  static int imageMarkEnd(String text) {
    String t = text.strip();
    if (t.length() < 3 || t.charAt(0) != '[') {
      return -1;
    }
    int close = t.indexOf(']');
    if (close < 2 || t.indexOf('[', 1) >= 0 && t.indexOf('[', 1) < close) {
      return -1;
    }
    String inner = t.substring(1, close).strip();
    boolean digits = !inner.isEmpty();
    for (int i = 0; i < inner.length() && digits; i++) {
      digits = Character.isDigit(inner.charAt(i));
    }
    return inner.isEmpty() || digits ? -1 : close + 1;
  }

  /**
   * Whether the whole line is one bracket group of at least {@code minWords} words, as a text browser
   * prints an image's alt text ("[Two hikers on a ridge at dawn]"): a picture's text standing in the
   * body. A one-word group ("[Note]", "[Prev]") is an icon's.
   */
  static boolean isAltLine(String text, int minWords) {
    String t = text.strip();
    int end = imageMarkEnd(t);
    return end == t.length() && Words.of(t).size() >= minWords;
  }

  /**
   * Whether a bracket group opening a list item marks an image: an alt line, a file name or a text
   * browser's placeholder word ("[IMG]", "[gallery-2.jpg]").
   */
  static boolean opensWithImage(String text, int minWords) {
    String t = text.strip();
    int end = imageMarkEnd(t);
    if (end < 0) {
      return false;
    }
    if (end == t.length()) {
      return Words.of(t).size() >= minWords;
    }
    return marksImage(t.substring(1, end - 1).strip());
  }

  /**
   * Whether the inside of a bracket group names an image as a text browser prints one without alt
   * text: a placeholder word ("IMG", "image"), a file name ("hero-2.jpg"), or the start of one, which
   * w3m cuts to its first characters ("IMG_4821", "pexels-648", "photo-5f46"): one token of letters
   * and digits joined by a hyphen, underscore or dot, with a digit or such a joint in it. "[Note]" and
   * "[Prev]" are a word, an icon's.
   */
  static boolean marksImage(String inner) {
    if (inner.isEmpty() || inner.indexOf(' ') >= 0) {
      return false;
    }
    String lower = inner.toLowerCase(Locale.ROOT);
    return IMAGE_PLACEHOLDERS.contains(lower) || LAZY_PLACEHOLDERS.contains(lower)
        || CaptionDetector.hasFileName(inner) || isFileStem(inner);
  }

  /** One token of letters and digits with a digit, or a hyphen, underscore or dot between two of them. */
  private static boolean isFileStem(String w) {
    if (w.length() < 3 || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    boolean marked = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '-' || c == '_' || c == '.') {
        marked |= i > 0 && i + 1 < w.length() && Character.isLetterOrDigit(w.charAt(i - 1))
            && Character.isLetterOrDigit(w.charAt(i + 1));
      } else if (Character.isDigit(c)) {
        marked = true;
      } else if (!Character.isLetter(c)) {
        return false;
      }
    }
    return marked;
  }

  /**
   * How many bracket groups open in the text: a '[' first or after a space. A text browser's row of
   * images prints each image's mark at the start of its line ("[g0.jpg] Two hikers ... [Tourists ...]").
   */
  static int bracketOpenings(String text) {
    int n = 0;
    for (int i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
      if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the whole text is a text browser's mark for an image without alt text, on a line of its
   * own ({@link #isBareImageMark} whose inside {@linkplain #marksImage names an image}): the text
   * beside the image is the next block.
   */
  static boolean isImageMarkLine(String text) {
    String t = text.strip();
    return isBareImageMark(t) && marksImage(t.substring(1, t.length() - 1));
  }

  /**
   * Whether a sentence ends inside the text: a full stop, question or exclamation mark after a letter,
   * then a space and a capital ("... nach \u00a7275 HGB. Siehe auch ...").
   */
  static boolean endsSentenceInside(String text) {
    String t = text.strip();
    for (int i = 1; i + 2 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' '
          && Character.isUpperCase(t.charAt(i + 2)) && Character.isLetter(t.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text holds a sentence before its end that is a clause ({@code clauseWords}): "If it
   * glows, I will try to fix it. Member since 2009" is a forum signature's motto and a note, prose. A
   * caption's sentence before a credit ("A ferry at dusk. Photo: Jane Doe") is a phrase.
   */
  static boolean holdsClauseSentence(String text, Set<String> clauseWords) {
    String t = text.strip();
    for (int i = 1; i + 2 < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '.' || c == '!' || c == '?') && t.charAt(i + 1) == ' '
          && Character.isUpperCase(t.charAt(i + 2)) && Character.isLetter(t.charAt(i - 1))) {
        for (String w : Words.of(t.substring(0, i))) {
          if (clauseWords.contains(w)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the text is a run of names set off by commas: every word opens with a capital or a digit,
   * one at least has lower-case letters (a text in capitals is no name), and a comma parts them, as in
   * an address ("Oakfield Primary School, Beech Avenue, Oakfield OK7 3LB") or a list of places. A
   * picture's description names what it shows in common words.
   */
  static boolean isNameList(String text) {
    String t = text.strip();
    if (t.indexOf(',') < 0) {
      return false;
    }
    boolean lower = false;
    for (String raw : t.split(" ")) {
      String w = trim(raw, "\"'([{\u201C\u2018", "\"')]},;:!?.\u201D\u2019");
      if (w.isEmpty()) {
        continue;
      }
      char c = w.charAt(0);
      if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
        return false;
      }
      for (int i = 1; i < w.length() && !lower; i++) {
        lower = Character.isLowerCase(w.charAt(i));
      }
    }
    return lower;
  }

  /**
   * The picture's text of a line opening with an image mark: the alt inside the brackets when the mark
   * is the whole line, else what follows the mark.
   */
  static String withoutImageMark(String text) {
    String t = text.strip();
    int end = imageMarkEnd(t);
    if (end < 0) {
      return text;
    }
    return end == t.length() ? t.substring(1, end - 1).strip() : t.substring(end).strip();
  }

  /**
   * Whether the text holds a box-drawing character (U+2500..U+257F): a table or a diagram as a text
   * browser draws it (w3m frames tables in them), never a picture's text.
   */
  static boolean hasBoxDrawing(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '\u2500' && c <= '\u257f') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the whole text is one bracket group without a space: a text browser's mark for an image
   * that has no alt text, its placeholder or the start of its file name ("[IMG]", "[IMG_4821]",
   * "[hero-2.jpg]"). It names the image itself, which every page with pictures has; the text beside
   * the image, if any, is another block.
   */
  static boolean isBareImageMark(String text) {
    String t = text.strip();
    return t.length() >= 3 && t.charAt(0) == '[' && t.indexOf(']') == t.length() - 1
        && t.indexOf(' ') < 0 && t.indexOf('[', 1) < 0;
  }

  /**
   * Whether the text ends as a lead-in or a fragment rather than a whole phrase: in an ellipsis
   * ("To access this command...", "Pour accéder à cette commande…"; two dots too) or a comma ("With
   * best wishes,", "Kind regards,"). What it leads to is the next block; a picture's text is complete
   * in itself.
   */
  static boolean endsAsLeadIn(String text) {
    String t = text.strip();
    return t.endsWith("..") || t.endsWith("\u2026") || t.endsWith(",") || t.endsWith("\uff0c")
        || t.endsWith("\u3001");
  }

  /** Least kinds of camera setting that make a line a camera's settings. */
  static final int MIN_CAMERA_SETTINGS = 2;

  /**
   * Whether the text holds a camera's settings as cameras and photo sites print them (EXIF): at least
   * {@value #MIN_CAMERA_SETTINGS} of an aperture ("f/2.8", "ƒ/4"), a shutter time ("1/250s",
   * "1/60"), a sensitivity ("ISO 400", "ISO400") and a focal length ("35mm", "85 mm"). The notation is
   * the camera's, not a topic's: documentation states one such value at a time ("a 50mm lens").
   * Read token by token, no regular expression.
   */
  static boolean hasCameraSettings(String text) {
    if (text.length() > 400) {
      return false;
    }
    String[] tokens = text.split(" ");
    boolean aperture = false;
    boolean shutter = false;
    boolean iso = false;
    boolean focal = false;
    for (int i = 0; i < tokens.length; i++) {
      String t = trimCameraToken(tokens[i]);
      if (t.isEmpty()) {
        continue;
      }
      String lower = t.toLowerCase(Locale.ROOT);
      if ((lower.startsWith("f/") || lower.startsWith("\u0192/")) && isDecimal(lower.substring(2))) {
        aperture = true;
      } else if (lower.startsWith("1/") && isDecimal(stripSuffix(lower.substring(2), "s"))) {
        shutter = true;
      } else if (lower.equals("iso") && i + 1 < tokens.length
          && isDecimal(trimCameraToken(tokens[i + 1]))
          || lower.startsWith("iso") && lower.length() > 3 && isDecimal(lower.substring(3))) {
        iso = true;
      } else if (lower.endsWith("mm") && lower.length() > 2 && isDecimal(lower.substring(0, lower.length() - 2))
          || lower.equals("mm") && i > 0 && isDecimal(trimCameraToken(tokens[i - 1]))) {
        focal = true;
      }
    }
    int kinds = (aperture ? 1 : 0) + (shutter ? 1 : 0) + (iso ? 1 : 0) + (focal ? 1 : 0);
    return kinds >= MIN_CAMERA_SETTINGS;
  }

  private static String trimCameraToken(String w) {
    return trim(w, "([{\u00b7|,;", ")]}\u00b7|,;.");
  }

  /** {@code w} without the chars of {@code leading} that open it and of {@code trailing} that close it. */
  static String trim(String w, String leading, String trailing) {
    int from = 0;
    int to = w.length();
    while (from < to && leading.indexOf(w.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && trailing.indexOf(w.charAt(to - 1)) >= 0) {
      to--;
    }
    return w.substring(from, to);
  }

  private static String stripSuffix(String w, String suffix) {
    return w.endsWith(suffix) ? w.substring(0, w.length() - suffix.length()) : w;
  }

  /** Whether the word is digits with at most one inner dot ("2.8", "400"). */
  private static boolean isDecimal(String w) {
    int n = w.length();
    if (n == 0 || n > 6 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(n - 1))) {
      return false;
    }
    int dots = 0;
    for (int i = 0; i < n; i++) {
      char c = w.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    return dots <= 1;
  }

  /** Least hashtags in the run that closes a hashtag caption. */
  static final int MIN_HASHTAGS = 2;

  /**
   * The text before a closing run of at least {@value #MIN_HASHTAGS} hashtags ("Ferry leaving the
   * harbour at dawn #travel #weekend"), or null when it closes with none or has nothing before them.
   * A hashtag is "#" then letters, digits or underscores, with a letter among them; social posts
   * tag a picture so, documentation does not (a "#" there opens a comment, a heading or an anchor,
   * or closes a type's name, "C#").
   */
  static String withoutHashtags(String text) {
    String t = text.strip();
    int end = t.length();
    int tags = 0;
    while (end > 0) {
      int start = t.lastIndexOf(' ', end - 1) + 1;
      if (!isHashtag(t, start, end)) {
        break;
      }
      tags++;
      end = start;
      while (end > 0 && t.charAt(end - 1) == ' ') {
        end--;
      }
    }
    if (tags < MIN_HASHTAGS) {
      return null;
    }
    String head = t.substring(0, end).strip();
    return head.isEmpty() ? null : head;
  }

  private static boolean isHashtag(String t, int start, int end) {
    if (end - start < 3 || t.charAt(start) != '#') {
      return false;
    }
    boolean letter = false;
    for (int i = start + 1; i < end; i++) {
      char c = t.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
      } else if (!Character.isDigit(c) && c != '_') {
        return false;
      }
    }
    return letter;
  }

  /** Most words of a viewer's note closing a caption ("(click to enlarge)", "[stock photo]"). */
  static final int MAX_NOTE_WORDS = 6;
  /**
   * Verbs a note tells a viewer to use on a picture with ("click to enlarge", "tap to zoom"): the
   * interface's, closed class like the picture words.
   */
  static final Set<String> VIEWING_VERBS = Set.of("click", "tap", "hover", "enlarge", "zoom",
      "expand", "magnify");

  /**
   * The text before a closing viewer's note on the picture, or null: a bracketed or parenthesised
   * aside of 1..{@value #MAX_NOTE_WORDS} words naming a picture ({@link #PICTURE_WORDS}) or telling
   * how to view it ({@link #VIEWING_VERBS}): "... at dusk (click to enlarge)", "... [stock photo]".
   * Such a note belongs to a picture beside the text; an aside in prose names something else.
   */
  static String withoutViewerNote(String text) {
    String t = text.strip();
    if (t.length() < 4) {
      return null;
    }
    char close = t.charAt(t.length() - 1);
    char open = close == ')' ? '(' : close == ']' ? '[' : 0;
    if (open == 0) {
      return null;
    }
    int at = t.lastIndexOf(open);
    if (at <= 0 || t.indexOf(close) != t.length() - 1) {
      return null;
    }
    List<String> words = Words.of(t.substring(at + 1, t.length() - 1));
    if (words.isEmpty() || words.size() > MAX_NOTE_WORDS) {
      return null;
    }
    boolean note = false;
    for (String w : words) {
      note |= PICTURE_WORDS.contains(w) || VIEWING_VERBS.contains(w);
    }
    String head = t.substring(0, at).strip();
    return note && !head.isEmpty() ? head : null;
  }

  /** Separators before a note or credit closing a caption's line: a bar, a dash, a full stop. */
  static final List<String> TAIL_SEPARATORS = List.of(" | ", " \u2014 ", " \u2013 ", " - ", ". ");

  /**
   * The text before a note or credit that closes it after a {@linkplain #TAIL_SEPARATORS separator},
   * or null: a viewer's note of 1..{@value #MAX_NOTE_WORDS} words naming a picture or a viewing verb
   * ("... - click image for full size"), or a credit line ("... | Credit: Jane Doe for iStock", "...
   * . Photo: Jane Doe / Stock") or a copyright sign and names ("... \u2014 \u00a9 Jane Doe"), or a
   * credit in brackets ({@link CaptionShapes#withoutBracketedCredit}). What closes the line belongs to
   * a picture; the text before it is the picture's description.
   */
  static String withoutClosingCredit(String text) {
    String t = text.strip();
    String bracketed = CaptionShapes.withoutBracketedCredit(t);
    if (bracketed != null) {
      return bracketed; // "... on a rug (Source: Pexels)"
    }
    for (String sep : TAIL_SEPARATORS) {
      int at = t.lastIndexOf(sep);
      if (at <= 0) {
        continue;
      }
      String head = t.substring(0, at).strip();
      String tail = t.substring(at + sep.length()).strip();
      if (head.isEmpty() || tail.isEmpty()) {
        continue;
      }
      if (isCreditLine(tail) || CaptionShapes.isCopyrightCredit(tail) || isPlatformCredit(tail)) {
        return head;
      }
      List<String> words = Words.of(tail);
      if (!sep.equals(". ") && !words.isEmpty() && words.size() <= MAX_NOTE_WORDS
          && VIEWING_VERBS.contains(words.get(0))) {
        for (String w : words) {
          if (PICTURE_WORDS.contains(w) || w.equals("size") || w.equals("view")) {
            return head;
          }
        }
      }
    }
    return null;
  }

  /**
   * Words for a picture that open a credit in the languages whose stock libraries' attribution lines
   * the detector reads ("Photo by", "Foto di", "Foto door", "Photo de", "Bild von", "Imagen de").
   */
  static final Set<String> CREDIT_PICTURE_WORDS = Set.of("photo", "photos", "image", "images", "picture",
      "photograph", "foto", "fotos", "fotografia", "fotografie", "bild", "imagen", "immagine", "imagem",
      "afbeelding");
  /** Most letters of the word that joins a credit's parts ("by", "di", "door", "op", "sur", "no"). */
  static final int MAX_JOINER_CHARS = 4;
  /** Most name words of one part of a platform credit: a person's name, or a library's. */
  static final int MAX_PART_NAMES = 3;

  /**
   * Whether the text is a stock library's attribution line: a picture word ({@link
   * #CREDIT_PICTURE_WORDS}), a short lower-case joiner, a name, another short lower-case joiner and a
   * second name ("Photo by Jane Doe on Unsplash", "Foto di Jane Doe su Pexels", "Foto door Jane Doe op
   * Pixabay", "Photo de Jane Doe sur Pixabay"). The libraries ask for this shape, in the page's
   * language (Unsplash's and Pexels' attribution guidelines: photographer, then the library), so it
   * reads in any language without its words; a site's own credit names one author or the site
   * ("Photo by the author", "Foto: Redazione", "Photo: R. Okafor") and has no second part.
   */
  static boolean isPlatformCredit(String text) {
    String t = text.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1);
    }
    String[] tokens = t.split(" ");
    if (tokens.length < 5 || tokens.length > 3 + 2 * MAX_PART_NAMES
        || !CREDIT_PICTURE_WORDS.contains(tokens[0].toLowerCase(Locale.ROOT)) || !isJoiner(tokens[1])) {
      return false;
    }
    int parts = 0;
    int names = 0;
    for (int i = 2; i < tokens.length; i++) {
      if (isName(tokens[i]) && Character.isUpperCase(tokens[i].charAt(0))) {
        if (++names > MAX_PART_NAMES) {
          return false;
        }
        if (names == 1) {
          parts++;
        }
      } else if (names > 0 && isJoiner(tokens[i]) && i + 1 < tokens.length) {
        names = 0;
      } else {
        return false;
      }
    }
    return parts == 2;
  }

  /** A credit's joining word: 1..{@value #MAX_JOINER_CHARS} lower-case letters. */
  private static boolean isJoiner(String w) {
    if (w.isEmpty() || w.length() > MAX_JOINER_CHARS) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text closes with a stock library's attribution ({@link #isPlatformCredit}) after a
   * {@linkplain #TAIL_SEPARATORS separator}: "... on a wooden table. Photo by Jane Doe on Pixabay".
   */
  static boolean closesWithPlatformCredit(String text) {
    String t = text.strip();
    for (String sep : TAIL_SEPARATORS) {
      int at = t.lastIndexOf(sep);
      if (at > 0 && isPlatformCredit(t.substring(at + sep.length()))) {
        return true;
      }
    }
    return false;
  }

  /** The text's label: what stands before a colon near its start, or null. */
  private static String label(String text) {
    int colon = text.indexOf(':');
    return colon > 0 && colon <= MAX_LABEL_CHARS && colon + 1 < text.length()
        ? text.substring(0, colon) : null;
  }

  /**
   * Whether the text opens with a label saying where its picture stands ("Pictured above:", "Below:",
   * "Top left:", "Shown here:"): one to {@value #MAX_POSITION_WORDS} words, the last a position.
   */
  static boolean hasPositionLabel(String text) {
    String label = label(text);
    if (label == null) {
      return false;
    }
    List<String> words = Words.of(label);
    if (words.isEmpty() || words.size() > MAX_POSITION_WORDS
        || !POSITIONS.contains(words.get(words.size() - 1))) {
      return false;
    }
    for (int i = 0; i < words.size() - 1; i++) {
      if (!POSITION_OPENERS.contains(words.get(i)) && !POSITIONS.contains(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text is a bare credit or source line: a credit label, a colon, then only names
   * (capitalised words, or brand words with an inner capital such as "iStock") joined by
   * {@linkplain #CREDIT_JOINERS joiners}: "Photo: Jane Doe / Stock", "Source: Pixabay".
   */
  static boolean isCreditLine(String text) {
    String label = label(text);
    if (label == null || !CREDIT_LABELS.contains(Words.key(label))) {
      return false;
    }
    return namesOnly(text.substring(label.length() + 1).strip());
  }

  /**
   * Whether a credit's value is only names (capitalised words, brand words) joined by {@linkplain
   * #CREDIT_JOINERS joiners}, a licence's version or a year aside, at most {@value #MAX_CREDIT_TOKENS}
   * tokens.
   */
  static boolean namesOnly(String value) {
    if (value.endsWith(".")) {
      value = value.substring(0, value.length() - 1);
    }
    String[] tokens = value.split(" ");
    if (tokens.length > MAX_CREDIT_TOKENS) {
      return false;
    }
    int names = 0;
    for (String raw : tokens) {
      String t = raw.endsWith(",") && raw.length() > 1 ? raw.substring(0, raw.length() - 1) : raw;
      if (CREDIT_JOINERS.contains(t.toLowerCase(Locale.ROOT))) {
        continue;
      }
      t = trimParentheses(t);
      if (t.isEmpty() || CREDIT_JOINERS.contains(t.toLowerCase(Locale.ROOT)) || isVersion(t)) {
        continue; // a licence's version or a year: "(CC BY-SA 4.0)", "Getty Images 2019"
      }
      if (!isName(t)) {
        return false;
      }
      names++;
    }
    return names > 0;
  }

  private static String trimParentheses(String t) {
    int from = t.startsWith("(") ? 1 : 0;
    int to = t.endsWith(")") && t.length() > from ? t.length() - 1 : t.length();
    return t.substring(from, to);
  }

  /** Digits and dots only: a year, a licence version. */
  private static boolean isVersion(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (!Character.isDigit(t.charAt(i)) && t.charAt(i) != '.') {
        return false;
      }
    }
    return Character.isDigit(t.charAt(0));
  }

  /** A name word: letters (inner apostrophes, hyphens, dots), and a capital first or inside. */
  private static boolean isName(String t) {
    boolean capital = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isUpperCase(c)) {
        capital = true;
      } else if (!Character.isLetter(c) && !(i > 0 && (c == '\'' || c == '\u2019' || c == '-'
          || c == '.'))) {
        return false;
      }
    }
    return capital;
  }

  /**
   * The text before the page's own title appended after a dash or bar ("Smiling toddler on a wooden
   * floor - How To Choose A Crib"), or null when no title of at least {@value #MIN_TITLE_WORDS} words
   * ends it. {@code titleKeys} are the normalised forms of the title ({@link TitleFacts#titleKeys}).
   */
  static String withoutTitle(String text, Set<String> titleKeys) {
    for (String sep : SiteNames.SEPARATORS) {
      for (int at = text.indexOf(sep); at > 0; at = text.indexOf(sep, at + 1)) {
        String tail = Words.key(text.substring(at + sep.length()));
        if (titleKeys.contains(tail) && Words.of(tail).size() >= MIN_TITLE_WORDS) {
          if (text.strip().endsWith(".")) {
            // "... and choose Slide Show - Slide Transition.": the title closes a sentence, a menu
            // path named in an instruction; a caption plugin appends the bare title.
            return null;
          }
          String head = text.substring(0, at).strip();
          return head.isEmpty() || !readsAsScene(head) || titleKeys.contains(Words.key(text))
              ? null : head;
        }
      }
    }
    return null;
  }

  /**
   * Whether the text before an appended title can be a caption's scene rather than the start of a
   * menu path or a sentence naming the title: it holds no separator of its own ("Choose File -
   * Wizards - Fax - Page Design": the title is the path's last item), no sentence end before its own
   * end (a paragraph that mentions the title at its close), and its last word is neither a number
   * ("Ch 4.3 — Primitive Types", a chapter reference) nor a capitalised name after a lower-case word
   * ("..., choose List - Add to List": a menu named in an instruction; "in Paris" is a place). A
   * caption plugin writes the
   * scene, a phrase in lower case, then the title.
   */
  static boolean readsAsScene(String head) {
    for (String sep : SiteNames.SEPARATORS) {
      if (head.contains(sep)) {
        return false;
      }
    }
    for (int i = 0, n = head.length() - 1; i < n; i++) {
      char c = head.charAt(i);
      if (c == '\u3002' || c == '\uff01' || c == '\uff1f'
          || (c == '.' || c == '!' || c == '?') && Character.isWhitespace(head.charAt(i + 1))
              && i > 0 && Character.isLowerCase(head.charAt(i - 1))) {
        return false;
      }
    }
    String[] words = head.strip().split("\\s+");
    String last = words[words.length - 1];
    if (last.isEmpty() || Character.isDigit(last.charAt(0))) {
      return false;
    }
    String before = words.length >= 2 ? words[words.length - 2] : "";
    return !(Character.isUpperCase(last.charAt(0)) && !before.isEmpty()
        && Character.isLowerCase(before.charAt(0))
        && !CaptionDetector.PLACE_WORDS.contains(before.toLowerCase(Locale.ROOT))); // "in Paris
  }

  /**
   * Whether the text is a quotation: it opens with a quotation mark and closes it, followed at most
   * by who said it ("-- Name", "(my grandmother)", ", says a baker"); or it is a sentence and, after a
   * dash, a name of up to {@value #MAX_ATTRIBUTION_WORDS} capitalised words.
   */
  static boolean isQuotation(String text) {
    String t = text.strip();
    if (t.length() < 3) {
      return false;
    }
    if (DASHES.indexOf(t.charAt(0)) >= 0 && t.charAt(1) == ' ') {
      // "-- Mies van der Rohe": the line under a quotation, saying who said it
      String name = t.substring(2).strip();
      return !name.isEmpty() && Words.of(name).size() <= MAX_ATTRIBUTION_WORDS && isNameRun(name);
    }
    char[] chars = t.toCharArray(); // a copy, not String.charAt: see TextNormalizer.normalize
    if (OPENING_QUOTES.indexOf(chars[0]) >= 0) {
      int close = -1;
      for (int i = chars.length - 1; i > 1; i--) {
        if (CLOSING_QUOTES.indexOf(chars[i]) >= 0) {
          close = i;
          break;
        }
      }
      return close > 1 && attribution(t.substring(close + 1));
    }
    for (int i = chars.length - 2; i > 1; i--) {
      char c = chars[i];
      if (DASHES.indexOf(c) >= 0 && chars[i - 1] == ' ' && chars[i + 1] == ' ') {
        String tail = t.substring(i + 1).strip();
        return Words.endsSentence(t.substring(0, i)) && !tail.isEmpty()
            && Words.of(tail).size() <= MAX_ATTRIBUTION_WORDS && isNameRun(tail);
      }
    }
    return false;
  }

  /** What may follow a closing quotation mark: nothing, punctuation, or a short attribution. */
  private static boolean attribution(String rest) {
    String r = rest.strip();
    if (r.isEmpty() || r.length() == 1 && ".,;!?".indexOf(r.charAt(0)) >= 0) {
      return true;
    }
    char c = r.charAt(0);
    boolean opens = DASHES.indexOf(c) >= 0 || c == '(' || c == ',';
    return opens && Words.of(r).size() <= MAX_ATTRIBUTION_WORDS;
  }

  /** Whether every word of the text is capitalised (a name, "Mies van der Rohe" joiners aside). */
  private static boolean isNameRun(String text) {
    for (String w : text.split(" ")) {
      if (!w.isEmpty() && !CREDIT_JOINERS.contains(w.toLowerCase(Locale.ROOT))
          && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text opens with a person's name and then their role or nothing: two or three
   * capitalised words (a title such as "Dr." among them), then a comma, a dash, a parenthesis or
   * the end ("Jane Doe, head of marketing", "Amir Khan – founder"). A team or cast list with
   * portraits reads so; a picture's description opens with a common noun ("Retired postman ...").
   */
  static boolean opensWithPersonName(String text) {
    int names = 0;
    for (String t : text.strip().split(" ")) {
      if (t.isEmpty()) {
        return false;
      }
      if (names >= 2 && (isDash(t) || t.startsWith("("))) {
        return true;
      }
      if (names == 3) {
        return false;
      }
      boolean closes = t.endsWith(",");
      String w = closes ? t.substring(0, t.length() - 1) : t;
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !isName(w)) {
        return false;
      }
      names++;
      if (closes) {
        return names >= 2;
      }
    }
    return names >= 2;
  }

  /** A dash standing as a word: "-", "--", an en or em dash. */
  private static boolean isDash(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (DASHES.indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return t.length() <= 2;
  }

  /**
   * Whether the text opens with a numbered label of the author's own figure, table or step:
   * a word, then a number closed by a colon or a full stop or followed by a dash ("Figure 3:",
   * "Fig. 2 -", "Table 1.", "Step 4:"). "Route 66 at dusk" has no such close.
   */
  static boolean isNumberedLabel(String text) {
    String[] tokens = text.strip().split(" ", 4);
    if (tokens.length < 2 || tokens[0].isEmpty() || tokens[1].isEmpty()) {
      return false;
    }
    String word = tokens[0].endsWith(".") ? tokens[0].substring(0, tokens[0].length() - 1) : tokens[0];
    if (word.isEmpty() || word.length() > 12 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    String number = tokens[1];
    if (!Character.isDigit(number.charAt(0))) {
      return false;
    }
    char last = number.charAt(number.length() - 1);
    boolean closed = last == ':' || last == '.' || last == ')';
    boolean dash = tokens.length > 2 && tokens[2].length() == 1 && DASHES.indexOf(tokens[2].charAt(0)) >= 0;
    return closed || dash || tokens[0].endsWith(".") && tokens.length > 2;
  }

  /**
   * Whether the text reads as a typed command or a line of code: a prompt, an option flag ("-m",
   * "--user"), an operator standing as a word, a relative or absolute path, a tool's name first in
   * lower case, or an SQL statement.
   */
  static boolean readsAsCommand(String text) {
    String t = text.strip();
    // Most lines open with none of the prompts' first chars; testing that first keeps the prompt loop
    // (compiled with a speculation on the string's encoding that real text kept breaking) off them.
    if (!t.isEmpty() && PROMPT_FIRST_CHARS.indexOf(t.charAt(0)) >= 0) {
      char[] chars = t.toCharArray(); // see CharArrays
      for (String p : PROMPTS) {
        if (CharArrays.startsWith(chars, 0, chars.length, p)) {
          return true;
        }
      }
    }
    String[] tokens = t.split(" ");
    if (COMMANDS.contains(tokens[0]) && tokens.length > 1 && !Words.endsSentence(t)
        && !hasStopWordAfterFirst(t)) {
      return true; // "sudo apt install x"; "cat sleeping on a sofa" is English
    }
    boolean sql = SQL_STATEMENTS.contains(tokens[0]);
    for (int i = 0; i < tokens.length; i++) {
      String w = stripQuotes(tokens[i]);
      if (w.isEmpty()) {
        continue;
      }
      if (OPERATORS.contains(w) || sql && i > 0 && SQL_KEYWORDS.contains(w)) {
        return true;
      }
      if (w.equals("|") && i + 1 < tokens.length && COMMANDS.contains(tokens[i + 1])) {
        return true; // "ps aux | grep java": a pipe into a tool
      }
      if (w.length() >= 2 && w.charAt(0) == '-' && (Character.isLetter(w.charAt(1))
          || w.charAt(1) == '-')) {
        return true;
      }
      if (w.startsWith("./") || w.startsWith("../") || w.startsWith("~/")
          || w.length() >= 2 && w.charAt(0) == '/' && Character.isLetter(w.charAt(1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasStopWordAfterFirst(String text) {
    List<String> words = Words.of(text);
    for (int i = 1; i < words.size(); i++) {
      if (Words.STOP.contains(words.get(i))) {
        return true;
      }
    }
    return false;
  }

  private static String stripQuotes(String w) {
    int from = 0;
    int to = w.length();
    while (from < to && OPENING_QUOTES.indexOf(w.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && (CLOSING_QUOTES.indexOf(w.charAt(to - 1)) >= 0 || w.charAt(to - 1) == ',')) {
      to--;
    }
    return w.substring(from, to);
  }
}
