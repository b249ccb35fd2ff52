package org.dupscan.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.Page;
import org.dupscan.internal.CharArrays;
import org.dupscan.text.PageWords;

/**
 * What the title detectors keep of one page: its title, whether that is an archive title ("Tag: X"),
 * the title of the post it shows, and where that title is re-inserted in the body.
 *
 * @param page the page id
 * @param host the page's host
 * @param title the title as written
 * @param archive whether the title is an archive title ("Tag:", "Category:", "Archives:" ...)
 * @param postTitle the title of the content: the title itself, or for an archive page the post it
 *     shows (its first heading-like block, "Blog Post:" stripped)
 * @param repeatedAt positions of blocks that re-insert the title after the first heading
 * @param proseBefore for each of {@code repeatedAt}, the fingerprints of the short prose blocks that
 *     came before it (since the article's heading), which the host's template may hold; empty when a
 *     prose block too long to be template ({@link BoilerplateMiner#MAX_TEMPLATE_WORDS}) came before
 */
public record TitleFacts(String page, String host, String title, boolean archive, String postTitle,
    List<Integer> repeatedAt, List<long[]> proseBefore) implements java.io.Serializable {

  public TitleFacts {
    repeatedAt = List.copyOf(repeatedAt);
    proseBefore = List.copyOf(proseBefore);
    if (proseBefore.size() != repeatedAt.size()) {
      throw new IllegalArgumentException("prose before " + proseBefore.size() + " repeats, but "
          + repeatedAt.size() + " repeats");
    }
  }

  /** Facts whose repeats each came after prose too long to be template. */
  public TitleFacts(String page, String host, String title, boolean archive, String postTitle,
      List<Integer> repeatedAt) {
    this(page, host, title, archive, postTitle, repeatedAt,
        java.util.Collections.nCopies(repeatedAt.size(), new long[0]));
  }

  /**
   * These facts without the repeats that came only after blocks of the host's mined template: "after
   * a paragraph of the page's own prose" means after the article's text, and a prose-like template
   * block (a site blurb, a promotion) before the article's heading is the site's. Pass 1 runs before
   * mining, so the facts keep the candidate prose and the cross-page stage settles it here.
   */
  public TitleFacts withoutTemplate(java.util.Set<Long> template) {
    if (repeatedAt.isEmpty() || template.isEmpty()) {
      return this;
    }
    List<Integer> at = new ArrayList<>();
    List<long[]> before = new ArrayList<>();
    for (int i = 0; i < repeatedAt.size(); i++) {
      long[] prose = proseBefore.get(i);
      boolean own = prose.length == 0;
      for (long f : prose) {
        own |= !template.contains(f);
      }
      if (own) {
        at.add(repeatedAt.get(i));
        before.add(prose);
      }
    }
    return at.size() == repeatedAt.size() ? this
        : new TitleFacts(page, host, title, archive, postTitle, at, before);
  }

  /** Prefixes of archive page titles, normalised. */
  static final List<String> ARCHIVE_PREFIXES = List.of("tag:", "tagged:", "category:", "archive:",
      "archives:", "author:", "posts tagged", "topic:");
  /** Labels spam templates put before a post's title in the body. */
  static final List<String> POST_PREFIXES = List.of("blog post:", "article:", "post:");
  /** Longest heading-like block, in words. */
  static final int MAX_TITLE_WORDS = 25;
  /** A re-inserted title counts only after a paragraph of at least this many words. */
  static final int PROSE_WORDS = 20;
  /** Most words of a post prefix such as "Blog Post:". */
  static final int MAX_PREFIX_WORDS = 3;
  /**
   * Least link density (share of link characters) of a block that is navigation rather than text:
   * boilerpipe's split between link lists and content (Kohlschütter et al. 2010). A title in a
   * link-dense block is a table of contents entry or a previous/next link, not a repeat.
   */
  public static final double LINK_DENSE = 0.5;
  /** Longest block that can read as interface text (a cookie banner, a newsletter box). */
  static final int MAX_INTERFACE_WORDS = 60;
  /**
   * Most words of a title that is a name rather than a phrase ("Trace2 API", "mod_ssl"): reference
   * documentation heads a section of the page with its subject's name, so a heading equal to such a
   * title is no re-insertion (git's api-trace2 page has a section "Trace2 API"). Re-inserted SEO
   * titles are phrases; the title as a paragraph still counts.
   */
  static final int NAME_WORDS = 2;
  /**
   * Most words of a plain-text line that reads as a heading, label or list line (no sentence end). A
   * text dump has no markup, so a title line right after such a line is an entry of a table of
   * contents ("Table of Contents", then the page's sections) or a field's value ("Module:" then
   * "mod_ssl" in Apache's module summaries): reference structure ({@link #inListOrField}).
   */
  static final int LIST_LINE_WORDS = 12;
  /** Heading or list lines after a title line that make it an entry of a table of contents. */
  static final int LIST_ENTRIES_AFTER = 2;
  /**
   * Most words of a contents entry after a title line: a section's title may be long (Django's
   * release notes list "CVE-2021-44420: Potential bypass of an upstream access control based on URL
   * paths" under their own title), but it is shaped as the entries around it ({@link ListRuns}).
   */
  static final int LIST_ENTRY_WORDS = ListRuns.MAX_LINE_WORDS;
  /** Most short prose blocks kept before a repeat; past them it stands after the page's own text. */
  static final int MAX_PROSE_KEPT = 16;

  /** Reads a page's title facts, tokenising it with the default word hash. */
  public static TitleFacts of(Page page) {
    return of(page, Words.tokenize(page));
  }

  /** Reads a page's title facts from the page and its words. */
  public static TitleFacts of(Page page, PageWords words) {
    return of(page, words, null);
  }

  /**
   * Reads a page's title facts from the page, its words and its blocks' template fingerprints (null
   * when unknown: every repeat then stands after the page's own prose).
   */
  public static TitleFacts of(Page page, PageWords words, long[] fingerprints) {
    String title = page.title();
    boolean archive = isArchive(title);
    List<Block> blocks = page.blocks();
    String post = title;
    if (archive) {
      for (Block b : blocks) {
        if (!isFurniture(b) && !isInterface(b, words)) {
          if (words.count(b.index()) <= MAX_TITLE_WORDS && !Words.endsSentence(b.text())) {
            post = stripPostPrefix(b.text());
          }
          break;
        }
      }
    }
    List<Integer> at = new ArrayList<>();
    List<long[]> before = new ArrayList<>();
    Set<String> keys = titleKeys(title, post);
    Set<String> swapKeys = swapKeys(title, post);
    Set<String> sites = Set.of();
    if (page.html()) {
      Set<String> found = new HashSet<>();
      String heading = articleHeading(title, blocks, words, found);
      if (heading != null) {
        keys.add(Words.key(heading));
        swapKeys.add(Words.key(heading));
        sites = found;
      }
    } else {
      sites = mastheadNames(blocks, words, keys);
    }
    repeatedAt(blocks, words, keys, swapKeys, sites, Set.of(), page.html(), fingerprints, at, before);
    if (!at.isEmpty()) {
      // Rare: read the page's sentences for the title cited as a name only where a repeat stands. A
      // page that names a thing after its title is documentation: no edited title is read on it.
      Set<String> names = citedNames(title, post, blocks, words);
      if (!names.isEmpty()) {
        at.clear();
        before.clear();
        repeatedAt(blocks, words, keys, Set.of(), sites, names, page.html(), fingerprints, at, before);
      }
    }
    return new TitleFacts(page.id(), page.host(), title, archive, post, at, before);
  }

  /**
   * Separators between an article's title and the site's affixes in a document title: the site-name
   * separators and a colon, Blogger's default "Site: Title" (a colon inside a title, "FAQ: The admin",
   * is only taken for one where a heading of the page confirms the split, {@link #articleHeading}).
   */
  static final List<String> AFFIX_SEPARATORS;

  static {
    List<String> seps = new ArrayList<>(SiteNames.SEPARATORS);
    seps.add(": ");
    AFFIX_SEPARATORS = List.copyOf(seps);
  }

  /** Headings read, from the top of the page (furniture aside), for the article's own. */
  static final int MAX_HEADINGS_READ = 3;

  /**
   * The article's heading when the document title is that heading with the site's affixes around it
   * ("Title - Section - Site", "Site: Title", "Title – A Site Name of Many Words"), or null; adds
   * the affixes' keys (the whole and each part between separators) to {@code sites}. A platform's
   * document title carries the site's name and sections, and the article's heading (an {@code h1}, a
   * Blogger {@code h3}) the title alone: the heading's agreement with one side of a separator is what
   * tells the title from the affixes, with no limit on the affixes' length, which a title alone
   * cannot tell ({@link #titleKeys} strips only short ones). The heading may be a link to the post.
   * Only a heading of more than
   * {@link #NAME_WORDS} words counts: a short one ("Chapter 5" of "Chapter 5: Configuring") may be a
   * label of the title, not the title.
   */
  static String articleHeading(String title, List<Block> blocks, PageWords words, Set<String> sites) {
    int read = 0;
    for (Block b : blocks) {
      if (read >= MAX_HEADINGS_READ) {
        break;
      }
      // Not furniture, but it may be a link: many platforms link the post's heading to the post
      // (Discourse's topic title, WordPress themes' "entry-title" link).
      if (b.kind() != BlockKind.HEADING || b.chrome()) {
        continue;
      }
      read++;
      if (words.count(b.index()) <= NAME_WORDS || words.count(b.index()) > MAX_TITLE_WORDS) {
        continue;
      }
      String key = Words.key(b.text());
      for (String sep : AFFIX_SEPARATORS) {
        for (int i = title.indexOf(sep); i > 0; i = title.indexOf(sep, i + 1)) {
          String left = title.substring(0, i);
          String right = title.substring(i + sep.length());
          String affix = key.equals(Words.key(left)) ? right : key.equals(Words.key(right)) ? left : null;
          if (affix != null && !Words.key(affix).isEmpty()) {
            sites.add(Words.key(affix));
            for (String s : AFFIX_SEPARATORS) {
              for (String part : affix.split(java.util.regex.Pattern.quote(s))) {
                if (!Words.key(part).isEmpty()) {
                  sites.add(Words.key(part));
                  sites.add(Words.key(withoutLowerLead(part)));
                }
              }
            }
            sites.remove("");
            return b.text();
          }
        }
      }
    }
    return null;
  }

  /**
   * An affix without a lower-case word before its name: "by Spoorpost" is Substack's "Title - by
   * Site", and the body may name the site alone ("Spoorpost: Title"). The affix as is when it opens
   * with a capital or has one word.
   */
  static String withoutLowerLead(String affix) {
    String a = affix.strip();
    int space = a.indexOf(' ');
    if (space <= 0 || !Character.isLowerCase(a.codePointAt(0))) {
      return a;
    }
    String rest = a.substring(space + 1).strip();
    return !rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0)) ? rest : a;
  }

  /** Blocks read from the top of a plain-text page for the site's name ({@link #mastheadNames}). */
  static final int MASTHEAD_BLOCKS = 4;

  /**
   * The keys of the short name-like lines at the top of a plain-text page, before its first prose
   * paragraph and within its first {@link #MASTHEAD_BLOCKS} blocks: the site's name as its masthead
   * shows it ("Hemma vid sjön", "Horta em Casa"). A text dump has no document title with the site's
   * affixes ({@link #articleHeading}), and a site's name in sentence case ("vid", "em") reads as no
   * name to {@link #isSiteNameLike}; the masthead shows which tail after a separator is the site's.
   * A line counts when it has at most {@link #MAX_NAME_LIKE_WORDS} words, starts with a capital, ends
   * no sentence and is not the title itself.
   */
  static Set<String> mastheadNames(List<Block> blocks, PageWords words, Set<String> keys) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < blocks.size() && i < MASTHEAD_BLOCKS; i++) {
      Block b = blocks.get(i);
      String t = b.text().strip();
      if (!isFurniture(b) && b.lineBreaks() > 0 && !t.isEmpty() && Character.isUpperCase(t.codePointAt(0))) {
        firstLineNames(t, keys, names); // a header's lines may add up to a prose block's length
      }
      if (isOwnProse(b, words)) {
        break;
      }
      int n = words.count(b.index());
      if (isFurniture(b) || n == 0 || n > MAX_NAME_LIKE_WORDS || Words.endsSentence(t)
          || !Character.isUpperCase(t.codePointAt(0))) {
        continue;
      }
      String key = Words.key(t);
      if (!keys.contains(key)) {
        names.add(key);
      }
    }
    return names;
  }

  /**
   * Adds the keys of a masthead block's leading words, 1 to {@link #MAX_NAME_LIKE_WORDS} of them, up to
   * its first mark: a block of hand-made lines ("Spoorpost" over "Sanne · 15.12.2026", "The Harbour
   * Gazette" over "News · Sport") is joined into one text, so the site's name, its first line, is one
   * of these leading runs; the one a body line shows before or after the title is taken for it.
   */
  private static void firstLineNames(String text, Set<String> keys, Set<String> names) {
    String[] tokens = text.split(" ");
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < tokens.length && i < MAX_NAME_LIKE_WORDS; i++) {
      String token = tokens[i];
      if (token.isEmpty() || !Character.isLetterOrDigit(token.charAt(0))) {
        break;
      }
      run.append(i > 0 ? " " : "").append(token);
      String key = Words.key(run.toString());
      if (!key.isEmpty() && !keys.contains(key)) {
        names.add(key);
      }
      if (!Character.isLetterOrDigit(token.charAt(token.length() - 1))) {
        break; // "Autor:", "Sanne," end the name
      }
    }
  }

  /**
   * The keys of the title's forms ({@link #titleForms}) that the page's own sentences cite as a name:
   * with its capitals as written, inside a block that ends as a sentence does, after a word or a comma
   * rather than at a sentence's start or after a path's separator. Documentation names its page after
   * the thing it documents (a dialog, an icon, a command: "Navigateur de formulaire", "Entrar no
   * grupo") and its prose names that thing mid-sentence ("Le Navigateur de formulaire contient ...",
   * "escolha Entrar no grupo."); the same name standing alone is the thing's label (an icon table's
   * label, a dialog's field, a section), not a re-inserted headline. Real text 20k, session 22: 24
   * of the 59 title rows were such labels on LibreOffice's help pages in eight languages. An SEO
   * headline is not cited so: a sentence that uses its words lower-cases them ("on nous demande
   * souvent comment remplacer une poignée"), which keeps the title a repeat. Only titles of at least
   * two words starting with a capital are read; an exact substring search, no regex.
   */
  static Set<String> citedNames(String title, String post, List<Block> blocks, PageWords words) {
    List<String> forms = new ArrayList<>();
    for (String f : titleForms(title, post)) {
      if (Words.of(f).size() >= 2 && Character.isUpperCase(f.codePointAt(0))) {
        forms.add(f);
      }
    }
    Set<String> names = new HashSet<>();
    if (forms.isEmpty()) {
      return names;
    }
    for (Block b : blocks) {
      String text = b.text();
      if (isFurniture(b) || !Words.endsSentence(text)) {
        continue;
      }
      for (String f : forms) {
        if (text.length() > f.length() && citesMidSentence(text, f)) {
          names.add(Words.key(f));
        }
      }
    }
    return names;
  }

  /** Marks after which a cited name stands inside a sentence: a comma, an opening quote or bracket. */
  private static final String INSIDE_SENTENCE = ",;(\"'\u00AB\u201C\u2018\u201E";

  /**
   * Whether {@code name} occurs in {@code text} as whole words after a letter, digit or one of
   * {@link #INSIDE_SENTENCE} (spaces between): mid-sentence, not opening it or after a separator
   * ("Home / Guides / Name", "Choose Tools - Name").
   */
  static boolean citesMidSentence(String text, String name) {
    for (int k = text.indexOf(name, 1); k > 0; k = text.indexOf(name, k + 1)) {
      int end = k + name.length();
      if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))
          || Character.isLetterOrDigit(text.charAt(k - 1))) {
        continue; // inside a longer word
      }
      int i = k - 1;
      while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
        i--;
      }
      if (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || INSIDE_SENTENCE.indexOf(text.charAt(i)) >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The title as written and the post's title, each also without a short affix after or before a
   * separator ("Name - copy", "Site | Name"), stripped: the strings {@link #titleKeys} makes keys of.
   */
  static List<String> titleForms(String title, String post) {
    List<String> forms = new ArrayList<>();
    for (String t : title.equals(post) ? List.of(title) : List.of(title, post)) {
      forms.add(t.strip());
      for (String sep : TitleGroups.SEPARATORS) {
        int last = t.lastIndexOf(sep);
        if (last > 0 && Words.of(t.substring(last)).size() <= TitleGroups.MAX_SITE_WORDS) {
          forms.add(t.substring(0, last).strip());
        }
        int first = t.indexOf(sep);
        if (first > 0 && Words.of(t.substring(0, first)).size() <= TitleGroups.MAX_SITE_WORDS) {
          forms.add(t.substring(first + sep.length()).strip());
        }
      }
    }
    forms.removeIf(String::isEmpty);
    return forms;
  }

  /** The title as written, the post's title, and each without a site name ("Title | Site"). */
  static Set<String> titleKeys(String title, String post) {
    Set<String> keys = new HashSet<>();
    // Nearly always the post's title is the title: its keys would be made twice over.
    for (String t : title.equals(post) ? List.of(title) : List.of(title, post)) {
      keys.add(Words.key(t));
      for (String sep : TitleGroups.SEPARATORS) {
        int last = t.lastIndexOf(sep);
        if (last > 0 && Words.of(t.substring(last)).size() <= TitleGroups.MAX_SITE_WORDS) {
          keys.add(Words.key(t.substring(0, last)));
        }
        int first = t.indexOf(sep);
        if (first > 0 && Words.of(t.substring(0, first)).size() <= TitleGroups.MAX_SITE_WORDS) {
          keys.add(Words.key(t.substring(first + sep.length())));
        }
      }
    }
    keys.remove("");
    return keys;
  }

  /**
   * The blocks that equal one of {@code keys} and come after a paragraph of the page's own prose.
   * Page furniture never counts, neither as a repeat (a title in a sidebar's table of contents, a
   * breadcrumb, a previous/next link) nor as the prose before one (a cookie banner, a newsletter box,
   * a share bar: link-dense or interface text). On an HTML page the first heading equal to the title,
   * when no other heading comes before it, is the article's own heading: text before it is the site's.
   * A heading equal to a title of at most {@link #NAME_WORDS} words names a section after the page's
   * subject. Adds each repeat to {@code repeated} and the fingerprints of the short prose before it
   * to {@code proseBefore} (for {@link #withoutTemplate}).
   */
  private static void repeatedAt(List<Block> blocks, PageWords words, Set<String> keys,
      Set<String> swapKeys, Set<String> sites, Set<String> names, boolean html, long[] fingerprints, List<Integer> repeated,
      List<long[]> proseBefore) {
    // A block can equal a key only if it has no more words than the longest key plus a post prefix
    // ("Blog Post:"): checking that first spares building a key for every paragraph of the page.
    // Nor can a block with fewer words than the shortest key: a post prefix ends in a colon, a word
    // boundary, so stripping it leaves a tail of the block's words.
    int maxWords = 0;
    int minWords = Integer.MAX_VALUE;
    for (String k : keys) {
      maxWords = Math.max(maxWords, Words.of(k).size());
      minWords = Math.min(minWords, Words.of(k).size());
    }
    int siteWords = MAX_NAME_LIKE_WORDS;
    for (String site : sites) {
      siteWords = Math.max(siteWords, Words.of(site).size());
    }
    maxWords += Math.max(MAX_PREFIX_WORDS, siteWords + 1);
    boolean prose = false;
    boolean firm = false; // prose too long to be template came before
    List<Long> shortProse = new ArrayList<>(); // fingerprints of the short prose blocks before
    boolean headingSeen = false;
    Block previous = null; // the last block that is not furniture
    for (Block b : blocks) {
      if (isFurniture(b)) {
        if (b.kind() == BlockKind.HEADING && !b.chrome()) {
          // A heading that is a link (Discourse's topic title, a theme's linked "entry-title") is no
          // repeat, but it is a heading of the article: the article's own when it is the title, and
          // in any case a later heading equal to the title is no longer the first.
          if (html && !headingSeen && matchedKey(b.text(), keys, sites) != null) {
            prose = false;
            firm = false;
            shortProse.clear();
          }
          headingSeen = true;
        }
        continue;
      }
      Block above = previous;
      previous = b;
      int n = words.count(b.index());
      String matched = n <= maxWords && n >= minWords && canRepeat(b.kind())
          ? matchedKey(b.text(), keys, sites) : null;
      boolean isTitle = matched != null;
      boolean heading = b.kind() == BlockKind.HEADING;
      if (isTitle && html && heading && !headingSeen) {
        prose = false; // the article's own heading: what came before was the site's
        firm = false;
        shortProse.clear();
      } else if (isTitle && prose && isEvidence(matched, b, html) && !names.contains(matched)
          && (html ? !headsCard(blocks, b, words) : !inListOrField(blocks, b, above, words))
          && !inSeries(blocks, b, keys, sites, matched)
          || !isTitle && prose && !swapKeys.isEmpty() && isSwappedRepeat(blocks, b, above, words, swapKeys)
          && (html || !inListOrField(blocks, b, above, words))) {
        repeated.add(b.index());
        long[] before = new long[firm ? 0 : shortProse.size()];
        for (int i = 0; i < before.length; i++) {
          before[i] = shortProse.get(i);
        }
        proseBefore.add(before);
      }
      headingSeen |= heading;
      if (!isTitle && !heading && isOwnProse(b, words)) {
        prose = true;
        if (fingerprints == null || n > BoilerplateMiner.MAX_TEMPLATE_WORDS
            || shortProse.size() >= MAX_PROSE_KEPT) {
          firm = true;
        } else if (!firm) {
          shortProse.add(fingerprints[b.index()]);
        }
      }
    }
  }

  /**
   * The key of {@code keys} that the block's text equals, a post prefix ("Blog Post:") or a site name
   * after a separator ("Title - Site Name", "Title | example.com") aside, or null. The site name of a
   * body line is not known from the title when the title carries none (a plain-text page's title line),
   * so a short name-like tail is taken for one ({@link #isSiteNameLike}); a lower-case scene after the
   * title is a caption's, not a site's name, and the block stays a caption candidate.
   */
  static String matchedKey(String text, Set<String> keys) {
    return matchedKey(text, keys, Set.of());
  }

  /**
   * As {@link #matchedKey(String, Set)}, a tail equal to one of {@code sites} (the site's affixes the
   * document title showed, {@link #articleHeading}) taken for a site name too, however long.
   */
  static String matchedKey(String text, Set<String> keys, Set<String> sites) {
    String t = stripPostPrefix(text);
    String key = withAffixesKey(t, keys, sites, true);
    if (key != null) {
      return key;
    }
    // A qualifier a template or a careless edit put around the title: "Title (updated 2026)",
    // "[2026] Title", "Title – 2026 edition". Stripped once, the rest must still be the title.
    for (String head : withoutQualifier(t)) {
      key = withAffixesKey(head, keys, sites, false);
      if (key != null) {
        return key;
      }
    }
    return null;
  }

  /**
   * The key the text equals as is or with a site name after a separator, or null; with {@code
   * qualified}, the text before the site name may carry a qualifier ("Title (2026) | Site").
   */
  private static String withAffixesKey(String t, Set<String> keys, Set<String> sites,
      boolean qualified) {
    String key = Words.key(t);
    if (keys.contains(key)) {
      return key;
    }
    for (String sep : SiteNames.SEPARATORS) {
      int last = t.lastIndexOf(sep);
      if (last > 0) {
        String tail = t.substring(last + sep.length());
        if (isSiteNameLike(tail) || !sites.isEmpty() && sites.contains(Words.key(tail))) {
          String head = Words.key(t.substring(0, last));
          if (keys.contains(head)) {
            return head;
          }
          for (String q : qualified ? withoutQualifier(t.substring(0, last)) : List.<String>of()) {
            if (keys.contains(Words.key(q))) {
              return Words.key(q);
            }
          }
        }
      }
    }
    return siteBeforeKey(t, keys, sites);
  }

  /**
   * The key the text equals with a site's name before it ("The Harbour Gazette: Title", "Spoorpost:
   * Title", "La Petite Serre | Title"), or null: the "Site: Title" order of Blogger's document titles
   * ({@link #AFFIX_SEPARATORS}), written into the body. The name must be one the page showed as the
   * site's ({@code sites}: the document title's affixes, a text dump's masthead): a capitalised head
   * is as often a label ("Update: Title", "Chapter 5: Title") or a menu path ("Choose View - Field
   * Names" on LibreOffice's help page "Field Names": 22 new rows on real text 20k when any name-like
   * head counted, session 22).
   */
  private static String siteBeforeKey(String t, Set<String> keys, Set<String> sites) {
    for (String sep : AFFIX_SEPARATORS) {
      int first = t.indexOf(sep);
      if (first <= 0) {
        continue;
      }
      String head = t.substring(0, first);
      if (sites.contains(Words.key(head))) {
        String rest = Words.key(t.substring(first + sep.length()));
        if (keys.contains(rest)) {
          return rest;
        }
      }
    }
    return null;
  }

  /**
   * Most words of a qualifier around a re-inserted title: a bracketed note ("(updated 2026)",
   * "[Video]") or a dated tail ("2026 edition"). A longer bracket is a clause of its own.
   */
  static final int MAX_QUALIFIER_WORDS = 3;
  /** Earliest and latest year read as the date of a dated qualifier. */
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2099;
  /** Characters that may join a title and a dated qualifier after it ("Title – 2026", "Title, 2026"). */
  private static final String QUALIFIER_JOINERS = "-\u2013\u2014|:,\u00B7/";

  /**
   * The text without one qualifier that templates and spinners add around a re-inserted title, each
   * reading that leaves words: a bracketed note of at most {@link #MAX_QUALIFIER_WORDS} words at the
   * end or the start ("Title (updated 2026)", "Title [2026]", "(Video) Title"), and a tail of at most
   * that many words holding a year ("Title – 2026", "Title, updated 2026", "Title 2026 edition"). The
   * qualifier is told by its shape, not by its words, so that it holds in any language; the caller
   * still requires the rest to be the title, which keeps prose that merely starts with the title's
   * words out (a sentence goes on for more than three words). No regex: a scan over the text.
   */
  static List<String> withoutQualifier(String text) {
    String t = text.strip();
    int n = t.length();
    if (n < 2) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    char last = t.charAt(n - 1);
    if (last == ')' || last == ']') {
      int open = t.lastIndexOf(last == ')' ? '(' : '[');
      if (open > 0 && isQualifier(t.substring(open + 1, n - 1))) {
        out.add(t.substring(0, open).strip());
      }
    }
    char first = t.charAt(0);
    if (first == '(' || first == '[') {
      int close = t.indexOf(first == '(' ? ')' : ']');
      if (close > 0 && close < n - 1 && isQualifier(t.substring(1, close))) {
        out.add(t.substring(close + 1).strip());
      }
    }
    // A year among the last words, and each cut before it that leaves the qualifier its limit:
    // "Title, updated 2026" is read as "Title, updated" and "Title,".
    String[] tokens = t.split(" ");
    int year = -1;
    for (int k = 1; k <= MAX_QUALIFIER_WORDS && k < tokens.length && year < 0; k++) {
      if (isYear(tokens[tokens.length - k])) {
        year = tokens.length - k;
      }
    }
    for (int cut = Math.max(1, tokens.length - MAX_QUALIFIER_WORDS); year > 0 && cut <= year; cut++) {
      String head = stripJoiners(String.join(" ", java.util.Arrays.asList(tokens).subList(0, cut)));
      if (!head.isEmpty()) {
        out.add(head);
      }
    }
    return out;
  }

  /**
   * Whether a bracket's inside reads as a template's qualifier: 1 to {@link #MAX_QUALIFIER_WORDS}
   * words, dated ("updated 2026", "2025") or capitalised as a tag is ("Video", "Updated"). Lower-case
   * words without a date specify the subject ("Alinear a la derecha (para marcos)", an icon's label
   * in LibreOffice's help, real text 100k): the title's subject narrowed, not the title re-inserted.
   */
  private static boolean isQualifier(String inside) {
    String s = inside.strip();
    int words = Words.of(s).size();
    if (words < 1 || words > MAX_QUALIFIER_WORDS || s.indexOf('(') >= 0 || s.indexOf('[') >= 0) {
      return false;
    }
    if (Character.isUpperCase(s.codePointAt(0))) {
      return true;
    }
    for (String token : s.split(" ")) {
      if (isYear(token)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a token is a year ({@link #MIN_YEAR} to {@link #MAX_YEAR}), punctuation around it aside. */
  static boolean isYear(String token) {
    List<String> w = Words.of(token);
    if (w.size() != 1 || w.get(0).length() != 4 || !Words.isNumber(w.get(0))) {
      return false;
    }
    int year = Integer.parseInt(w.get(0));
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  private static String stripJoiners(String s) {
    int end = s.length();
    while (end > 0 && (Character.isWhitespace(s.charAt(end - 1))
        || QUALIFIER_JOINERS.indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    return s.substring(0, end);
  }

  /**
   * Most words of a tail read as a site's name ({@link #isSiteNameLike}): a club's or an association's
   * full name runs longer than a title's affix usually does ("Club de Tiro con Arco Sierra Norte").
   */
  static final int MAX_NAME_LIKE_WORDS = 8;

  /**
   * Whether a title's tail reads as a site's name: 1 to {@link #MAX_NAME_LIKE_WORDS} words, each
   * capitalised, a number, a joiner ("of", "the", "and", "&amp;", "de", "con", "und") or a domain name
   * ("example.co.uk"), at least one of them capitalised or a domain. "Acme Plumbing &amp; Heating", "The
   * Daily Post", "plumbpros.example", "Club de Tiro con Arco Sierra Norte" are; "smiling toddler on a
   * wooden floor" is not.
   */
  static boolean isSiteNameLike(String tail) {
    String[] tokens = tail.strip().split(" ");
    if (tokens.length == 0 || tokens.length > MAX_NAME_LIKE_WORDS || tokens[0].isEmpty()) {
      return false;
    }
    boolean named = false;
    for (String t : tokens) {
      if (t.isEmpty()) {
        return false;
      }
      char c = t.charAt(0);
      if (Character.isUpperCase(c) || isDomain(t)) {
        named = true;
      } else if (!Character.isDigit(c) && !SITE_JOINERS.contains(t.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return named;
  }

  /** Lower-case words a site's name may hold between its capitalised ones. */
  static final Set<String> SITE_JOINERS = Set.of("of", "the", "and", "&", "for", "de", "la", "le",
      "du", "von", "van", "on", "in", "at", "a", "+", "del", "des", "der", "und", "y", "e", "et", "con",
      "di", "da", "zum", "zur", "am", "im", "el", "los", "las");

  /** A domain name: letters, digits and hyphens, with an inner dot before two or more letters. */
  private static boolean isDomain(String t) {
    int dot = t.lastIndexOf('.');
    if (dot <= 0 || t.length() - dot - 1 < 2) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '.' && c != '-') {
        return false;
      }
    }
    for (int i = dot + 1; i < t.length(); i++) {
      if (!Character.isLetter(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a block equal to the title key {@code matched} is evidence of a re-inserted title. A
   * one-word title is too short to be: a documentation page "Installation" has a section
   * "Installation", and a single word standing alone is a heading whatever its markup. A title of at
   * most {@link #NAME_WORDS} words standing as a heading names a section after the page's subject:
   * in HTML a heading element, in plain text (no markup to tell) a line without a sentence's end.
   * A line that reads as code ({@link TextQuality#readsAsCode}) is a function's syntax line on a
   * page named after the function ("COMPLEXE.COST(nombre_complexe)" under "Syntaxe"): an SEO title
   * is words, not a signature.
   */
  private static boolean isEvidence(String matched, Block b, boolean html) {
    int words = Words.of(matched).size();
    if (words <= 1 || TextQuality.readsAsCode(b.text())) {
      return false;
    }
    if (words > NAME_WORDS) {
      return true;
    }
    return html ? b.kind() != BlockKind.HEADING : Words.endsSentence(b.text());
  }

  /** Fewest words of a title whose one-word edit still reads as the title ({@link #isSwappedRepeat}). */
  static final int MIN_SWAP_WORDS = 4;

  /**
   * Whether a block re-inserts the title with one word swapped ("Thoughts on chitting seed potatoes"
   * for "Notes on chitting seed potatoes", "Bien réussir le terreau maison" for "Bien choisir ..."):
   * a paragraph or heading of as many words as a title key of at least {@link #MIN_SWAP_WORDS} words,
   * equal to it but for one word, neither of the two a number, standing right after a paragraph of the
   * page's own prose (between paragraphs, where an edited headline is put), in HTML heading no card.
   * Sibling titles one word apart are what sites write ("... After Two Plays" beside "... After Four
   * Plays", "part 4" beside "part 5" in a contents list), so a swap counts only where no other block
   * of the page, furniture included, is a one-word variant of the title too: a list of siblings makes
   * it one of a series (session 21 dropped a swap rule that lacked this guard and
   * took the sixth set's related-post lists for repeats).
   */
  static boolean isSwappedRepeat(List<Block> blocks, Block b, Block above, PageWords words,
      Set<String> keys) {
    if (!canRepeat(b.kind()) || above == null || !isOwnProse(above, words)
        || !Words.endsSentence(above.text()) || TextQuality.readsAsCode(b.text())) {
      return false;
    }
    int n = words.count(b.index());
    String swapped = null;
    for (String k : keys) {
      List<String> kw = Words.of(k);
      if (kw.size() >= MIN_SWAP_WORDS && kw.size() == n && oneWordSwapped(kw, Words.of(b.text()))) {
        swapped = k;
        break;
      }
    }
    if (swapped == null || b.kind() == BlockKind.HEADING && headsCard(blocks, b, words)) {
      return false;
    }
    List<String> title = Words.of(swapped);
    for (Block other : blocks) {
      if (other.index() == b.index() || words.count(other.index()) != title.size()) {
        continue;
      }
      List<String> ow = Words.of(other.text());
      if (oneWordSwapped(title, ow)) {
        return false; // a sibling title: one of a series
      }
    }
    return true;
  }

  /** Whether two word lists of one length differ in exactly one place, neither word a number. */
  static boolean oneWordSwapped(List<String> a, List<String> b) {
    if (a.size() != b.size()) {
      return false;
    }
    int diff = -1;
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i))) {
        if (diff >= 0) {
          return false;
        }
        diff = i;
      }
    }
    return diff >= 0 && !Words.isNumber(a.get(diff)) && !Words.isNumber(b.get(diff));
  }

  /**
   * The keys a one-word edit is read against ({@link #isSwappedRepeat}): the title's forms that carry
   * no site affix ({@link #titleForms} without a {@link SiteNames#SEPARATORS} in them). A swap in the
   * affix's place is no edited title: "New Style from Selection Icon" on the planted copy "New Style
   * from Selection - copy" (real text 20k) differs from "... selection copy" by its last word only.
   */
  static Set<String> swapKeys(String title, String post) {
    Set<String> out = new HashSet<>();
    for (String f : titleForms(title, post)) {
      boolean affixed = false;
      for (String sep : SiteNames.SEPARATORS) {
        affixed |= f.contains(sep);
      }
      if (!affixed && Words.of(f).size() >= MIN_SWAP_WORDS) {
        out.add(Words.key(f));
      }
    }
    return out;
  }

  /** Blocks after a title read for a card's fields ({@link #headsCard}). */
  static final int CARD_FIELDS = 2;

  /**
   * Whether an HTML block equal to the title names a card: the {@link #CARD_FIELDS} blocks after it
   * (furniture aside) are a card's fields, not running text (headings, list entries, table cells,
   * short label lines such as a button's), and at least one is a list entry, a table cell or a short
   * figure. A recipe plugin's card repeats the post's title over its "Ingredients"
   * heading and list (WP Recipe Maker's {@code wprm-recipe-name}), a shop's product box over its
   * price and button: the card's name, page furniture of a kind, not a re-inserted headline, which
   * stands between paragraphs of the article. Two headings alone are no card (keyword headings one
   * under another are stuffing, and the title over them still counts); plain text reads the same
   * structure as a run of list lines ({@link #inListOrField}).
   */
  static boolean headsCard(List<Block> blocks, Block b, PageWords words) {
    int seen = 0;
    boolean entry = false;
    for (int i = b.index() + 1; i < blocks.size() && seen < CARD_FIELDS; i++) {
      Block next = blocks.get(i);
      if (isFurniture(next)) {
        continue;
      }
      BlockKind kind = next.kind();
      boolean figure = isShortFigure(next, words);
      if (kind == BlockKind.LIST_ITEM || kind == BlockKind.TABLE_CELL || figure) {
        entry = true;
      } else if (kind != BlockKind.HEADING && (kind == BlockKind.CAPTION || !isListLine(next, words))) {
        return false; // running text, or a figure's caption: the title stands in the article
      }
      seen++;
    }
    return seen == CARD_FIELDS && entry;
  }

  /**
   * Whether a block is a card's short figure: at most {@link #LIST_LINE_WORDS} words, no sentence's
   * end, and a digit in it ("129,00 kr", "Prep time: 15 min", "Serves 4").
   */
  private static boolean isShortFigure(Block b, PageWords words) {
    if (!isListLine(b, words)) {
      return false;
    }
    String t = b.text();
    for (int i = 0; i < t.length(); i++) {
      if (Character.isDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a plain-text title line is reference structure: a field's value (the line before is a
   * label ending in a colon, "Module:") or the first of a run of label lines ({@link #headsRun}: a
   * table of contents, an icon table's labels, a "Related topics" list, a help page's closing
   * "Help content debug info:" fields). A re-inserted title stands alone between the article's
   * paragraphs: it may follow a pasted caption, a short line too, and one short line (a section's
   * heading) may follow it before the prose goes on, but not a run.
   */
  private static boolean inListOrField(List<Block> blocks, Block b, Block above, PageWords words) {
    if (above != null && isListLine(above, words) && above.text().strip().endsWith(":")) {
      return true;
    }
    return headsRun(blocks, b, words);
  }

  /**
   * Whether the {@link #LIST_ENTRIES_AFTER} blocks after {@code b} (furniture aside) are a run of
   * list lines ({@link ListRuns}: up to {@link #LIST_ENTRY_WORDS} words, of parallel shape): {@code b}
   * heads a list, not standing between running-text paragraphs. The stuffing measure reads the same
   * runs ({@link TextQuality#MIN_LIST_LINES}).
   */
  static boolean headsRun(List<Block> blocks, Block b, PageWords words) {
    return ListRuns.headsRun(blocks, b, words, LIST_ENTRIES_AFTER);
  }

  /**
   * Whether a block equal to the title only with a name after a separator ("Agenda Wizard - Roles")
   * is one of a series: another block of the page is the title with another tail after a separator
   * ("Agenda Wizard - General Information"; "HTML Export - Page 2", "HTML Export - Page 3"). A help
   * page about a wizard heads a section per step so; a template's "Title - Site Name" carries the
   * one site name.
   */
  static boolean inSeries(List<Block> blocks, Block b, Set<String> keys, Set<String> sites,
      String matched) {
    String own = b.text().strip();
    if (Words.key(stripPostPrefix(own)).equals(matched)) {
      return false; // the title itself, no tail
    }
    for (Block other : blocks) {
      if (other.index() == b.index() || isFurniture(other)) {
        continue;
      }
      String t = other.text().strip();
      if (t.length() <= MAX_SERIES_CHARS && !t.equals(own) && matched.equals(matchedKey(t, keys, sites))
          && !Words.key(stripPostPrefix(t)).equals(matched)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Longest block read as a possible member of a title's series ({@link #inSeries}): the title and a
   * short name; longer blocks are paragraphs, and sparing them the key spares the page's prose.
   */
  static final int MAX_SERIES_CHARS = 300;

  /**
   * Whether a plain-text block reads as a heading, label or list line: at most {@link
   * #LIST_LINE_WORDS} words and no sentence's end ("Table of Contents", "Module:", "Bugfixes").
   */
  static boolean isListLine(Block b, PageWords words) {
    return words.count(b.index()) <= LIST_LINE_WORDS && !Words.endsSentence(b.text());
  }

  /**
   * Whether a block of this kind can re-insert the title: a paragraph, heading, quote or bare text.
   * A list item, table cell, caption or code line naming the page's subject ("core" in a module
   * table, an entry of a contents list) is reference structure, not a repeat.
   */
  static boolean canRepeat(BlockKind kind) {
    return kind == BlockKind.PARAGRAPH || kind == BlockKind.HEADING || kind == BlockKind.OTHER
        || kind == BlockKind.QUOTE;
  }

  /** Whether a block is page furniture: marked so by the markup, or mostly link text. */
  static boolean isFurniture(Block b) {
    return b.chrome() || b.linkDensity() >= LINK_DENSE;
  }

  /**
   * Whether a block is a paragraph of the page's own prose: long enough, and not interface text such
   * as a cookie notice or a newsletter box ({@link ShallowBoilerplate#hasPhrase}).
   */
  static boolean isOwnProse(Block b, PageWords words) {
    return words.count(b.index()) >= PROSE_WORDS && !isInterface(b, words);
  }

  /**
   * Whether a block reads as interface text (a notice, a form, a share bar), tested on its hashed
   * words: the page's words are at hand, and making the block's words as strings to test them was
   * most of this detector's cost.
   */
  static boolean isInterface(Block b, PageWords words) {
    return words.count(b.index()) <= MAX_INTERFACE_WORDS
        && ShallowBoilerplate.hasPhrase(words, b.index());
  }

  static boolean isArchive(String title) {
    String t = title.strip().toLowerCase(Locale.ROOT);
    for (String p : ARCHIVE_PREFIXES) {
      if (t.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  static String stripPostPrefix(String text) {
    String t = text.strip();
    if (t.indexOf(':') < 0) {
      // Every prefix ends with a colon, which lower-casing neither makes nor removes. The test keeps
      // most blocks off the prefix loop, which C2 compiled with a speculation on the string's
      // encoding that real text kept breaking (JFR jdk.Deoptimization, "profile_predicate").
      return t;
    }
    char[] lower = t.toLowerCase(Locale.ROOT).toCharArray(); // see CharArrays
    for (String p : POST_PREFIXES) {
      if (CharArrays.startsWith(lower, 0, lower.length, p)) {
        return t.substring(p.length()).strip();
      }
    }
    return t;
  }
}
