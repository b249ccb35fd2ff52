package org.dupscan.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * The two forms of a tenth-set page, written side by side from one list of blocks: the HTML a site's
 * template makes, and the text {@code w3m -dump -cols 80} makes of that HTML. The text is not derived from
 * the HTML by a parser: each block knows both its markup and the lines w3m 0.5.3 prints for it, and
 * {@code TenthHeldOutTest} compares the result with w3m itself when {@code -Dtenth.w3m=true}.
 *
 * <p>What w3m does that the blocks follow: lines of at most 79 columns; a line breaks at a space, or
 * between two characters that are not both "word" characters (w3m's {@code is_boundary}: letters, digits,
 * non-ASCII characters and {@code , . : " ' $ % * + - @ ~ _} are word characters; no break before
 * {@code , . : ; ? ! ) ] } >} nor after {@code ( [ { ` <}); paragraphs, headings, lists, tables, quotes
 * and figures stand apart by a blank line, a {@code div} of text does not; an image with an empty alt
 * prints as its file name without the extension, cut to 10 characters, in brackets; list items start with
 * "  • " or " 1. " and go on indented by 4; a quote is indented by 4.
 */
final class TenthHeldOutForms {

  /** w3m's line width at {@code -cols 80}. */
  static final int WIDTH = 79;
  /** Characters of an image's file name w3m shows in brackets for an empty alt. */
  static final int STAND_IN = 10;

  private TenthHeldOutForms() {}

  /** A block: its markup, the lines w3m prints for it, and whether a blank line sets it apart. */
  record Block(String html, List<String> lines, boolean gap) {
    /** Markup only (a container's opening or closing tag): prints nothing, changes no spacing. */
    static Block tag(String html) {
      return new Block(html, List.of(), false);
    }

    /** What a left-out block (the heading, in the text form) leaves behind: the blank line around it. */
    static Block gapOf(Block left) {
      return new Block("", List.of(), left.gap());
    }
  }

  /** A page being written: blocks in document order. */
  static final class Doc {
    final List<Block> blocks = new ArrayList<>();

    Doc add(Block b) {
      blocks.add(b);
      return this;
    }

    Doc tag(String html) {
      return add(Block.tag(html));
    }

    /** The page's HTML: head with {@code docTitle}, then the blocks. */
    String html(String lang, String docTitle, String bodyClass) {
      StringBuilder s = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
          .append("<meta charset=\"utf-8\">\n<title>").append(esc(docTitle)).append("</title>\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n</head>\n<body class=\"")
          .append(bodyClass).append("\">\n");
      for (Block b : blocks) {
        s.append(b.html()).append('\n');
      }
      return s.append("</body>\n</html>\n").toString();
    }

    /** w3m's dump of the blocks, with the blank lines it puts between them. */
    String dump() {
      StringBuilder s = new StringBuilder();
      boolean previousGap = false;
      boolean pendingGap = false;
      boolean any = false;
      for (Block b : blocks) {
        if (b.lines().isEmpty()) {
          pendingGap |= b.gap();
          continue;
        }
        if (any) {
          s.append(previousGap || pendingGap || b.gap() ? "\n\n" : "\n");
        }
        s.append(String.join("\n", b.lines()));
        previousGap = b.gap();
        pendingGap = false;
        any = true;
      }
      return s.append('\n').toString();
    }
  }

  // ---- Blocks ----------------------------------------------------------------------------------------

  static Block p(String cls, String text) {
    return new Block("<p" + cls(cls) + ">" + esc(text) + "</p>", wrap(text, "", ""), true);
  }

  /** A paragraph whose text stands in an inline element ({@code strong}, {@code em}). */
  static Block pInline(String cls, String inline, String text) {
    return new Block("<p" + cls(cls) + "><" + inline + ">" + esc(text) + "</" + inline + "></p>", wrap(text, "", ""),
        true);
  }

  static Block heading(int level, String cls, String text) {
    return new Block("<h" + level + cls(cls) + ">" + esc(text) + "</h" + level + ">", wrap(text, "", ""), true);
  }

  /** A {@code div} of text: its own lines, no blank line around it. */
  static Block div(String cls, String text) {
    return new Block("<div" + cls(cls) + ">" + esc(text) + "</div>", wrap(text, "", ""), false);
  }

  /** A {@code div} of links separated by {@code sep}: one wrapped line of their texts. */
  static Block links(String cls, String sep, List<String> texts) {
    StringBuilder h = new StringBuilder("<div" + cls(cls) + ">");
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0) {
        h.append(esc(sep));
      }
      h.append("<a href=\"").append(href(texts.get(i))).append("\">").append(esc(texts.get(i))).append("</a>");
    }
    return new Block(h.append("</div>").toString(), wrap(String.join(sep, texts), "", ""), false);
  }

  static Block ul(String cls, List<String> items) {
    return list("ul", cls, items, false);
  }

  /** A list whose items are links. */
  static Block linkList(String cls, List<String> items) {
    return list("ul", cls, items, true);
  }

  static Block ol(String cls, List<String> items) {
    return list("ol", cls, items, false);
  }

  private static Block list(String tag, String cls, List<String> items, boolean linked) {
    StringBuilder h = new StringBuilder("<" + tag + cls(cls) + ">");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String item = items.get(i);
      h.append(linked ? "<li><a href=\"" + href(item) + "\">" + esc(item) + "</a></li>" : "<li>" + esc(item) + "</li>");
      lines.addAll(wrap(item, tag.equals("ul") ? "  • " : " " + (i + 1) + ". ", "    "));
    }
    return new Block(h.append("</" + tag + ">").toString(), lines, true);
  }

  static Block quote(String cls, String text) {
    return new Block("<blockquote" + cls(cls) + "><p>" + esc(text) + "</p></blockquote>", wrap(text, "    ", "    "),
        true);
  }

  /**
   * A {@code figure} holding an image and, unless null, a {@code figcaption}: w3m prints the alt (or the
   * file name's stand-in) and the caption on the next line.
   */
  static Block figure(String cls, String src, String alt, String caption) {
    StringBuilder h = new StringBuilder("<figure" + cls(cls) + ">" + img(src, alt));
    List<String> lines = new ArrayList<>(imageLine(src, alt));
    if (caption != null) {
      h.append("<figcaption>").append(esc(caption)).append("</figcaption>");
      lines.addAll(wrap(caption, "", ""));
    }
    return new Block(h.append("</figure>").toString(), lines, true);
  }

  /** An image alone in a {@code div}: one line, no blank line around it. */
  static Block imageDiv(String cls, String src, String alt) {
    return new Block("<div" + cls(cls) + ">" + img(src, alt) + "</div>", imageLine(src, alt), false);
  }

  /** A one-column table: each cell's text on its own lines, no blank line between rows. */
  static Block table(String cls, List<String> cells) {
    StringBuilder h = new StringBuilder("<table" + cls(cls) + "><tbody>");
    List<String> lines = new ArrayList<>();
    for (String c : cells) {
      h.append("<tr><td>").append(esc(c)).append("</td></tr>");
      lines.addAll(wrap(c, "", ""));
    }
    return new Block(h.append("</tbody></table>").toString(), lines, true);
  }

  /** A one-column table whose first row holds an image, the second a text cell. */
  static Block imageTable(String cls, String src, String alt, String caption) {
    List<String> lines = new ArrayList<>(imageLine(src, alt));
    lines.addAll(wrap(caption, "", ""));
    return new Block("<table" + cls(cls) + "><tbody><tr><td>" + img(src, alt) + "</td></tr><tr><td>" + esc(caption)
        + "</td></tr></tbody></table>", lines, true);
  }

  /** A {@code details} element: its summary on one line, its paragraph apart. */
  static List<Block> details(String cls, String summary, String text) {
    return List.of(new Block("<details" + cls(cls) + "><summary>" + esc(summary) + "</summary>", wrap(summary, "", ""),
        false), new Block("<p>" + esc(text) + "</p></details>", wrap(text, "", ""), true));
  }

  // ---- What w3m prints ------------------------------------------------------------------------------

  static List<String> imageLine(String src, String alt) {
    if (!alt.isEmpty()) {
      return wrap(alt, "", "");
    }
    String name = src.substring(src.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    name = dot > 0 ? name.substring(0, dot) : name;
    return List.of("[" + name.substring(0, Math.min(STAND_IN, name.length())) + "]");
  }

  /**
   * {@code text} broken greedily into lines of at most {@link #WIDTH} columns at w3m's break points, the
   * first line starting with {@code first}, the others with {@code rest}.
   */
  static List<String> wrap(String text, String first, String rest) {
    String t = text.strip().replaceAll("\\s+", " ");
    List<String> atoms = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= t.length(); i++) {
      if (i == t.length() || boundary(t.charAt(i - 1), t.charAt(i))) {
        atoms.add(t.substring(start, i));
        start = i;
      }
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    boolean empty = true;
    boolean space = false;
    for (String a : atoms) {
      if (a.equals(" ")) {
        space = true;
        continue;
      }
      int length = line.length() + (space && !empty ? 1 : 0) + a.length();
      if (!empty && length > WIDTH) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
      } else if (space && !empty) {
        line.append(' ');
      }
      line.append(a);
      empty = false;
      space = false;
    }
    lines.add(line.toString());
    return lines;
  }

  /** w3m's {@code is_boundary}: whether a line may break between {@code a} and {@code b}. */
  static boolean boundary(char a, char b) {
    if (a == ' ' && b == ' ') {
      return false;
    }
    if (a != ' ' && ",.:;?!)]}>".indexOf(b) >= 0) {
      return false;
    }
    if (b != ' ' && "([{`<".indexOf(a) >= 0) {
      return false;
    }
    return !(wordChar(a) && wordChar(b));
  }

  private static boolean wordChar(char c) {
    return c > 127 || Character.isLetterOrDigit(c) || ",.:\"'$%*+-@~_".indexOf(c) >= 0;
  }

  // ---- Markup --------------------------------------------------------------------------------------

  static String img(String src, String alt) {
    return "<img src=\"" + esc(src) + "\" alt=\"" + esc(alt) + "\" loading=\"lazy\">";
  }

  static String cls(String cls) {
    return cls == null || cls.isEmpty() ? "" : " class=\"" + cls + "\"";
  }

  static String href(String text) {
    StringBuilder s = new StringBuilder("/");
    for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      s.append(Character.isLetterOrDigit(c) && c < 128 ? c : '-');
    }
    return s.toString().replaceAll("-+", "-");
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
