package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dupscan.extract.Block;
import org.dupscan.extract.BlockKind;
import org.dupscan.extract.ImageText;
import org.dupscan.extract.Page;
import org.dupscan.text.PageWords;

/**
 * Finds injected image captions: standalone body blocks (or image alt texts) that read as a picture
 * description pasted into the article rather than as its prose. No vocabulary of picture words is
 * used: the evidence is the block's structure and place. Per page, {@link #candidates} scores each
 * block from its own features; {@link #finish} adds the strongest evidence, the same text recurring on
 * other pages in other surroundings, and keeps those at or above the score threshold.
 *
 * <p>Evidence and weights (points add up to the score, capped at 1; the weights are the named
 * constants below, docs/detectors.md gives the table and the measured quality): a camera or image
 * file name as text, or a camera's settings ("50mm · f/1.8 · 1/250s"); a picture label ("Photo:",
 * "Image:"), a position label ("Pictured above:", "Below:", "Top left:"), a bare credit line
 * ("Source: Pixabay", "Photo: Jane Doe / Stock"), a credit ("Photo by ..."), closing hashtags or a
 * closing viewer's note ("(click to enlarge)"), or a text dump's image mark before it; the page title re-inserted right after it, or appended to it after a dash
 * or bar ("Smiling toddler on a wooden floor - Page Title", scored on the text before the dash); an
 * {@code img} alt repeated as a body block; no terminal punctuation; a phrase rather than a clause;
 * little overlap with the page's content words; an off-topic phrase ending in a place or time; standing
 * alone between paragraphs of the page's own prose; the same text on other pages between different
 * neighbours, on pages that share no prose of their own, and on other hosts ({@link CaptionCues}
 * reads the shapes). A figure's own caption ({@code figcaption}, class "caption") gets no points for
 * repeating its image's alt or for standing between paragraphs (but the same points when it is off the
 * page's topic and no alt repeats it: a pasted picture's caption), and a position label over the page's
 * own subject is the author's picture: neither is reported without other evidence. An alt text that
 * no body block repeats is a candidate too, placed where its image stands.
 *
 * <p>Items of a gallery, a list whose adjacent items each hold an image ({@link #galleryItems}), are
 * candidates when off the page's topic, short of a sentence and not a person's name and role.
 * Never candidates: headings, other list items, table cells, quotations ({@code blockquote}, or a text in
 * quotation marks with at most who said it), code, page furniture and link-dense blocks, interface
 * text ({@link ShallowBoilerplate#hasPhrase}: notices, forms, share bars), bylines, lead-ins ending in
 * a colon, "Label: value" fields, numbered figure or table labels ("Figure 3:", "Table 1."), text that
 * reads as code, a command line or a menu path (brackets, operators, option flags, paths, a tool's name
 * first, arrow separators), blocks outside {@value #MIN_WORDS}..{@value #MAX_WORDS} words (a file name
 * or a credit line counts whatever its length), and figure captions or alt texts that share the
 * page's topic.
 */
public final class CaptionDetector {

  /** Default least score of a reported caption. */
  public static final double DEFAULT_MIN_SCORE = 0.6;
  /** Least score for a block to be kept as a candidate before recurrence is counted. */
  public static final double CANDIDATE_SCORE = 0.3;
  public static final int MIN_WORDS = 4;
  public static final int MAX_WORDS = 30;
  /** Least content words of a candidate without a file name: "See also" is no picture. */
  public static final int MIN_CONTENT_WORDS = 3;
  /**
   * Most line ends by hand ({@link Block#lineBreaks}) in a text dump's block that opens with an image
   * mark: the mark's own line ("[IMG_4821]" over the text beside the image).
   */
  static final int MAX_MARKED_LINE_BREAKS = 1;

  static final double W_FILE_NAME = 0.45;
  static final double W_PREFIX = 0.3;
  static final double W_NO_PUNCTUATION = 0.15;
  static final double W_LOW_OVERLAP = 0.2;
  static final double W_SOME_OVERLAP = 0.1;
  static final double W_TITLE_FOLLOWS = 0.35;
  /** The page's own title appended to the text after a dash or bar: as strong as it following. */
  static final double W_TITLE_APPENDED = W_TITLE_FOLLOWS;
  static final double W_REPEATS_IMAGE_TEXT = 0.35;
  static final double W_STANDALONE = 0.15;
  static final double W_PHRASE = 0.15;
  static final double W_PLACE = 0.1;
  static final double W_RECURS = 0.25;
  static final double W_OTHER_HOSTS = 0.1;
  /**
   * An item, off the page's topic, of a list whose items each hold an image: a gallery of pasted
   * stock pictures with their lines, as strong as a picture label.
   */
  static final double W_GALLERY = 0.3;
  /** Least adjacent list items holding images that make a gallery. */
  public static final int MIN_GALLERY_ITEMS = 2;

  /** Prefixes that label a picture's text, normalised, each followed by a colon in the text. */
  static final List<String> PREFIXES = List.of("photo", "image", "credit", "picture", "pictured",
      "photograph", "caption", "img", "foto", "source image", "stock photo", "photo credit",
      "image credit", "image source",
      // German, Spanish, French, Italian, Portuguese and Dutch labels of a picture or a stock picture
      "bild", "fotografie", "symbolbild", "archivbild", "bildquelle", "imagen", "fotografía",
      "imagen de archivo", "foto de archivo", "fotografia", "immagine", "foto d'archivio",
      "imagem", "foto de arquivo", "afbeelding", "archieffoto", "photo d'archive",
      "image d'archive", "illustration");
  /** Most characters of a picture label before its colon or dash ("Imagen de archivo"). */
  static final int MAX_PREFIX_CHARS = 20;
  /**
   * Dashes that may stand for a label's colon ("Photo \u2014 two hikers on a ridge"); a hyphen does
   * not, as it parts a menu path ("Image - Properties").
   */
  static final List<String> LABEL_DASHES = List.of(" \u2014 ", " \u2013 ");
  /** Picture words that open a credit line when "by" or "courtesy" follows ("Photo by ..."). */
  static final Set<String> CREDIT_LABELS = Set.of("photo", "photos", "image", "images", "picture",
      "photograph", "photography");
  /** Words that make a picture word a credit ("Image courtesy of ..."). */
  static final Set<String> CREDIT_WORDS = Set.of("by", "courtesy");
  /** Starts of bylines and datelines, normalised. */
  static final List<String> BYLINES = List.of("by ", "posted ", "written by", "updated ",
      "published ");
  /** Image file extensions, lower case, with the dot. */
  static final List<String> IMAGE_EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".gif", ".webp",
      ".heic", ".tif", ".tiff", ".bmp", ".avif");
  /** Camera and phone file name stems, upper case, followed by digits (IMG_1234, DSC00042). */
  static final List<String> CAMERA_STEMS = List.of("IMG_", "IMG-", "DSC_", "DSC", "DSCN", "DSCF",
      "PXL_", "GOPR", "DJI_", "SAM_", "MVIMG_", "P10", "_MG_", "DCIM");
  /**
   * Function words that make a clause (auxiliaries, modals, subject pronouns): closed-class grammar,
   * not topic. A caption describes a picture as a noun phrase ("Young woman in a raincoat on a wooden
   * floor"); a short paragraph of prose is a clause ("This can be configured below.").
   */
  static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "be", "been", "being",
      "am", "has", "have", "had", "do", "does", "did", "can", "could", "will", "would", "shall",
      "should", "may", "might", "must", "it", "you", "we", "they", "i", "he", "she", "this", "these",
      "there", "isn", "aren", "don", "doesn", "won", "let", "if", "when", "because", "so");
  /**
   * The {@link #CLAUSE_WORDS} of German, Spanish, French and Italian: auxiliaries, modals, subject
   * pronouns and conjunctions that open a clause. Words that are English nouns too ("war", "hat",
   * "man", "son", "era", "hay") or articles elsewhere ("il", "du") are left out: "an older man in a
   * hat" is a phrase.
   */
  static final Set<String> OTHER_CLAUSE_WORDS = Set.of("ist", "sind", "waren", "wird", "werden", "wurde", "haben", "hatte", "kann", "können", "muss",
      "müssen", "soll", "sollte", "ich", "wir", "ihr", "er", "sie", "dass", "wenn", "weil", "es",
      "está", "están", "fue", "ha", "han", "puede", "pueden", "debe", "yo", "nosotros", "usted",
      "ustedes", "que", "si", "cuando", "porque", "est", "sont", "était", "ont", "peut", "doit", "je",
      "nous", "vous", "ils", "elle", "elles", "qui", "quand", "parce", "è", "sono", "hanno", "può",
      "deve", "io", "noi", "voi", "che", "quando", "perché");
  /**
   * Articles and prepositions of German, Spanish, French, Italian, Portuguese and Dutch: closed-class
   * grammar that shows a text is a phrase of words in those languages, as {@link Words#STOP} shows it
   * for English ("Eine junge Frau in einem hellen B\u00fcro", "Una pareja en un parque urbano").
   */
  static final Set<String> PHRASE_WORDS = Set.of("der", "die", "das", "dem", "den", "des", "ein",
      "eine", "einem", "einer", "einen", "eines", "und", "mit", "von", "vom", "zum", "zur", "im", "am",
      "auf", "bei", "beim", "unter", "über", "neben", "vor", "hinter", "für", "aus", "el", "la",
      "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "y", "con", "en", "por", "para",
      "sobre", "bajo", "le", "les", "une", "du", "au", "aux", "et", "avec", "dans", "sur", "sous",
      "pour", "il", "lo", "gli", "uno", "di", "della", "alla", "nel", "nella", "sul", "sulla",
      "per", "os", "um", "uma", "do", "da", "no", "na", "com", "em", "het", "een", "met", "van", "op",
      "bij", "aan");
  /**
   * The grammar words of the other languages ({@link #PHRASE_WORDS}, {@link #OTHER_CLAUSE_WORDS}): no
   * topic, so the topic overlap leaves them out as it leaves out English stop words (a Spanish
   * caption's "de", "una", "al" stand in every paragraph of a Spanish page).
   */
  static final Set<String> OTHER_GRAMMAR_WORDS = union(PHRASE_WORDS, OTHER_CLAUSE_WORDS);
  /**
   * Prepositions of place and time: closed-class grammar, not topic. A picture's description ends by
   * saying where or when ("... on a wooden floor", "... at dusk"); a heading-like phrase of
   * documentation names a thing ("Automatic reloading of runserver").
   */
  static final Set<String> PLACE_WORDS = Set.of("on", "in", "at", "against", "beside", "near",
      "under", "along", "outside", "inside", "behind", "across", "through", "above", "below", "among",
      "around", "beneath", "atop", "onto", "during", "amid", "underneath", "beyond");
  /** Determiners and possessives that open an English noun phrase. */
  static final Set<String> DETERMINERS = Set.of("a", "an", "the", "his", "her", "their", "its", "our",
      "my", "your", "some", "two", "three");
  /** Most words after the preposition of a closing place phrase. */
  static final int MAX_PLACE_WORDS = 4;
  /** Characters that make a short text read as code, markup or a menu path rather than words. */
  static final String CODE_CHARS = "(){}[]<>=;/\\|$#@*`~^\u2192\u25b8\u00bb";

  /**
   * A block that may be an injected caption, with its per-page evidence.
   *
   * @param page page id
   * @param host page host
   * @param block block index (for an alt text, the index of the first block after its image)
   * @param text the block's text
   * @param key its normalised words, for recurrence
   * @param score per-page score
   * @param reasons per-page evidence, "; "-separated
   * @param context a hash of its neighbours' texts: a template block has the same neighbours on
   *     every page, a caption pasted into unrelated articles does not
   * @param placed whether it stands alone between paragraphs or the title follows it
   * @param prose hashes of the normalised words of its page's own prose paragraphs, sorted: pages that
   *     share one are related (one document in two forms, two parts of one tutorial), and a text
   *     recurring on them is no pasted caption
   */
  public record Candidate(String page, String host, int block, String text, String key, double score,
      String reasons, long context, boolean placed, long[] prose) implements java.io.Serializable {}

  /**
   * A reported caption.
   *
   * @param pagesWithSameText pages carrying the same text as a candidate
   * @param hostsWithSameText hosts carrying it
   */
  public record Caption(String page, String host, int block, String text, double score,
      String reasons, int pagesWithSameText, int hostsWithSameText) {}

  private CaptionDetector() {}

  /** Scores the blocks of one page; keeps those at or above {@link #CANDIDATE_SCORE}. */
  public static List<Candidate> candidates(Page page, TitleFacts title) {
    return candidates(page, Words.tokenize(page), title);
  }

  /** Scores the blocks of one page from its words; keeps those at or above {@link #CANDIDATE_SCORE}. */
  public static List<Candidate> candidates(Page page, PageWords pageWordList, TitleFacts title) {
    return candidates(page, pageWordList, title, null);
  }

  /**
   * Scores the blocks of one page from its words; keeps those at or above {@link #CANDIDATE_SCORE}.
   * {@code fingerprints} are the blocks' boilerplate fingerprints (so that {@link #finish} can tell a
   * shared paragraph of the host's template from one of shared content), or null to hash the blocks'
   * words here.
   */
  public static List<Candidate> candidates(Page page, PageWords pageWordList, TitleFacts title,
      long[] fingerprints) {
    List<Block> blocks = page.blocks();
    Set<Integer> titleBlocks = new HashSet<>(title.repeatedAt());
    Set<String> imageTexts = new HashSet<>();
    for (ImageText t : page.images()) {
      if (t.attribute().equals("alt") || t.attribute().equals("title")) {
        imageTexts.add(Words.key(t.text()));
      }
    }
    // Figures the author described in the image's alt text and captioned with another text.
    Set<Integer> described = page.html() ? describedFigures(page) : Set.of();
    // The text that stands with an image without an alt text of its own: a text dump's line beside
    // the image's mark.
    Set<Integer> beside = page.html() ? besideBareImages(page) : Set.of();
    ContentWordCounts pageWords = null;
    Set<String> titleKeys = null;
    List<Candidate> out = new ArrayList<>();
    // A text dump prints an image's alt text and then the same text under it as two equal lines: the
    // second is the first's twin, no word of the page's own twice.
    Set<Integer> twins = page.html() ? Set.of() : twinLines(blocks, pageWordList);
    // Items of a list of images (a gallery): a list item is no candidate otherwise, being the page's
    // structure, but a list whose items each hold a picture and a line about it is a row of pictures
    // with their captions.
    List<ImageText> gallery = galleryItems(page);
    Set<Integer> galleryBlocks = new HashSet<>();
    Set<String> galleryAlts = new HashSet<>();
    for (ImageText t : gallery) {
      if (isOwnBlock(t, blocks)) {
        galleryBlocks.add(t.beforeBlock());
      } else {
        galleryAlts.add(Words.key(t.text()));
      }
    }
    // The topic is the rest of the page's: the items' words would make each other's.
    ContentWordCounts galleryWords = gallery.isEmpty() ? null
        : ContentWordCounts.of(page, pageWordList, title.postTitle(), galleryBlocks);
    for (ImageText t : gallery) {
      int at = t.beforeBlock();
      boolean own = isOwnBlock(t, blocks);
      Block b = own ? blocks.get(at) : null;
      if (own ? !galleryEligible(b, pageWordList, titleBlocks)
          : hasFileName(t.text()) || !candidateText(t.text(), Words.of(t.text()).size())) {
        continue;
      }
      if (titleKeys == null) {
        titleKeys = TitleFacts.titleKeys(title.title(), title.postTitle());
      }
      Candidate c = own
          ? score(page, at, b.text(), b.kind() == BlockKind.CAPTION, galleryWords.block(at),
              galleryWords, titleBlocks, imageTexts, pageWordList, false, true, fingerprints, titleKeys,
              false)
          : score(page, at, t.text(), true, galleryWords.of(Words.content(t.text())), galleryWords,
              titleBlocks, Set.of(), pageWordList, true, true, fingerprints, titleKeys, false);
      if (c != null) {
        out.add(c);
      }
    }
    // A text dump's images: "[alt]" lines, and items of a list of them (a gallery as a text browser
    // prints it).
    List<Integer> textGallery = page.html() ? List.of() : textGalleryItems(blocks);
    if (!textGallery.isEmpty()) {
      galleryBlocks.addAll(textGallery);
      Set<Integer> skipped = new HashSet<>(galleryBlocks);
      skipped.addAll(offTopic(page, twins));
      ContentWordCounts rest = ContentWordCounts.of(page, pageWordList, title.postTitle(), skipped);
      titleKeys = TitleFacts.titleKeys(title.title(), title.postTitle());
      for (int at : textGallery) {
        Block b = blocks.get(at);
        String text = CaptionCues.withoutImageMark(b.text());
        if (!ownContent(b, titleBlocks) || !candidateText(text, Words.of(text).size())) {
          continue;
        }
        Candidate c = score(page, at, b.text(), false, rest.of(Words.content(text)), rest,
            titleBlocks, imageTexts, pageWordList, false, true, fingerprints, titleKeys, true);
        if (c != null) {
          out.add(c);
        }
      }
    }
    for (Block b : blocks) {
      // A text dump's image: its alt text as a line of its own, or its mark (a placeholder or the
      // file's name) with the text that stands beside it.
      if (!twins.isEmpty() && twins.contains(b.index())) {
        continue; // its first line is the candidate
      }
      if (!page.html() && b.kind() != BlockKind.LIST_ITEM
          && CaptionCues.opensWithImage(b.text(), MIN_WORDS)
          && CaptionCues.unbracketed(b.text()) == b.text() // "[image: ...]" is a picture label
          && !(CaptionCues.isImageMarkLine(b.text()) && !hasFileName(b.text()))) {
        // A mark alone that is no file's name ("[stock-two-children-with-a-dog]") names the image by
        // the start of its file's name, as "[IMG]" does: the text beside the image is the next block.
        String text = CaptionCues.withoutImageMark(b.text());
        if (!ownContent(b, titleBlocks) || b.lineBreaks() > MAX_MARKED_LINE_BREAKS
            && CaptionCues.bracketOpenings(b.text()) <= b.lineBreaks()
            || !candidateText(text, Words.of(text).size())) {
          // The mark's own line may end by hand, and so may a row of images, each line opening with
          // its mark; a table or figure under the mark is no caption.
          continue;
        }
        if (pageWords == null) {
          pageWords = ContentWordCounts.of(page, pageWordList, title.postTitle(),
              offTopic(page, twins));
          titleKeys = TitleFacts.titleKeys(title.title(), title.postTitle());
        }
        Candidate c = score(page, b.index(), b.text(), false, pageWords.block(b.index()), pageWords,
            titleBlocks, imageTexts, pageWordList, false, false, fingerprints, titleKeys, true);
        if (c != null) {
          out.add(c);
        }
        continue;
      }
      if (!eligible(b, pageWordList, titleBlocks) || galleryBlocks.contains(b.index())
          || !described.isEmpty() && described.contains(b.index())) {
        continue; // checked first, as most blocks of most pages stop here
      }
      if (pageWords == null) {
        pageWords = ContentWordCounts.of(page, pageWordList, title.postTitle(),
            offTopic(page, twins));
        titleKeys = TitleFacts.titleKeys(title.title(), title.postTitle());
      }
      // A text dump's image without alt text is its mark on a line of its own ("[IMG_4821]"); the
      // line under it is the text beside the image.
      boolean marked = page.html() ? !beside.isEmpty() && beside.contains(b.index())
          : b.index() > 0 && CaptionCues.isImageMarkLine(blocks.get(b.index() - 1).text());
      Candidate c = score(page, b.index(), b.text(), b.kind() == BlockKind.CAPTION,
          pageWords.block(b.index()), pageWords, titleBlocks, imageTexts, pageWordList, false, false,
          fingerprints, titleKeys, marked);
      if (c != null) {
        out.add(c);
      }
    }
    // An alt text no body block repeats: a caption that exists only on the image.
    Set<String> bodyKeys = null;
    Set<Integer> lines = page.html() ? altLines(page) : Set.of();
    for (ImageText t : page.images()) {
      if (!t.attribute().equals("alt")
          || hasFileName(t.text()) && !isCameraFileName(t.text())
              && (lines.isEmpty() || !lines.contains(t.beforeBlock()))
          || !candidateText(t.text(), Words.of(t.text()).size())
          || !galleryAlts.isEmpty() && galleryAlts.contains(Words.key(t.text()))
          || !described.isEmpty() && described.contains(t.beforeBlock())) {
        // A file name as alt text is a lazy alt, unless a camera's or a stock library's, or the image
        // stands as a line of its own, where a text browser prints it as the text dump's file-name line.
        continue;
      }
      if (bodyKeys == null) {
        bodyKeys = new HashSet<>();
        for (Block b : blocks) {
          if (pageWordList.count(b.index()) <= MAX_WORDS) {
            bodyKeys.add(Words.key(b.text()));
          }
        }
      }
      if (bodyKeys.contains(Words.key(t.text()))) {
        continue;
      }
      if (pageWords == null) {
        pageWords = ContentWordCounts.of(page, pageWordList, title.postTitle(),
            offTopic(page, twins));
        titleKeys = TitleFacts.titleKeys(title.title(), title.postTitle());
      }
      Candidate c = score(page, t.beforeBlock(), t.text(), true, pageWords.of(Words.content(t.text())),
          pageWords, titleBlocks, Set.of(), pageWordList, true, false, fingerprints, titleKeys, false);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The blocks that caption an image the author described ({@link #describes}): the caption block
   * (a {@code figcaption}, a block whose class names a caption, or the one block in the image's own
   * box, {@link ImageText#BESIDE}) right after an image whose alt text describes it in other words. A reader's caption and a screen reader's description, written
   * apart, are the author's own figure; a pasted stock picture leaves its alt empty, a file's name or
   * the caption again.
   */
  static Set<Integer> describedFigures(Page page) {
    Set<Integer> out = null;
    List<Block> blocks = page.blocks();
    for (ImageText t : page.images()) {
      int at = t.beforeBlock();
      if (t.attribute().equals("alt") && at < blocks.size()
          && (blocks.get(at).kind() == BlockKind.CAPTION || standsWithImage(page, at))
          && describes(t.text(), blocks.get(at).text())) {
        if (out == null) {
          out = new HashSet<>();
        }
        out.add(at);
      }
    }
    return out == null ? Set.of() : out;
  }

  /** Whether block {@code at} stands with an image in the image's own box. */
  private static boolean standsWithImage(Page page, int at) {
    for (ImageText t : page.images()) {
      if (t.beforeBlock() == at && t.attribute().equals(ImageText.BESIDE)) {
        return true;
      }
    }
    return false;
  }

  /** Where the images stand whose alt text is a line of its own ({@link ImageText#LINE}). */
  static Set<Integer> altLines(Page page) {
    Set<Integer> out = null;
    for (ImageText t : page.images()) {
      if (t.attribute().equals(ImageText.LINE)) {
        if (out == null) {
          out = new HashSet<>();
        }
        out.add(t.beforeBlock());
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * The blocks that stand with an image in its own box ({@link ImageText#BESIDE}) whose alt text is
   * empty or a file's name: the same evidence as a text dump's line under an image's mark, since a
   * text browser prints such an image as its mark ("[IMG_4821]") above the line. (An alt text in words
   * is printed as a line of its own: the author's description, or the caption again.)
   */
  static Set<Integer> besideBareImages(Page page) {
    Set<Integer> out = null;
    for (ImageText t : page.images()) {
      if (!t.attribute().equals(ImageText.BESIDE)) {
        continue;
      }
      boolean worded = false;
      for (ImageText alt : page.images()) {
        if (alt.beforeBlock() == t.beforeBlock() && alt.attribute().equals("alt")
            && !hasFileName(alt.text())) {
          worded = true;
        }
      }
      if (!worded) {
        if (out == null) {
          out = new HashSet<>();
        }
        out.add(t.beforeBlock());
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * Whether an alt text describes its picture apart from the caption under it: at least {@value
   * #MIN_CONTENT_WORDS} content words, no file name, and neither text holds the other.
   */
  static boolean describes(String alt, String caption) {
    if (hasFileName(alt) || Words.content(alt).size() < MIN_CONTENT_WORDS) {
      return false;
    }
    String a = Words.key(alt);
    String c = Words.key(caption);
    return !a.isEmpty() && !c.isEmpty() && !a.contains(c) && !c.contains(a);
  }

  /**
   * The indices of a text dump's blocks that repeat the block before them word for word, short ones
   * ({@value #MAX_WORDS} words at most): a text browser prints an image's alt text and then the
   * caption under the image, and where the two are the same text it stands twice in a row.
   */
  static Set<Integer> twinLines(List<Block> blocks, PageWords words) {
    Set<Integer> out = null;
    for (int i = 1; i < blocks.size(); i++) {
      int n = words.count(i);
      if (n > 0 && n <= MAX_WORDS && words.count(i - 1) == n
          && blocks.get(i).text().equals(blocks.get(i - 1).text())) {
        if (out == null) {
          out = new HashSet<>();
        }
        out.add(i);
      }
    }
    return out == null ? Set.of() : out;
  }

  /**
   * The blocks left out of a page's topic: a text dump's {@code twins}, and its image marks on lines of
   * their own ({@link CaptionCues#isImageMarkLine}), whose file names ("[stock-two-children-playing-
   * with-a-dog]") spell the picture's own description and would put it on the page's topic.
   */
  static Set<Integer> offTopic(Page page, Set<Integer> twins) {
    if (page.html()) {
      return twins;
    }
    Set<Integer> out = null;
    for (Block b : page.blocks()) {
      if (CaptionCues.isImageMarkLine(b.text())) {
        if (out == null) {
          out = new HashSet<>(twins);
        }
        out.add(b.index());
      }
    }
    return out == null ? twins : out;
  }

  /**
   * The image texts of the page's galleries: the {@linkplain ImageText#ITEM items} of runs of at least
   * {@value #MIN_GALLERY_ITEMS} adjacent list items that each hold an image. One list item with a
   * picture (an icon, a logo) is no gallery.
   */
  static List<ImageText> galleryItems(Page page) {
    List<ImageText> items = new ArrayList<>();
    for (ImageText t : page.images()) {
      if (t.attribute().equals(ImageText.ITEM)) {
        items.add(t);
      }
    }
    if (items.size() < MIN_GALLERY_ITEMS) {
      return List.of();
    }
    items.sort(Comparator.comparingInt(ImageText::beforeBlock));
    List<ImageText> out = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      int j = i + 1;
      while (j < items.size() && items.get(j).beforeBlock() - items.get(j - 1).beforeBlock() <= 1) {
        j++;
      }
      if (j - i >= MIN_GALLERY_ITEMS) {
        out.addAll(items.subList(i, j));
      }
      i = j;
    }
    return out;
  }

  /**
   * The indices of a text dump's gallery items: runs of at least {@value #MIN_GALLERY_ITEMS} adjacent
   * list items that each open with an image mark ({@link CaptionCues#opensWithImage}), as a text
   * browser prints a list of pictures. A bulleted list without marks is the page's own list.
   */
  static List<Integer> textGalleryItems(List<Block> blocks) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < blocks.size()) {
      int j = i;
      while (j < blocks.size() && blocks.get(j).kind() == BlockKind.LIST_ITEM
          && CaptionCues.opensWithImage(blocks.get(j).text(), MIN_WORDS)) {
        j++;
      }
      if (j - i >= MIN_GALLERY_ITEMS) {
        for (int k = i; k < j; k++) {
          out.add(k);
        }
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** Whether a gallery's image text is its item's own block (else the item's image alt). */
  private static boolean isOwnBlock(ImageText t, List<Block> blocks) {
    return t.beforeBlock() < blocks.size() && blocks.get(t.beforeBlock()).text().equals(t.text());
  }

  /**
   * Whether a gallery item's block can be a candidate: not link text (a list of linked thumbnails is
   * navigation) and the page's own content ({@link #ownContent}), with a text that could be a caption.
   */
  private static boolean galleryEligible(Block b, PageWords words, Set<Integer> titleBlocks) {
    return ownContent(b, titleBlocks) && candidateText(b.text(), words.count(b.index()), words, b.index());
  }

  /**
   * Whether a block can be a candidate at all, from its kind, place and text: as a gallery item's block,
   * but no list item, no block of a text dump whose lines end by hand ({@link Block#lineBreaks}: a
   * table's rows, an image's alt text printed over the author's caption, an address; a pasted caption
   * is one line, or one paragraph wrapped), and no line a text dump marks as a heading or a request.
   */
  private static boolean eligible(Block b, PageWords words, Set<Integer> titleBlocks) {
    return b.kind() != BlockKind.LIST_ITEM && b.lineBreaks() == 0 && ownContent(b, titleBlocks)
        && !isMarkedHeading(b.text()) && !isRequestLine(b.text())
        && candidateText(b.text(), words.count(b.index()), words, b.index());
  }

  /**
   * Whether a block is the page's own content where a caption can stand: no furniture or link text, no
   * heading, code, quotation or table cell, not the re-inserted title. The cheap kind tests come first,
   * as most blocks of most pages stop here.
   */
  private static boolean ownContent(Block b, Set<Integer> titleBlocks) {
    return !(TitleFacts.isFurniture(b) || b.kind() == BlockKind.HEADING
        || b.kind() == BlockKind.TABLE_CELL || b.kind() == BlockKind.PREFORMATTED
        || b.kind() == BlockKind.QUOTE || titleBlocks.contains(b.index()));
  }

  /**
   * Whether a line is a heading by its own marks, which survive in a text dump that lost the markup:
   * a trailing pilcrow (the permalink docutils/Sphinx put after each section title, "Overview¶") or a
   * leading section number of two or more levels ("5.10.5.", "A.1.2", "4.11.", as DocBook and Sphinx
   * number sections). A pasted caption carries neither.
   */
  static boolean isMarkedHeading(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    if (t.charAt(t.length() - 1) == '\u00b6') {
      return true;
    }
    int i = 0;
    int n = t.length();
    if (Character.isUpperCase(t.charAt(0)) && n > 1 && t.charAt(1) == '.') {
      i = 1; // an appendix letter: "A.1.2."
    } else {
      while (i < n && isAsciiDigit(t.charAt(i))) {
        i++;
      }
      if (i == 0) {
        return false;
      }
    }
    int levels = 0;
    while (i + 1 < n && t.charAt(i) == '.' && isAsciiDigit(t.charAt(i + 1))) {
      i++;
      while (i < n && isAsciiDigit(t.charAt(i))) {
        i++;
      }
      levels++;
    }
    boolean stop = i < n && t.charAt(i) == '.';
    if (stop) {
      i++;
    }
    // "3.5 million" is a number: one level counts only with its closing dot ("4.11. Overview").
    return (levels >= 2 || levels == 1 && stop) && i < n && t.charAt(i) == ' ';
  }

  /**
   * Whether a line holds a protocol and version token ("HTTP/1.1", "RTSP/1.0": three or more capitals,
   * a slash, a two-part version): a request or an
   * access-log line quoted in documentation, whose image path is a served file, not a caption's
   * camera or file name.
   */
  static boolean isRequestLine(String text) {
    int slash = text.indexOf('/');
    while (slash > 0) {
      int start = slash;
      while (start > 0 && text.charAt(start - 1) >= 'A' && text.charAt(start - 1) <= 'Z') {
        start--;
      }
      boolean word = slash - start >= 3
          && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
      if (word && slash + 1 < text.length() && isAsciiDigit(text.charAt(slash + 1))) {
        int end = slash + 2; // a version is digit, dot, digit: "HTTP/1.1", "RTSP/1.0"
        if (end + 1 < text.length() && text.charAt(end) == '.' && isAsciiDigit(text.charAt(end + 1))
            && (end + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 2)))) {
          return true;
        }
      }
      slash = text.indexOf('/', slash + 1);
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a text of {@code words} words reads as a possible caption rather than code or prose. */
  static boolean candidateText(String text, int words) {
    return candidateText(text, words, null, -1);
  }

  /**
   * {@link #candidateText(String, int)}, for block {@code block} of {@code pageWords} (whose text is
   * {@code text}) when {@code pageWords} is not null: the word tests then read the block's hashed
   * words instead of making its words as strings. The word-count test comes before the string tests:
   * most short blocks of real pages (list entries written as paragraphs, command lines, labels) have
   * fewer than {@value #MIN_CONTENT_WORDS} content words, and without a file name that alone rules
   * them out.
   */
  static boolean candidateText(String text, int words, PageWords pageWords, int block) {
    if (words == 0 || words > MAX_WORDS || isByline(text)) {
      return false;
    }
    if (CaptionCues.hasBoxDrawing(text) || CaptionCues.isBareImageMark(text)
        || CaptionCues.endsAsLeadIn(text)) {
      // A table or diagram drawn in box characters; a text browser's mark for an image without alt
      // text ("[IMG_4821]"), which names the image, not a text beside it; a lead-in cut off by an
      // ellipsis ("To access this command...") or a line ending in a comma (a salutation or
      // sign-off, "With best wishes,"; a list fragment): none is a picture's text.
      return false;
    }
    if (CaptionCues.hasCameraSettings(text)) {
      return true; // "Canon EOS R6 · 35mm · f/2.8": its slashes and numbers are the camera's notation
    }
    String tagged = CaptionCues.withoutHashtags(text);
    if (tagged == null) {
      tagged = CaptionCues.withoutViewerNote(text);
    }
    if (tagged == null) {
      tagged = CaptionCues.withoutClosingCredit(text);
    }
    if (tagged != null) {
      // "... at dusk #travel #weekend", "... at dusk (click to enlarge)": the text before them is
      // what must read as a picture's.
      return candidateText(tagged, Words.of(tagged).size());
    }
    String t = CaptionCues.unbracketed(text).strip();
    if (CaptionCues.isCreditLine(t)) {
      // "Source: Pixabay": a credit is short, its brand names may look like code, and "photo
      // credit" is interface text to the shallow miner; a whole line of it is a caption's.
      return true;
    }
    if (CaptionShapes.isFileStem(t)) {
      return true; // "GirlFeedingDucksByPond_4410": one token, its capitals and joints a file's
    }
    // Without a file name nothing is blanked, so the text must have the words of a phrase.
    boolean fileName = hasFileName(t);
    boolean phraseLong = words >= MIN_WORDS
        && contentWords(t, text, pageWords, block) >= MIN_CONTENT_WORDS;
    if (!fileName && !phraseLong) {
      return false;
    }
    if (t.endsWith(":")) {
      return false; // a lead-in to a list, a listing or a picture: not the picture's text
    }
    if ((pageWords != null ? ShallowBoilerplate.hasPhrase(pageWords, block)
        : ShallowBoilerplate.hasPhrase(text)) && !CaptionShapes.readsAsScene(t)) {
      return false; // interface text, unless a scene that names a thing ("... baking cookies at home")
    }
    String rest = fileName ? withoutFileNames(t) : t;
    if (CaptionCues.isNumberedLabel(t) && rest.length() == t.length()) {
      return false; // "Figure 3: ...", "Table 1.": the author's own numbered figure, never pasted
    }
    if (readsAsCode(rest)) {
      return false;
    }
    return rest.length() < t.length() || phraseLong;
  }

  /**
   * The number of content words of {@code stripped}, the strip of {@code text}: counted on the block's
   * hashed words when it has them and stripping changed nothing (then the words are the same).
   */
  private static int contentWords(String stripped, String text, PageWords pageWords, int block) {
    if (pageWords == null || stripped != text) {
      return Words.content(stripped).size();
    }
    int n = 0;
    for (int i = pageWords.blockStart(block), end = pageWords.blockEnd(block); i < end; i++) {
      if (pageWords.isContent(i)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Scores a candidate text standing at block {@code at} (for an alt text, before it); null when it is
   * a figure caption or alt text about the article's own subject, or scores below
   * {@link #CANDIDATE_SCORE}. Kept apart from the loop over every block, where most blocks stop, so
   * that the JIT compiles the loop small.
   */
  private static Candidate score(Page page, int at, String text, boolean figure, long[] content,
      ContentWordCounts pageWords, Set<Integer> titleBlocks, Set<String> imageTexts,
      PageWords pageWordList, boolean altOnly, boolean gallery, long[] fingerprints,
      Set<String> titleKeys, boolean textImage) {
    List<Block> blocks = page.blocks();
    String written = text;
    if (TitleFacts.matchedKey(text, titleKeys) != null) {
      // The page's own title, where TitleFacts read it as no re-insertion (a label of an icon table,
      // a step of a series): the page's subject, not a picture's text.
      return null;
    }
    // "[image: ...]", as a text dump leaves a picture; a text browser's "[alt]" line or gallery item.
    text = textImage ? CaptionCues.withoutImageMark(text) : CaptionCues.unbracketed(text);
    // A caption plugin's "scene - Page Title": the scene is the caption, the title the page's.
    String head = CaptionCues.withoutTitle(text, titleKeys);
    boolean titleAppended = head != null && candidateText(head, Words.of(head).size());
    if (titleAppended) {
      text = head;
      content = pageWords.of(Words.content(head));
    } else if (CaptionCues.isQuotation(text)) {
      return null; // a saying or a quotation, with or without who said it
    }
    // Hashtags or a viewer's note after the text: the text before them is the picture's.
    String untagged = CaptionCues.withoutHashtags(text);
    boolean hashtags = untagged != null;
    if (!hashtags) {
      untagged = CaptionCues.withoutViewerNote(text);
    }
    boolean note = !hashtags && untagged != null;
    boolean closing = false;
    // A stock library's attribution closing the text: the picture is the library's, not the author's
    // own, whatever it shows, so the tests of an own picture on the page's subject do not apply.
    boolean stock = false;
    if (untagged == null) {
      // "... | Credit: Jane Doe for iStock", "... \u2014 \u00a9 Jane Doe", "... - click image for full size"
      untagged = CaptionCues.withoutClosingCredit(text);
      closing = untagged != null;
      stock = closing && CaptionCues.closesWithPlatformCredit(text);
    }
    if (untagged != null) {
      text = untagged;
      content = pageWords.of(Words.content(text));
    }
    if (CaptionCues.hasPictureLabel(text) || CaptionCues.hasPositionLabel(text)) {
      // The topic is the scene's, not the label's: "Top image:" shares "top" with "Back to top".
      content = pageWords.of(Words.content(text.substring(text.indexOf(':') + 1)));
    }
    // An alt text is not on the page's blocks, so its own words are not counted there: overlap asks
    // for one more page occurrence of a block's word than of an alt text's. Nor are a gallery's items.
    // A picture's text by the page's markup or the dump's image mark (a figure's caption, an alt text,
    // a gallery's item, the text beside a mark) is read for its topic words alone: a French page's
    // "un", "dans", "sur" stand in every paragraph and would put a pasted French description ("Deux
    // enfants jouant avec un chien dans un jardin fleuri") on the page's subject. Elsewhere another
    // language's grammar words still count, as OTHER_LANGUAGE_PHRASES is off: a help system's short
    // lines and a news site's "Read also" links in those languages would lose their overlap.
    boolean picture = figure || altOnly || gallery || textImage;
    double overlap = pageWords.overlap(content, altOnly || gallery ? 1 : 2,
        OTHER_LANGUAGE_PHRASES || picture);
    if (isField(text) || isFieldRun(text)) {
      return null; // "Module author: A. Name", a label and its value; "Branch: x Author: y", several
    }
    boolean camera = CaptionCues.hasCameraSettings(text);
    boolean stem = CaptionShapes.isFileStem(text);
    if (stem && !picture && !CaptionShapes.isNumberedFileStem(text)) {
      return null; // "next_power_of_two" alone between paragraphs: an identifier as often as a file
    }
    boolean fileName = hasFileName(text) || camera || stem;
    if (figure && overlap >= 0.25 && !fileName && !stock) {
      return null; // a figure caption or alt text about the article's own subject
    }
    if (!fileName && !stock && CaptionStructure.isSpecification(text)) {
      return null; // "Stacking bins, 30 \u00d7 20 \u00d7 15 cm, set of 4": the author's own product
    }
    if (gallery && !fileName && !stock && (overlap >= 0.25 || CaptionCues.opensWithPersonName(text))) {
      return null; // the author's own pictures of the subject; a team or cast list's name and role
    }
    if (gallery && Words.endsSentence(text) && !fileName && !CaptionCues.hasPictureLabel(text)
        && !CaptionCues.hasPositionLabel(text) && !CaptionCues.presentsIllustration(text)
        && !hasPrefix(text) && !CaptionCues.isCreditLine(text)) {
      return null; // a sentence beside a picture in a list is a step of a procedure and its screenshot
    }
    // An image's alt text printed in a text dump: a picture's own text, as an alt text is in HTML.
    boolean altLine = textImage && !gallery;
    boolean position = CaptionCues.hasPositionLabel(text) || CaptionCues.hasPictureLabel(text)
        || CaptionCues.presentsIllustration(text) || altLine;
    if (position && overlap >= 0.25 && !fileName && !stock) {
      return null; // "Above: our compost heap in May": the author's own picture of the subject
    }
    boolean credit = !position && CaptionCues.isCreditLine(text);
    boolean prefix = !position && !credit && (hasPrefix(text) || hashtags || note || closing);
    // In a text dump, the same line right under it: an image's alt text printed above its caption.
    int last = at;
    while (!page.html() && !altOnly && last + 1 < blocks.size()
        && blocks.get(last + 1).text().equals(blocks.get(at).text())) {
      last++;
    }
    // A figure's caption block is the author's own label of the picture beside it: that it repeats its
    // image's alt text, and that it stands between paragraphs, is what a figure caption is.
    boolean declared = figure && !altOnly;
    if (last > at && overlap >= 0.25 && !fileName && !stock) {
      // An image whose alt text is its caption, on the page's own subject: the author's figure, as a
      // figure caption on the subject is in HTML.
      return null;
    }
    boolean repeatsImage = !declared && !altOnly && (page.html()
        && (imageTexts.contains(Words.key(text)) || imageTexts.contains(Words.key(written)))
        || last > at);
    boolean clause = hasClauseWord(text);
    boolean sentence = Words.endsSentence(text);
    if (sentence && (clause || overlap >= 0.25 || Words.of(text).size() >= TitleFacts.PROSE_WORDS)
        && !fileName && !prefix && !position && !credit && !repeatsImage && !titleAppended) {
      return null; // a sentence of prose: a clause, on the page's own topic, or paragraph-long
    }
    if (!fileName && !prefix && !position && !credit && !repeatsImage && !titleAppended
        && (CaptionCues.holdsClauseSentence(text, CLAUSE_WORDS) || CaptionCues.isNameList(text)
            || CaptionCues.endsSentenceInside(text) && hasPhraseWord(text))) {
      // A sentence of prose and a note after it ("If it glows, I will try to fix it. Member since
      // 2009": a signature; in another language, whose clauses the test cannot read, any sentence
      // and a note: "... nach \u00a7275 HGB. Siehe auch ..."); names set off by commas (an address):
      // no picture's description.
      return null;
    }
    if (!page.html() && !altOnly && !gallery && !fileName && !prefix && !position && !credit
        && !titleAppended && (isHeadingOf(blocks, pageWordList, last + 1, text)
            || isFieldValue(blocks, at - 1) || isHeadlineCased(text))) {
      // A text dump's section heading (the text under it takes up its words, or it is written in
      // headline case), or a field's value under its label ("Description:" over a module's
      // description).
      return null;
    }
    if (!altOnly && !gallery && !fileName && !prefix && !position && !credit && !titleAppended
        && !repeatsImage && !sentence
        && (continuesBelow(blocks, last + 1) && !titleBlocks.contains(last + 1) || followsLeadIn(blocks, pageWordList, at - 1))) {
      // A line the next block goes on with in lower case is half a sentence broken by a line end or
      // an inline icon ("In form design, click the Group Box icon on the toolbar" over "and use the
      // mouse to create a frame."), and a line under a lead-in cut off by an ellipsis ("To access
      // this command...") is the instruction it introduces: a help system's text, no picture's.
      return null;
    }
    double score = 0;
    List<String> reasons = new ArrayList<>();
    if (fileName) {
      score += W_FILE_NAME;
      reasons.add(camera ? "camera settings" : "camera or image file name");
    }
    // One label at most: a position label, a credit line, or a picture label or credit.
    String label = position ? (CaptionCues.hasPositionLabel(text) ? "picture position label"
        : altLine ? (page.html() ? "beside an image without an alt text of its own"
            : CaptionCues.isAltLine(written, MIN_WORDS) ? "image alt text in a text dump"
            : "beside an image mark in a text dump")
        : "picture label or stand-in wording") : credit ? "credit line"
        : hashtags ? "hashtags after it" : note ? "viewer's note on a picture"
        : closing ? "credit or viewer's note after it"
        : prefix ? "picture label prefix" : null;
    if (label != null) {
      score += W_PREFIX;
      reasons.add(label);
    }
    if (titleAppended) {
      score += W_TITLE_APPENDED;
      reasons.add("page title appended");
    }
    if (!sentence) {
      score += W_NO_PUNCTUATION;
      reasons.add("no terminal punctuation");
    }
    // Only English text tells them apart this way, and the grammar words of a few other languages
    // ({@link #PHRASE_WORDS}) where the text stands apart as a pasted picture's does: a help system's
    // headings in those languages ("Rechnen mit Tabellen im Textdokument") are phrases too.
    int after = altOnly ? at : last + 1;
    int before = at - 1;
    if (textImage && before >= 0 && CaptionCues.isImageMarkLine(blocks.get(before).text())) {
      before--; // the image's mark on the line above: the paragraph before it is the neighbour
    }
    boolean alone = !declared && standsAlone(blocks, pageWordList, before, after);
    boolean offTopicFigure = declared && overlap < 0.25 && !imageTexts.contains(Words.key(text));
    boolean phrase = !clause && (hasEnglishStopWord(text)
        || OTHER_LANGUAGE_PHRASES && (alone || offTopicFigure) && readsAsOtherPhrase(text));
    if (phrase) {
      score += W_PHRASE;
      reasons.add("a phrase, not a clause");
    }
    if (overlap < 0.25) {
      score += W_LOW_OVERLAP;
      reasons.add(String.format(Locale.ROOT, "topic overlap %.2f", overlap));
    } else if (overlap < 0.5) {
      score += W_SOME_OVERLAP;
      reasons.add(String.format(Locale.ROOT, "topic overlap %.2f", overlap));
    }
    int next = altOnly ? at : last + 1;
    boolean placed = titleBlocks.contains(next);
    if (placed) {
      score += W_TITLE_FOLLOWS;
      reasons.add("title repeated after it");
    }
    if (repeatsImage) {
      score += W_REPEATS_IMAGE_TEXT;
      reasons.add("repeats image alt text");
    }
    if (altOnly) {
      reasons.add("image alt text");
    }
    if (gallery) {
      score += W_GALLERY;
      reasons.add("item of a list of images");
    }
    if (alone) {
      placed = true;
      score += W_STANDALONE;
      reasons.add("stands alone between paragraphs");
    } else if (offTopicFigure) {
      // The page's markup says this is a picture's caption, and it is not about the page: an author
      // captions the pictures of the subject (which are then no candidates at all, overlap >= 0.25),
      // and describes a chart of its own in the alt text too, which a pasted stock picture lacks.
      placed = true;
      score += W_STANDALONE;
      reasons.add("figure caption off the page's topic");
    }
    // Where or when a picture of something else was taken. In HTML, an entry of a list written as
    // paragraphs ("The free space on the disk" among other short entries) may end in a place too; a
    // plain-text page marks its list items with bullets, and its headings, bylines and a re-inserted
    // title are short lines all the same, so a run of them tells nothing there (session 22: withheld
    // there too, it took 2 of the first held-out set's 53 text captions, so it stays HTML only).
    if (phrase && overlap < 0.5
        && !(page.html() && !gallery && inRun(blocks, pageWordList, before, after))
        && endsInPlace(text)) {
      score += W_PLACE;
      reasons.add("ends saying where or when");
    }
    if (placed && !page.html() && !titleBlocks.contains(next) && after < blocks.size()
        && TitleFacts.headsRun(blocks, blocks.get(at), pageWordList)) {
      // A short line over a run of short lines (a help system's "To access this command" over the
      // menu paths it introduces, a "Related topics" list) heads them: recurring on a host's pages it
      // is the template's label, not a caption pasted between paragraphs, so it earns no recurrence.
      placed = false;
    }
    if (score >= CANDIDATE_SCORE) {
      return new Candidate(page.id(), page.host(), at, written, Words.key(text), Math.min(1.0, score),
          String.join("; ", reasons), context(blocks, before, after), placed,
          prose(blocks, pageWordList, fingerprints));
    }
    return null;
  }

  /**
   * The fingerprints of the page's own prose paragraphs (or, without fingerprints, hashes of their
   * normalised words: each a hash of its paragraph's word hashes in order, so two paragraphs get one
   * hash when their words are the same, without making the words as strings), sorted and distinct.
   */
  private static long[] prose(List<Block> blocks, PageWords words, long[] fingerprints) {
    long[] out = new long[blocks.size()];
    int n = 0;
    for (Block b : blocks) {
      if (isProse(b, words)) {
        if (fingerprints != null) {
          out[n++] = fingerprints[b.index()];
          continue;
        }
        long h = 0x2545F4914F6CDD1DL;
        for (int i = words.blockStart(b.index()), end = words.blockEnd(b.index()); i < end; i++) {
          h = org.dupscan.internal.Mix.fmix64(h * 0x9E3779B97F4A7C15L + words.hash(i));
        }
        out[n++] = org.dupscan.internal.Mix.fmix64(h ^ words.count(b.index()));
      }
    }
    return org.dupscan.internal.LongSets.sortedDistinct(out, n);
  }

  /** A hash of the texts of the blocks before and after a candidate. */
  private static long context(List<Block> blocks, int before, int after) {
    long h = 0x9E3779B97F4A7C15L;
    h = h * 31 + (before >= 0 && before < blocks.size() ? blocks.get(before).text().hashCode() : 1);
    h = h * 31 + (after >= 0 && after < blocks.size() ? blocks.get(after).text().hashCode() : 2);
    return h;
  }

  /**
   * Adds recurrence to the candidates of all pages and keeps those scoring at least {@code minScore}.
   * A text recurs when it stands alone (or before the title) on at least two pages, between different
   * neighbours on most of them, on a page that shares no prose paragraph with the others carrying it:
   * a template block recurs too, but among the same template blocks on every page, and a sentence
   * recurring on related pages (one document in two forms, parts of one tutorial) comes with the
   * paragraphs they share. The result
   * is ordered by page id, then block.
   */
  public static List<Caption> finish(List<Candidate> all, double minScore) {
    return finish(all, minScore, Map.of());
  }

  /**
   * As {@link #finish(List, double)}, where {@code template} holds, per host, the fingerprints of the
   * blocks mined as its template: a paragraph of the template (an author box, a standing notice)
   * stands on every page and so relates none of them.
   */
  public static List<Caption> finish(List<Candidate> all, double minScore,
      Map<String, Set<Long>> template) {
    return finish(all, minScore, template, Map.of());
  }

  /**
   * As {@link #finish(List, double, Map)}, where {@code related} maps a page to its near-duplicate
   * cluster: pages of one cluster are one document in several edited copies, so a text they all carry
   * recurs only when it also stands on a page outside that cluster (an edited copy changes its
   * paragraphs, so the shared-prose rule alone does not relate it to its source).
   */
  public static List<Caption> finish(List<Candidate> all, double minScore,
      Map<String, Set<Long>> template, Map<String, Integer> related) {
    if (!(minScore > 0.0 && minScore <= 1.0)) {
      throw new IllegalArgumentException("caption score must be in (0, 1] but was " + minScore);
    }
    Map<String, Set<String>> pages = new HashMap<>();
    Map<String, Set<String>> hosts = new HashMap<>();
    Map<String, Set<Long>> contexts = new HashMap<>();
    Map<String, Map<Long, Integer>> prose = new HashMap<>();
    Map<Long, Integer> proseAnywhere = new HashMap<>();
    Map<String, Set<String>> groups = new HashMap<>(); // distinct pages or near-duplicate clusters
    Set<String> seen = new HashSet<>();
    for (Candidate c : all) {
      if (seen.add(c.page())) {
        for (long h : c.prose()) {
          proseAnywhere.merge(h, 1, Integer::sum);
        }
      }
      Map<Long, Integer> m = prose.computeIfAbsent(c.key(), k -> new HashMap<>());
      for (long h : c.prose()) {
        m.merge(h, 1, Integer::sum);
      }
      pages.computeIfAbsent(c.key(), k -> new HashSet<>()).add(c.page());
      hosts.computeIfAbsent(c.key(), k -> new HashSet<>()).add(c.host());
      contexts.computeIfAbsent(c.key(), k -> new HashSet<>()).add(c.context());
      Integer cluster = related.get(c.page());
      groups.computeIfAbsent(c.key(), k -> new HashSet<>())
          .add(cluster == null ? c.page() : "cluster " + cluster);
    }
    List<Caption> out = new ArrayList<>();
    for (Candidate c : all) {
      int p = pages.get(c.key()).size();
      boolean recurs = mayRecur(c, p, contexts.get(c.key()).size())
          && groups.get(c.key()).size() >= 2
          && !sharesProse(c, prose.get(c.key()), proseAnywhere,
              template.getOrDefault(c.host(), Set.of()));
      Caption caption = finished(c, p, hosts.get(c.key()).size(), recurs, minScore);
      if (caption != null) {
        out.add(caption);
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** captions.csv's order: by page, then block (a stable sort keeps candidates' order on ties). */
  public static final Comparator<Caption> ORDER = (a, b) -> a.page().equals(b.page())
      ? Integer.compare(a.block(), b.block()) : a.page().compareTo(b.page());

  /**
   * Whether a candidate whose text stands on {@code pages} pages between {@code contexts} distinct
   * neighbourhoods counts as recurring, unless its page shares prose with the others ({@link
   * #relates}): a distributed run (SparkScan) decides the two parts apart.
   */
  public static boolean mayRecur(Candidate c, int pages, int contexts) {
    return pages >= 2 && c.placed() && 2 * contexts > pages;
  }

  /**
   * Whether a prose paragraph on {@code withText} of the candidates carrying one text, and on {@code
   * anywhere} pages with candidates, relates those pages (when it is not the host's template).
   */
  public static boolean relates(int withText, int anywhere) {
    return withText >= 2 && anywhere <= withText;
  }

  /**
   * A candidate's caption given how many pages and hosts carry its text and whether it recurs
   * ({@link #mayRecur} and no shared prose), or null when its score stays under {@code minScore}.
   */
  public static Caption finished(Candidate c, int pages, int hosts, boolean recurs, double minScore) {
    double score = c.score();
    String reasons = c.reasons();
    if (recurs) {
      score += W_RECURS;
      reasons += "; recurs on " + pages + " pages";
      if (hosts >= 2) {
        score += W_OTHER_HOSTS;
        reasons += " of " + hosts + " hosts";
      }
    }
    score = Math.min(1.0, score);
    return score >= minScore ? new Caption(c.page(), c.host(), c.block(), c.text(), score, reasons,
        pages, hosts) : null;
  }

  /**
   * Whether the stripped text, lower-cased, starts with one of {@link #BYLINES}. Compared char by char
   * without making the stripped and lower-cased strings (this ran on every short block): the bylines
   * are ASCII, and the only chars {@code toLowerCase(Locale.ROOT)} turns into one of their letters or
   * spaces are those chars and the ASCII capitals (U+212A, the Kelvin sign, lower-cases to "k", which
   * no byline holds; U+0130 to "i" and a combining dot, which no byline holds after an "i"), each to
   * one char, so the strings' chars stand at the same places.
   */
  static boolean isByline(String text) {
    char[] chars = text.toCharArray(); // a copy, not String.charAt: see TextNormalizer.normalize
    int from = 0;
    int to = chars.length;
    while (from < to && Character.isWhitespace(Character.codePointAt(chars, from))) {
      from += Character.charCount(Character.codePointAt(chars, from));
    }
    while (to > from && Character.isWhitespace(Character.codePointBefore(chars, to))) {
      to -= Character.charCount(Character.codePointBefore(chars, to));
    }
    for (String b : BYLINES) {
      if (to - from >= b.length() && startsLowerCase(chars, from, b)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} at {@code from} holds ASCII {@code lower}, or its letters as capitals. */
  private static boolean startsLowerCase(char[] text, int from, String lower) {
    for (int k = 0; k < lower.length(); k++) {
      char c = text[from + k];
      char l = lower.charAt(k);
      if (c != l && !(l >= 'a' && l <= 'z' && c == l - 32)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the text opens with a picture label and a colon ("Photo:", "Image credit:") or a credit
   * ("Photo by ...", "Image courtesy of ...").
   */
  static boolean hasPrefix(String text) {
    int colon = text.indexOf(':');
    if (colon > 0 && colon <= MAX_PREFIX_CHARS
        && PREFIXES.contains(Words.key(text.substring(0, colon)))) {
      return true;
    }
    for (String dash : LABEL_DASHES) {
      int at = text.indexOf(dash);
      if (at > 0 && at <= MAX_PREFIX_CHARS && at + dash.length() < text.length()
          && PREFIXES.contains(Words.key(text.substring(0, at)))) {
        return true; // "Photo \u2014 two hikers on a ridge"
      }
    }
    List<String> words = Words.of(text.length() > 40 ? text.substring(0, 40) : text);
    return words.size() >= 3 && CREDIT_LABELS.contains(words.get(0))
        && CREDIT_WORDS.contains(words.get(1));
  }

  /**
   * Whether a candidate's page shares a prose paragraph with another page carrying its text, and with
   * no page of the scan that does not carry it (among the pages with candidates): a paragraph that
   * stands on other pages too (an author box, a standing notice: prose, so never mined as template)
   * or that was mined as the host's template relates nothing.
   */
  private static boolean sharesProse(Candidate c, Map<Long, Integer> counts,
      Map<Long, Integer> anywhere, Set<Long> template) {
    for (long h : c.prose()) {
      int n = counts.get(h);
      if (relates(n, anywhere.get(h)) && !template.contains(h)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is a field: a label of one to three words, a colon, then a value ("Module
   * author: A. Name"), and the label is no picture label.
   */
  static boolean isField(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || colon + 1 >= text.length() || hasPrefix(text)
        || CaptionCues.hasPositionLabel(text) || CaptionCues.hasPictureLabel(text)
        || CaptionCues.isCreditLine(text)) {
      return false;
    }
    int words = Words.of(text.substring(0, colon)).size();
    return words >= 1 && words <= 3;
  }

  /**
   * Whether the text holds two or more fields anywhere in it, each a capitalised one-word label, a colon
   * and a space ("... a branch. Branch: wtk/org Author: wtk"): a record's metadata, not a picture's
   * text. A label that opens a caption ("Photo:", "Above:", "Source:") is no field, so a caption with a
   * credit after it is still a caption. Read char by char: no regular expression on crawled text.
   */
  static boolean isFieldRun(String text) {
    int fields = 0;
    for (int colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
      if (colon + 1 >= text.length() || text.charAt(colon + 1) != ' ') {
        continue; // "wtk/org:", a time, a URL's scheme
      }
      int start = colon;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == colon || !Character.isUpperCase(text.charAt(start))
          || (start > 0 && !Character.isWhitespace(text.charAt(start - 1)))) {
        continue;
      }
      String from = text.substring(start);
      if (hasPrefix(from) || CaptionCues.hasPositionLabel(from) || CaptionCues.hasPictureLabel(from)
          || CaptionCues.isCreditLine(from)) {
        return false;
      }
      fields++;
    }
    return fields >= 2;
  }

  /** Whether the text holds an English function word (so the clause test can speak for it). */
  static boolean hasEnglishStopWord(String text) {
    for (String w : Words.of(text)) {
      if (Words.STOP.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a phrase in another language ({@link #readsAsOtherPhrase}) earns the phrase point. Off:
   * on the real text's LibreOffice help it made 6 headings in French, Dutch and German captions
   * (docs/detectors.md, sixth round).
   */
  static final boolean OTHER_LANGUAGE_PHRASES = false;


  /**
   * Least words of a phrase in another language that earns the phrase point: a help system's label
   * over a list or table is a short noun phrase ("Die Spalten\u00fcberschriften der Tabelle").
   */
  static final int MIN_OTHER_PHRASE_WORDS = 5;

  /**
   * Whether the text reads as one phrase of another language: a grammar word of it ({@link
   * #PHRASE_WORDS}), at least {@value #MIN_OTHER_PHRASE_WORDS} words, and no sentence's end before
   * its own end (a sentence and a "see also" after it is prose and a note).
   */
  static boolean readsAsOtherPhrase(String text) {
    return Words.of(text).size() >= MIN_OTHER_PHRASE_WORDS && !CaptionCues.endsSentenceInside(text)
        && hasPhraseWord(text);
  }

  /** Whether the text holds a grammar word of another language ({@link #PHRASE_WORDS}). */
  static boolean hasPhraseWord(String text) {
    for (String w : Words.of(text)) {
      if (PHRASE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /** Whether the text holds a clause word ({@link #CLAUSE_WORDS}, {@link #OTHER_CLAUSE_WORDS}). */
  static boolean hasClauseWord(String text) {
    for (String w : Words.of(text)) {
      if (CLAUSE_WORDS.contains(w) || OTHER_CLAUSE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text ends in a phrase of place or time: a {@linkplain #PLACE_WORDS preposition of
   * place} among its last words (not the first), then one to {@value #MAX_PLACE_WORDS} words of
   * letters, opened by a {@linkplain #DETERMINERS determiner} unless only one word follows ("at
   * dusk"). Words of digits or code ("in .bashrc", "on port 80") make no place.
   */
  static boolean endsInPlace(String text) {
    String[] raw = text.strip().split(" ");
    int n = raw.length;
    for (int i = Math.max(1, n - 1 - MAX_PLACE_WORDS); i < n - 1; i++) {
      if (!PLACE_WORDS.contains(trimPunctuation(raw[i]).toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean letters = true;
      for (int k = i + 1; k < n && letters; k++) {
        letters = isWord(trimPunctuation(raw[k]), k == n - 1);
      }
      String first = trimPunctuation(raw[i + 1]).toLowerCase(Locale.ROOT);
      if (letters && (n - 1 - i == 1 || DETERMINERS.contains(first))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a word is letters (inner hyphens and apostrophes allowed), a last word's full stop aside. */
  private static boolean isWord(String w, boolean last) {
    int to = last && w.endsWith(".") ? w.length() - 1 : w.length();
    if (to == 0 || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    for (int i = 1; i < to; i++) {
      char c = w.charAt(i);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  /** Least run of digits in a file name's stem that numbers a camera's or a stock library's picture. */
  static final int MIN_PICTURE_NUMBER_DIGITS = 6;

  /**
   * Whether the whole text is one camera's or stock library's file name: a {@linkplain #CAMERA_STEMS
   * camera stem} with its number ("IMG_4821.jpg", "DSC_0042.JPG"), or a name whose stem holds a run of
   * at least {@value #MIN_PICTURE_NUMBER_DIGITS} digits ("P1234567.JPG", "shutterstock_123456789.jpg",
   * "pexels-photo-1234567.jpeg"): the name a pasted picture brings along, left as its alt text. A site's
   * own image alt "logo.png" or "branch-diagram.png" is a lazy alt, no pasted picture.
   */
  static boolean isCameraFileName(String text) {
    String t = trimPunctuation(text.strip());
    if (t.isEmpty() || t.indexOf(' ') >= 0 || !isFileName(t)) {
      return false;
    }
    int dot = t.lastIndexOf('.');
    String stem = dot > 0 ? t.substring(0, dot) : t;
    int run = 0;
    for (int i = 0; i < stem.length(); i++) {
      run = Character.isDigit(stem.charAt(i)) ? run + 1 : 0;
      if (run >= MIN_PICTURE_NUMBER_DIGITS) {
        return true;
      }
    }
    String upper = stem.toUpperCase(Locale.ROOT);
    for (String s : CAMERA_STEMS) {
      if (upper.startsWith(s) && isCameraNumber(stem, s.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether at least three digits follow a camera stem that ends at {@code from}. */
  private static boolean isCameraNumber(String stem, int from) {
    int digits = 0;
    for (int k = from; k < stem.length() && Character.isDigit(stem.charAt(k)); k++) {
      digits++;
    }
    return digits >= 3;
  }

  /** The text with its file-name words blanked. */
  static String withoutFileNames(String text) {
    if (!hasFileName(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : text.split(" ")) {
      if (!isFileName(trimPunctuation(w))) {
        sb.append(w).append(' ');
      }
    }
    return sb.toString().strip();
  }

  /**
   * Whether the text holds a camera or image file name: a word ending in an image extension
   * ("beach.jpg") or a camera stem followed by digits ("IMG_1234", "DSC00042"). Scanned word by word,
   * no regular expression.
   */
  static boolean hasFileName(String text) {
    if (!mayHoldFileName(text)) {
      return false; // most texts have neither an extension's dot nor a camera stem's digits
    }
    return scanForFileName(text);
  }

  /** {@link #hasFileName} without its pre-test: every whitespace-separated token is tried. */
  static boolean scanForFileName(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start && isFileName(trimPunctuation(text.substring(start, i)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A necessary condition of {@link #isFileName} on some token, in one pass without allocation: a dot
   * between a letter or digit and an ASCII letter (an extension: ".jpg", ".PNG"; a sentence's full stop
   * is followed by a space), or a run of three digits (a camera stem's number). Real prose ends nearly
   * every sentence with a dot, so a test for any dot let almost every block through to the token scan.
   */
  private static boolean mayHoldFileName(String text) {
    int digits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9' || c >= 0x80 && Character.isDigit(c)) {
        if (++digits >= 3) {
          return true;
        }
        continue;
      }
      digits = 0;
      if (c == '.' && i > 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i - 1))) {
        char next = text.charAt(i + 1);
        if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
          return true;
        }
      }
    }
    return false;
  }

  private static String trimPunctuation(String w) {
    return CaptionCues.trim(w, "\"'([{\u201C\u2018", "\"')]},;:!?\u201D\u2019");
  }

  private static boolean isFileName(String w) {
    if (w.indexOf('/') >= 0 || w.indexOf('\\') >= 0) {
      // A path ("../images/img.jpg", "/static/logo.png") is a file the document refers to, as
      // documentation names the files it ships; a pasted caption carries the camera's bare name.
      return false;
    }
    return isAscii(w) ? isAsciiFileName(w) : isFileNameCaseMapped(w);
  }

  /** {@link #isFileName} on the word's lower- and upper-case forms: for any word. */
  static boolean isFileNameCaseMapped(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    for (String ext : IMAGE_EXTENSIONS) {
      if (lower.length() > ext.length() && lower.endsWith(ext)
          && Character.isLetterOrDigit(lower.charAt(lower.length() - ext.length() - 1))) {
        return true;
      }
    }
    String upper = w.toUpperCase(Locale.ROOT);
    for (String stem : CAMERA_STEMS) {
      if (upper.startsWith(stem) && w.length() >= stem.length() + 3) {
        int digits = 0;
        for (int k = stem.length(); k < w.length() && Character.isDigit(w.charAt(k)); k++) {
          digits++;
        }
        if (digits >= 3) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAscii(String w) {
    for (char c : w.toCharArray()) { // a copy, not String.charAt: see TextNormalizer.normalize
      if (c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code c} is one of {@link #CODE_CHARS}: a table for ASCII, the string for the rest. */
  private static boolean isCodeChar(char c) {
    return c < 0x80 ? ASCII_CODE_CHARS[c] : CODE_CHARS.indexOf(c) >= 0;
  }

  private static final boolean[] ASCII_CODE_CHARS = new boolean[128];

  static {
    for (char c : CODE_CHARS.toCharArray()) {
      if (c < 0x80) {
        ASCII_CODE_CHARS[c] = true;
      }
    }
  }

  /**
   * {@link #isFileName} of an ASCII word, without making its lower- and upper-case forms: on ASCII,
   * case mapping changes only the letters, one char for one.
   */
  static boolean isAsciiFileName(String w) {
    int n = w.length();
    for (String ext : IMAGE_EXTENSIONS) {
      if (n > ext.length() && w.regionMatches(true, n - ext.length(), ext, 0, ext.length())
          && Character.isLetterOrDigit(w.charAt(n - ext.length() - 1))) {
        return true;
      }
    }
    for (String stem : CAMERA_STEMS) {
      if (n >= stem.length() + 3 && w.regionMatches(true, 0, stem, 0, stem.length())) {
        int digits = 0;
        for (int k = stem.length(); k < n && Character.isDigit(w.charAt(k)); k++) {
          digits++;
        }
        if (digits >= 3) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a short text reads as code, markup, an identifier or a menu path: two or more of
   * {@link #CODE_CHARS}, or a word with an inner dot, underscore or capital ("os.path", "MAX_WORDS",
   * "getValue").
   */
  static boolean readsAsCode(String text) {
    if (text.contains("::") || text.contains("--") || CaptionCues.readsAsCommand(text)) {
      return true;
    }
    // The loops read a copy of the chars, not String.charAt: see TextNormalizer.normalize.
    char[] chars = text.toCharArray();
    int n = chars.length;
    int code = 0;
    for (int i = 0; i < n; i++) {
      if (isCodeChar(chars[i]) && ++code >= 2) {
        return true;
      }
    }
    for (int i = 1; i + 1 < n; i++) {
      char c = chars[i];
      char prev = chars[i - 1];
      char next = chars[i + 1];
      if ((c == '.' || c == '_') && Character.isLetter(prev) && Character.isLetter(next)) {
        return true;
      }
      if (Character.isUpperCase(c) && Character.isLowerCase(prev) && Character.isLetter(next)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text at a place has a paragraph of the page's own prose just before it, and prose, a
   * heading or a short line without a sentence's end (a re-inserted title) just after it. A short
   * sentence after it ("Choose File - Print.") is what a lead-in introduces, an instruction.
   */
  private static boolean standsAlone(List<Block> blocks, PageWords words, int before, int after) {
    return before >= 0 && after < blocks.size() && isProse(blocks.get(before), words)
        && (isProse(blocks.get(after), words) || blocks.get(after).kind() == BlockKind.HEADING
            || words.count(after) <= TitleFacts.MAX_TITLE_WORDS
                && !Words.endsSentence(blocks.get(after).text()) && !readsAsCode(blocks.get(after).text())
                && opensProse(blocks, words, after + 1));
  }

  /**
   * Whether the text from block {@code at} on goes on in prose: a paragraph of the page's own, or a
   * heading. A short line that no prose follows is no heading or re-inserted title but the end of the
   * text: a post's author and profile after a forum signature, a newsletter's form after its sign-off.
   */
  private static boolean opensProse(List<Block> blocks, PageWords words, int at) {
    return at < blocks.size()
        && (isProse(blocks.get(at), words) || blocks.get(at).kind() == BlockKind.HEADING);
  }

  /**
   * Grammar words that only German writes among the languages of {@link #PHRASE_WORDS}: where one
   * stands, capitals on every noun are the language's spelling, not a heading's case.
   */
  static final Set<String> GERMAN_GRAMMAR_WORDS = Set.of("der", "das", "dem", "ein", "eine", "einem",
      "einer", "einen", "eines", "und", "mit", "von", "vom", "zum", "zur", "im", "auf", "bei", "beim",
      "\u00fcber", "f\u00fcr", "aus", "unter", "neben", "hinter");

  /** Least capitalised content words of a line in headline case. */
  static final int MIN_HEADLINE_WORDS = 3;

  /**
   * Whether the text is written in headline case: it opens with a capital, and every word of letters
   * that is no grammar word ({@link Words#STOP}, {@link #OTHER_GRAMMAR_WORDS}) opens with a capital, at
   * least {@value #MIN_HEADLINE_WORDS} of them ("Implementing Transitions as Transformations into
   * Different Types", "Denial of Service / Cachebusting"). Documentation capitalises its section
   * titles so (the Chicago Manual's headline style); a picture's description is a phrase in sentence
   * case. Words with digits or marks are skipped.
   */
  static boolean isHeadlineCased(String text) {
    String t = text.strip();
    if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    int capitals = 0;
    for (String raw : t.split(" ")) {
      String w = trimPunctuation(raw);
      if (w.isEmpty() || !isWord(w, true)) {
        continue;
      }
      String lower = w.toLowerCase(Locale.ROOT);
      if (GERMAN_GRAMMAR_WORDS.contains(lower)) {
        return false; // German capitalises every noun: "Handwerker beim Verlegen von Parkett"
      }
      if (Words.STOP.contains(lower) || OTHER_GRAMMAR_WORDS.contains(lower)) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return false;
      }
      capitals++;
    }
    return capitals >= MIN_HEADLINE_WORDS;
  }

  /**
   * Whether block {@code next} goes on with a sentence left open above it: its text opens with a
   * lower-case letter, and it is no heading. A pasted caption is followed by the article's next
   * paragraph, which opens a sentence of its own, or by the page's title re-inserted (which the caller
   * leaves out: a title may be written in lower case).
   */
  static boolean continuesBelow(List<Block> blocks, int next) {
    if (next >= blocks.size() || blocks.get(next).kind() == BlockKind.HEADING) {
      return false;
    }
    String t = blocks.get(next).text().strip();
    return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
  }

  /**
   * Whether block {@code prev} is a short lead-in cut off by an ellipsis ("To access this
   * command...", {@link CaptionCues#endsAsLeadIn}): the next block is what it introduces. Prose of
   * {@link TitleFacts#PROSE_WORDS} words or more trailing off in an ellipsis is no lead-in.
   */
  static boolean followsLeadIn(List<Block> blocks, PageWords words, int prev) {
    if (prev < 0 || words.count(prev) >= TitleFacts.PROSE_WORDS) {
      return false;
    }
    String t = blocks.get(prev).text().strip();
    return t.endsWith("..") || t.endsWith("\u2026");
  }

  /**
   * Whether a place lies inside a run of short blocks of text (not headings, not prose paragraphs):
   * one on each side of it and a third beyond one of them, as the entries of a list whose items are
   * paragraphs, with its lead-in, stand. A pasted caption stands beside the article's paragraphs.
   */
  private static boolean inRun(List<Block> blocks, PageWords words, int before, int after) {
    if (before < 0 || after >= blocks.size() || !isEntry(blocks.get(before), words)
        || !isEntry(blocks.get(after), words)) {
      return false;
    }
    return (before >= 1 && isEntry(blocks.get(before - 1), words))
        || (after + 1 < blocks.size() && isEntry(blocks.get(after + 1), words));
  }

  private static boolean isEntry(Block b, PageWords words) {
    int n = words.count(b.index());
    return n > 0 && n < TitleFacts.PROSE_WORDS && b.kind() != BlockKind.HEADING
        && !TitleFacts.isFurniture(b);
  }

  /** Blocks under a line read for the words its heading would announce. */
  static final int HEADED_BLOCKS = 2;
  /** Most words of a label line whose next line is its value ("Description:", "Module Identifier:"). */
  static final int MAX_LABEL_WORDS = 3;

  /**
   * Whether {@code text} reads as the heading of the text from block {@code next} on: the next
   * {@value #HEADED_BLOCKS} blocks of the page's own content (a paragraph, or a listing and the
   * paragraph after it) take up its words ({@link SectionHeadings#developedBy}).
   */
  private static boolean isHeadingOf(List<Block> blocks, PageWords words, int next, String text) {
    StringBuilder under = new StringBuilder();
    for (int i = next; i < blocks.size() && i < next + HEADED_BLOCKS; i++) {
      Block b = blocks.get(i);
      if (TitleFacts.isFurniture(b) || b.kind() == BlockKind.HEADING) {
        break;
      }
      under.append(b.text()).append(' ');
    }
    return under.length() > 0 && SectionHeadings.developedBy(text, under.toString());
  }

  /**
   * Whether block {@code label} is a field's label whose value is the next line: at most
   * {@value #MAX_LABEL_WORDS} words ending in a colon, and no picture's label ("Photo:",
   * "Pictured above:"), whose next line would be the picture's text.
   */
  private static boolean isFieldValue(List<Block> blocks, int label) {
    if (label < 0) {
      return false;
    }
    String t = blocks.get(label).text().strip();
    if (!t.endsWith(":") || Words.of(t).size() > MAX_LABEL_WORDS) {
      return false;
    }
    String probe = t + " x";
    return !(hasPrefix(probe) || CaptionCues.hasPositionLabel(probe)
        || CaptionCues.hasPictureLabel(probe) || CaptionCues.isCreditLine(t + " Jane Doe"));
  }

  private static boolean isProse(Block b, PageWords words) {
    return !TitleFacts.isFurniture(b) && b.kind() != BlockKind.HEADING
        && b.kind() != BlockKind.PREFORMATTED
        && TitleFacts.isOwnProse(b, words);
  }
}
