package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The held-out labelled corpus: pages to measure the spam detectors on that neither they nor
 * {@link LabelledCorpus} (the corpus they are tuned on) were written against. Its text, its caption
 * pool and its seed are its own and were written once; do not tune a detector on it, or it stops being
 * held out (docs/real-sites.md, "Labelled data").
 *
 * <p>Six hosts on different subjects, twenty pages each, every page written twice from the same draw: a
 * plain-text form (title line, then the article, with a little of the site's text around it) and an HTML
 * form with a full site template around the article: a prose cookie notice before the {@code h1}, a
 * breadcrumb ending in the title, a share bar, a newsletter box, a sidebar whose table of contents lists
 * the page's own title, previous/next links and a related-posts list. Four hosts carry injected spam;
 * a news-like host and a documentation host carry none and are there for precision.
 *
 * <p>Injected, and labelled per page and block:
 * <ul>
 *   <li>captions in five styles ({@link Style}): scene descriptions that name no colour and no garment;
 *       "Photo:", "Image:" and "Credit:" prefixes; camera and file names left as text; one off-topic
 *       caption recurring on a third of one host's unrelated pages (and one on three hosts); captions
 *       that stand as an {@code img} alt and again as text after it;
 *   <li>the title re-inserted in the body, after a caption or on its own;
 *   <li>a "key points" paragraph restating the page, and keyword stuffing.
 * </ul>
 * Hard negatives, labelled too: figure captions about the article, sub-headings, bylines and datelines,
 * short real paragraphs, and the template itself.
 */
final class HeldOutCorpus {

  /** The held-out seed; the tuning corpus uses another. */
  static final long SEED = 0x4E1D_0C7L;

  /** How an injected caption is written. */
  enum Style {
    /** A stock-photo scene that names no colour and no garment. */
    SCENE,
    /** "Photo:", "Image:" or "Credit:" before a scene. */
    PREFIXED,
    /** A camera or file name left standing as text. */
    FILE_NAME,
    /** The same off-topic caption on unrelated pages of a host (or of several hosts). */
    RECURRING,
    /** An {@code img} alt in the HTML form, repeated as a text block right after the image. */
    ALT_REPEATED
  }

  /** What a labelled block is. The first four are spam; the rest are hard negatives. */
  enum Kind {
    CAPTION, TITLE_REPEAT, KEY_POINTS, STUFFED, FIGURE_CAPTION, HEADING, BYLINE, SHORT_PARAGRAPH;

    boolean spam() {
      return this == CAPTION || this == TITLE_REPEAT || this == KEY_POINTS || this == STUFFED;
    }
  }

  /**
   * A labelled block of a page.
   *
   * @param kind what it is
   * @param text its text, as it stands in the plain-text form
   * @param style how a caption is written; null for other kinds
   */
  record Labelled(Kind kind, String text, Style style) {}

  /** One page, in both forms. */
  static final class Page {
    /** host/name, without extension: the same for both forms. */
    final String key;
    final String host;
    String title;
    final List<Labelled> blocks = new ArrayList<>();

    Page(String key, String host) {
      this.key = key;
      this.host = host;
    }

    boolean has(Kind kind) {
      for (Labelled b : blocks) {
        if (b.kind() == kind) {
          return true;
        }
      }
      return false;
    }

    boolean spam() {
      for (Labelled b : blocks) {
        if (b.kind().spam()) {
          return true;
        }
      }
      return false;
    }

    List<Labelled> captions() {
      List<Labelled> out = new ArrayList<>();
      for (Labelled b : blocks) {
        if (b.kind() == Kind.CAPTION) {
          out.add(b);
        }
      }
      return out;
    }
  }

  /** Pages by key, in the order written. */
  final Map<String, Page> pages = new LinkedHashMap<>();

  private final Random rnd;

  HeldOutCorpus(long seed) {
    this.rnd = new Random(seed);
  }

  // ---- The hosts and their subjects ----------------------------------------------------------------

  /** A host: its name, site name, whether spam is injected, and its subject's words and sentences. */
  private record Host(String name, String site, boolean spammy, String[] places, String[] things,
      String[] people, String[] sentences, String[] titles, String[] headings, String[] figures) {}

  private static final String[] PEOPLE = {"Marta Quinlan", "Owen Achebe", "Ines Varga", "Tomás Reilly",
      "Priya Holm", "Declan Moss", "Yuki Brandt", "Ada Okafor", "Lucas Ferreira", "Nell Jamieson"};

  private static final Host GAZETTE = new Host("tidewater-gazette.example", "Tidewater Gazette", true,
      new String[] {"the north quay", "Saltmarsh Lane", "the old ferry terminal", "Kittle Point",
          "the harbour office", "St Brannoc’s church hall", "the lifeboat station", "Mill Creek"},
      new String[] {"ferry timetable", "parking scheme", "sea wall", "harbour dues", "flood barrier",
          "bus route", "fish market", "slipway", "library extension", "speed limit"},
      PEOPLE,
      new String[] {
          "Councillors voted {num} to {num2} on Tuesday to delay the {thing} until the spring.",
          "Residents near {place} say the {thing} has been discussed for longer than anyone can remember.",
          "“We were promised a decision by August,” said {person}, who has lived on the front for years.",
          "The harbour board expects the work on the {thing} to cost about £{num}0,000.",
          "A public meeting is planned at {place} for anyone who wants to comment on the {thing}.",
          "Engineers surveyed {place} after last winter’s storms and found the {thing} in worse shape than "
              + "recorded.",
          "Traders at {place} told the Gazette that footfall fell when the {thing} was last closed.",
          "{person}, who chairs the residents’ group, described the consultation as rushed.",
          "The council’s own report, published in {month}, lists the {thing} as a medium risk.",
          "Funding for the {thing} depends on a grant that will not be confirmed before {month}.",
          "Ferry crews have been asked to keep clear of {place} while divers inspect the moorings.",
          "Some owners moved their boats to {place} rather than pay the new {thing} charges.",
          "The last time the {thing} was rebuilt, in 1987, the quay stayed shut for eleven weeks.",
          "According to the harbour master, around {num} vessels use {place} in a typical week.",
          "Opponents argue that the {thing} will push visitors away from the older streets.",
          "A petition against the change at {place} has gathered {num}00 signatures so far.",
          "Officers will report back to the planning committee once the survey of the {thing} is done.",
          "{person} said the town had “waited long enough” for a decision on the {thing}.",
          "The consultation closes at the end of {month}, and responses can be posted or emailed.",
          "Police asked drivers to avoid {place} during the tide surveys on Thursday morning.",
          "A spokesperson for the operator said the {thing} would not affect Sunday sailings.",
          "Volunteers from {place} cleared debris from the foreshore over the weekend.",
          "In a written answer, the council confirmed that the {thing} budget had been cut by a tenth.",
          "Shops along {place} will stay open while the contractors set up their compound."},
      new String[] {"Council delays decision on {thing} at {place}", "{thing} plan divides {place} residents",
          "Questions raised over cost of {thing}", "Harbour board publishes {thing} survey",
          "What the {thing} vote means for {place}"},
      new String[] {"What happens next", "Background", "Reaction", "The numbers", "Timeline"},
      new String[] {"The {thing} at {place}, photographed during the survey in {month}.",
          "Work on the {thing} near {place} began last year.",
          "A map of the proposed {thing}, supplied by the council."});

  private static final Host FIXIT = new Host("fixit-notes.example", "Fixit Notes", true,
      new String[] {"the bathroom", "the hallway", "the loft", "the back door", "the kitchen sink",
          "the garden shed", "the stairs", "the utility room"},
      new String[] {"silicone bead", "radiator valve", "door hinge", "skirting board", "tap washer",
          "plasterboard patch", "floor tile", "window latch", "drain trap", "shelf bracket"},
      PEOPLE,
      new String[] {
          "Before you start on the {thing}, turn off the water or power that feeds {place}.",
          "A {thing} that has failed once will usually fail again unless the cause is fixed.",
          "You need a flat screwdriver, a utility knife and about {num} minutes of patience.",
          "Scrape the old {thing} away completely; new material will not bond to old residue.",
          "If the {thing} in {place} still drips after the repair, the seat is probably worn.",
          "Measure twice before you cut: a {thing} that is {num} mm too short cannot be stretched.",
          "Most hardware shops sell a replacement {thing} for less than £{num}.",
          "Work in good light, and keep a bucket nearby in case the {thing} lets go suddenly.",
          "Leave the {thing} to cure for a full day before you use {place} again.",
          "A hairline crack around the {thing} is cosmetic; a gap you can fit a coin into is not.",
          "Wipe the surface with white spirit so that dust does not spoil the finish.",
          "Tighten the fixing a quarter turn at a time, checking the {thing} after each turn.",
          "Our reader {person} found that a squeak in {place} came from a loose {thing}, not the floor.",
          "Old houses rarely have square corners, so scribe the {thing} to the wall rather than trusting "
              + "the tape.",
          "Keep the offcuts: a spare piece of {thing} makes the next repair much quicker.",
          "If the fixing spins in the hole, plug it with a matchstick and a little glue.",
          "The job is messier than it is difficult, so lay a dust sheet across {place} first.",
          "Check the manufacturer’s notes, because some {thing}s need a specific sealant.",
          "When in doubt, photograph the {thing} before taking it apart so you can put it back.",
          "A cheap moisture meter will tell you whether the wall behind {place} is still damp.",
          "Replace the {thing} in spring or autumn, when the house is neither very hot nor very cold.",
          "Wear gloves: the edges of a cut {thing} can be sharper than they look.",
          "Sand lightly between coats, then wipe with a damp cloth and let it dry."},
      new String[] {"How to replace a {thing} in {place}", "Fixing a leaking {thing}: a step-by-step guide",
          "When to call a professional about your {thing}", "Five mistakes people make with a {thing}",
          "Repairing the {thing} in {place} without special tools"},
      new String[] {"What you need", "Step by step", "Troubleshooting", "Safety first", "Finishing off"},
      new String[] {"The old {thing} removed, showing the dirt underneath.",
          "Fitting the new {thing} in {place}.", "The finished {thing} after a day of curing."});

  private static final Host KITCHEN = new Host("quietkitchen.example", "Quiet Kitchen", true,
      new String[] {"a cast-iron pan", "a low oven", "the fridge", "a heavy saucepan", "a baking tray",
          "the freezer", "a wide bowl", "a steamer basket"},
      new String[] {"lentil soup", "soda bread", "barley risotto", "pickled onions", "rhubarb crumble",
          "chickpea stew", "potato gratin", "spiced pear chutney", "oat biscuits", "leek tart"},
      PEOPLE,
      new String[] {
          "This {thing} takes about {num} minutes from start to finish, most of it unattended.",
          "Use {place} if you have one; it holds the heat evenly and stops the base from catching.",
          "My grandmother made {thing} every Friday, and this version is only slightly changed.",
          "Season at the end rather than the start, because the liquid reduces and concentrates the salt.",
          "The {thing} keeps for {num} days covered, and it improves on the second day.",
          "Chop the onions finely so that they melt into the {thing} instead of staying crunchy.",
          "If you cannot find fresh herbs, a teaspoon of dried thyme works almost as well.",
          "Stir every few minutes, scraping the bottom of {place} with a flat wooden spoon.",
          "Reader {person} suggests adding a squeeze of lemon just before serving the {thing}.",
          "The recipe doubles easily, but cook it in two batches or it will steam rather than brown.",
          "Leftover {thing} freezes well in portions; thaw it overnight in {place}.",
          "Don’t skip the resting time: the {thing} firms up and slices cleanly after ten minutes.",
          "Buy the vegetables a day ahead so that you can prepare them while {place} heats up.",
          "A splash of cider vinegar lifts the {thing} if it tastes flat.",
          "Serve the {thing} with crusty bread and a sharp green salad.",
          "Weigh the flour rather than using cups; the difference matters for a {thing}.",
          "Older recipes call for twice the sugar, which hides the flavour of the fruit.",
          "The mixture should look rough and uneven at this stage, which is exactly right.",
          "If the {thing} looks dry after {num} minutes, add a ladle of hot stock and carry on.",
          "Cool the {thing} completely before it goes into {place}, or it will sweat.",
          "You can make the base a day before and finish the {thing} just before guests arrive.",
          "A little butter at the end gives the {thing} a glossy finish.",
          "Taste as you go, and trust your own palate over any timing given here."},
      new String[] {"Easy {thing} for busy weeknights", "The only {thing} recipe you will need",
          "{thing} made in {place}", "How to rescue a {thing} that went wrong",
          "A slow Sunday {thing}"},
      new String[] {"Ingredients", "Method", "Storing and reheating", "Variations", "Serving"},
      new String[] {"The {thing} just out of {place}.", "Our {thing}, served with bread.",
          "Preparing the {thing} in {place}."});

  private static final Host TRAILS = new Host("trailhead-journal.example", "Trailhead Journal", true,
      new String[] {"Coire Dubh", "the Hollin ridge", "Ashby Fell", "the Serra do Gerês", "Loch Ossian",
          "the Wenning valley", "Pen Dinas", "the old drove road"},
      new String[] {"circular walk", "bothy route", "ridge traverse", "river crossing", "summit path",
          "forest loop", "coastal section", "hut-to-hut trek", "scramble", "waymarked trail"},
      PEOPLE,
      new String[] {
          "The {thing} starts from a small car park below {place} and climbs steadily for {num} kilometres.",
          "After heavy rain the {thing} near {place} can be impassable, so check the forecast first.",
          "We walked it in late {month}, when the bracken had turned and the paths were quiet.",
          "Allow about {num} hours, more if you stop for lunch by the cairn.",
          "The ground is rough underfoot, and the {thing} is not waymarked after the second gate.",
          "{person}, who leads groups here, recommends carrying a map even on clear days.",
          "From {place} the view opens out across the valley towards the reservoir.",
          "There is no phone signal beyond {place}, so tell someone your route.",
          "The descent is steeper than the climb; poles help if your knees complain.",
          "A seasonal café at the road end serves soup from Easter to October.",
          "Cattle graze the lower fields, so keep dogs on a short lead near {place}.",
          "The {thing} links with a longer route if you want to make a weekend of it.",
          "Parking costs £{num} for the day, and the machine takes cards.",
          "In winter conditions the {thing} is a serious undertaking and needs an ice axe.",
          "The path is eroded in places; stay on the stone pitching where it exists.",
          "Trains stop at the village twice a day, which makes a linear {thing} possible.",
          "Water is plentiful from the streams, but treat it before drinking.",
          "Midges can be fierce at {place} in July, so pack a head net.",
          "The ruined shieling halfway along is a good place to shelter from the wind.",
          "Our route card gives grid references for each junction on the {thing}.",
          "Local volunteers repaired the footbridge at {place} after the floods.",
          "The {thing} is popular at weekends; on a weekday we met only {num} people.",
          "Sunset from the top is worth the walk down in the half-light, with a head torch."},
      new String[] {"Walking the {thing} to {place}", "A quiet {thing} above {place}",
          "{place}: a {thing} for short days", "Planning a {thing} in {place}",
          "The {thing} nobody talks about"},
      new String[] {"Getting there", "The route", "Conditions", "Where to stay", "Maps"},
      new String[] {"Looking back along the {thing} towards {place}.", "The start of the {thing} at {place}.",
          "Our route over {place}, drawn on the map."});

  private static final Host LEDGER = new Host("ledgerwise.example", "Ledgerwise", false,
      new String[] {"a workplace pension", "an easy-access account", "a current account", "an ISA",
          "the household budget", "a credit card", "a fixed-rate bond", "the emergency fund"},
      new String[] {"interest rate", "direct debit", "overdraft", "tax code", "savings goal",
          "credit score", "standing order", "payslip", "energy bill", "insurance renewal"},
      PEOPLE,
      new String[] {
          "Check your {thing} at least once a year, because small errors compound over time.",
          "Moving money into {place} is only worth it if the {thing} beats inflation.",
          "Many people never look at their {thing} until something goes wrong.",
          "A {thing} that changes without notice should prompt a call to your provider.",
          "{person}, a reader from Leeds, saved £{num} a month by switching {place}.",
          "Keep three months of spending in {place} before you think about investing.",
          "The {thing} on your statement may differ from the advertised one after the first year.",
          "Write down every regular payment and compare the list with {place}.",
          "Fees matter more than headline returns when the sums are small.",
          "If your {thing} looks wrong, ask your employer’s payroll team before contacting the tax office.",
          "Set a reminder a month before any {thing} comes up for renewal.",
          "Comparison sites do not always list every provider, so check a couple directly.",
          "A missed payment stays on your file for {num} years, though its effect fades.",
          "Splitting bills by direct debit smooths out the expensive winter months.",
          "Round-up schemes feel painless, but review whether the {thing} is worth it.",
          "Paying more than the minimum on {place} cuts the total interest sharply.",
          "Couples should agree who owns {place} before opening it.",
          "The rules on {thing}s changed in {month}, so older advice may be out of date.",
          "None of this is regulated advice; speak to an adviser about your own case.",
          "Tracking spending for a single month often shows where the money goes.",
          "The best {thing} is the one you will actually keep up.",
          "Read the terms before accepting any offer that arrives with the {thing} letter."},
      new String[] {"How to read your {thing}", "Is {place} worth it this year?",
          "What to do when your {thing} changes", "A simple plan for {place}", "The {thing} checklist"},
      new String[] {"In short", "How it works", "What to watch for", "Example", "Next steps"},
      new String[] {"An example {thing}, with the figures to check marked.",
          "How {place} compares over five years.", "A sample {thing} letter."});

  private static final Host DOCS = new Host("pocketdocs.example", "Pocketdocs manual", false,
      new String[] {"the settings file", "the command line", "the sync folder", "the plugin directory",
          "the log window", "the export dialog", "the project view", "the status bar"},
      new String[] {"sync profile", "backup schedule", "conflict rule", "export format", "keyboard shortcut",
          "proxy setting", "plugin manifest", "log level", "remote target", "filter expression"},
      PEOPLE,
      new String[] {
          "A {thing} is read from {place} when the application starts.",
          "To change the {thing}, open {place} and edit the matching entry.",
          "The {thing} accepts a comma-separated list; spaces around the commas are ignored.",
          "If the {thing} is missing, the default shown in the table below applies.",
          "Changes to the {thing} take effect after a restart unless live reload is on.",
          "Each {thing} has a name, which must be unique within {place}.",
          "The {thing} can also be given on {place} with the --{word} option.",
          "Errors in the {thing} are written to {place} with the line number.",
          "Older versions stored the {thing} elsewhere; they are migrated on first start.",
          "Set the {thing} to off to disable the feature entirely.",
          "The value is case-insensitive, so Daily and daily mean the same.",
          "When two rules match, the one listed first in {place} wins.",
          "See the previous section for how the {thing} interacts with filters.",
          "The {thing} is validated before it is saved, and invalid entries are rejected.",
          "A {thing} may refer to environment variables written as ${HOME}.",
          "Up to {num} entries are supported; more are ignored with a warning.",
          "The example below shows a minimal {thing} that works on all platforms.",
          "Administrators can lock the {thing} so that users cannot change it.",
          "Timestamps in {place} are always in UTC.",
          "If sync stalls, lowering the {thing} often shows the cause in {place}.",
          "Removing a {thing} does not delete any files it created.",
          "The command exits with status 2 when the {thing} cannot be parsed."},
      new String[] {"Configuring the {thing}", "The {thing} reference", "{thing} and {place}",
          "Troubleshooting the {thing}", "Setting a {thing} from {place}"},
      new String[] {"Syntax", "Options", "Examples", "Notes", "See also"},
      new String[] {"The {thing} entry in {place}.", "Editing the {thing} in {place}.",
          "The {thing} options, as shown in {place}."});

  private static final Host[] HOSTS = {GAZETTE, FIXIT, KITCHEN, TRAILS, LEDGER, DOCS};
  /** Pages per host. */
  static final int PAGES_PER_HOST = 20;

  private static final String[] MONTHS = {"January", "March", "April", "June", "September", "October",
      "November"};
  private static final String[] WORDS = {"profile", "target", "level", "rule", "format", "filter"};

  // ---- The caption pool, written once: none of it names a colour or a garment ----------------------

  private static final String[] SCENES = {
      "Two friends laughing together at a kitchen table",
      "A dog asleep beside a crackling fireplace",
      "Commuters waiting on a train platform at dusk",
      "Hands typing on a laptop keyboard next to a cup of coffee",
      "Close-up of a notebook and pen on a wooden desk",
      "Young family walking along a sandy beach at sunset",
      "Businessman talking on the phone in a modern office",
      "Smiling grandmother reading a story to her grandson",
      "Group of students studying in a bright library",
      "Couple relaxing on a sofa with a bowl of popcorn",
      "Woman doing yoga on a balcony overlooking the city",
      "Man jogging through a park on an autumn morning",
      "Happy toddler playing with building blocks on the carpet",
      "Team of colleagues high-fiving around a conference table",
      "Cat stretching on a sunny windowsill",
      "Stack of books beside a steaming mug on a rainy afternoon"};
  private static final String[] PREFIXES = {"Photo: ", "Image: ", "Credit: ", "Photo: ", "Image: "};
  private static final String[] FILE_NAMES = {"IMG_4021.JPG", "DSC_0042", "IMG_20230611_154233",
      "shutterstock_1083256722.jpg", "happy-family-beach-holiday-2.jpg", "PXL_20240302_091512.jpg",
      "DSCN7710.JPG", "hero-banner-final-v2.png", "stock-photo-woman-laptop.jpeg", "GOPR0135.JPG",
      "P1030448.jpg", "iStock-948328022.jpg"};
  /** Off-topic captions that recur: one on a third of a host's pages, one across three hosts. */
  private static final String HOST_RECURRING = "Woman smiling while reading a book on the sofa";
  private static final String CROSS_HOST_RECURRING = "Happy couple holding hands on a mountain top at sunrise";

  // ---- Writing ---------------------------------------------------------------------------------------

  /** Writes the text form under textRoot and the HTML form under htmlRoot, one folder per host. */
  HeldOutCorpus write(Path textRoot, Path htmlRoot) throws IOException {
    for (Host host : HOSTS) {
      List<Page> hostPages = new ArrayList<>();
      List<List<String[]>> bodies = new ArrayList<>();
      // Which pages of the host carry the host-recurring caption: a third of them, on unrelated pages.
      Set<Integer> recurringOn = new LinkedHashSet<>();
      if (host == GAZETTE) {
        while (recurringOn.size() < 7) {
          recurringOn.add(rnd.nextInt(PAGES_PER_HOST));
        }
      }
      Set<String> titles = new LinkedHashSet<>();
      for (int p = 0; p < PAGES_PER_HOST; p++) {
        Page page = new Page(host.name() + "/" + slug(host, p), host.name());
        String thing;
        String title;
        do { // titles are unique within a host, as on a real site
          thing = pick(host.things());
          title = cap(fill(pick(host.titles()), host, thing));
        } while (!titles.add(title));
        page.title = title;
        hostPages.add(page);
        bodies.add(body(host, page, thing, p, recurringOn.contains(p)));
      }
      for (int p = 0; p < PAGES_PER_HOST; p++) {
        Page page = hostPages.get(p);
        pages.put(page.key, page);
        String prev = p > 0 ? hostPages.get(p - 1).title : null;
        String next = p + 1 < PAGES_PER_HOST ? hostPages.get(p + 1).title : null;
        List<String> related = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
          related.add(hostPages.get((p + 5 * k) % PAGES_PER_HOST).title);
        }
        List<String> toc = new ArrayList<>();
        int from = (p / 5) * 5; // a sidebar lists the five pages of the page's section, its own included
        for (int k = from; k < from + 5; k++) {
          toc.add(hostPages.get(k).title);
        }
        write(textRoot.resolve(page.key + ".txt"), text(host, page, bodies.get(p)));
        write(htmlRoot.resolve(page.key + ".html"), html(host, page, bodies.get(p), toc, prev, next,
            related, p));
      }
    }
    return this;
  }

  /** Page names: each host names its pages its own way. */
  private static String slug(Host host, int p) {
    return switch (host.name().substring(0, host.name().indexOf('.'))) {
      case "tidewater-gazette" -> "news/2026/story-" + (1400 + 7 * p);
      case "pocketdocs" -> "manual/section-" + (p / 5 + 1) + "-" + (p % 5 + 1);
      default -> "posts/entry-" + p;
    };
  }

  /**
   * The article's blocks, in order, as {kind, text, style, extra}: kind is p, h2, li, figure, caption,
   * byline, short; a caption block's style names how the HTML form writes it.
   */
  private List<String[]> body(Host host, Page page, String thing, int index, boolean hostRecurring) {
    List<String> sentences = new ArrayList<>(List.of(host.sentences()));
    Collections.shuffle(sentences, rnd); // drawn without replacement: a clean page does not repeat itself
    int at = 0;
    int paragraphs = 5 + rnd.nextInt(3);
    List<String> paras = new ArrayList<>();
    for (int i = 0; i < paragraphs && at < sentences.size(); i++) {
      StringBuilder sb = new StringBuilder();
      int n = 3 + rnd.nextInt(2);
      for (int s = 0; s < n && at < sentences.size(); s++) {
        sb.append(s > 0 ? " " : "").append(cap(fill(sentences.get(at++), host, thing)));
      }
      paras.add(sb.toString());
    }
    // Spam to inject, drawn so that every kind and style is well represented.
    boolean caption = host.spammy() && (hostRecurring || rnd.nextInt(10) < 6);
    Style style = hostRecurring ? Style.RECURRING : captionStyle(host);
    boolean repeatTitle = host.spammy() && rnd.nextInt(10) < 4;
    boolean keyPoints = host.spammy() && rnd.nextInt(10) < 2;
    boolean stuffed = host.spammy() && !keyPoints && rnd.nextInt(10) < 2;
    int captionAt = 1 + rnd.nextInt(Math.max(1, paras.size() - 2));
    int titleAt = 1 + rnd.nextInt(Math.max(1, paras.size() - 2));

    List<String[]> out = new ArrayList<>();
    if (rnd.nextInt(3) > 0) {
      String byline = switch (rnd.nextInt(3)) {
        case 0 -> "By " + pick(host.people()) + " · " + (2 + rnd.nextInt(9)) + " min read";
        case 1 -> "Words by " + pick(host.people()) + ", " + (1 + rnd.nextInt(28)) + " " + pick(MONTHS)
            + " 2026";
        default -> "Updated " + (1 + rnd.nextInt(28)) + " " + pick(MONTHS) + " at " + (8 + rnd.nextInt(10))
            + ":" + (10 + rnd.nextInt(50));
      };
      out.add(new String[] {"byline", byline});
      page.blocks.add(new Labelled(Kind.BYLINE, byline, null));
    }
    List<String> headings = new ArrayList<>(List.of(host.headings()));
    Collections.shuffle(headings, rnd);
    int heading = 0;
    for (int i = 0; i < paras.size(); i++) {
      if (i > 0 && i % 2 == 0 && heading < headings.size()) {
        String h = headings.get(heading++);
        out.add(new String[] {"h2", h});
        page.blocks.add(new Labelled(Kind.HEADING, h, null));
      }
      String para = paras.get(i);
      if (stuffed && (i == 1 || i == 3)) {
        para = stuff(para, thing, host);
        page.blocks.add(new Labelled(Kind.STUFFED, para, null));
      }
      out.add(new String[] {"p", para});
      if (i == 1 && rnd.nextInt(3) == 0) {
        String f = cap(fill(pick(host.figures()), host, thing));
        out.add(new String[] {"figure", f});
        page.blocks.add(new Labelled(Kind.FIGURE_CAPTION, f, null));
      }
      if (i == 2 && rnd.nextInt(4) == 0) {
        String s = shortParagraph(host, thing);
        out.add(new String[] {"short", s});
        page.blocks.add(new Labelled(Kind.SHORT_PARAGRAPH, s, null));
      }
      if (i == 3 && rnd.nextInt(3) == 0) {
        for (int k = 0; k < 3; k++) {
          out.add(new String[] {"li", cap(pick(host.places())) + " – " + pick(host.things())});
        }
      }
      if (caption && i == captionAt) {
        String c = captionText(style, hostRecurring);
        out.add(new String[] {"caption", c, style.name()});
        page.blocks.add(new Labelled(Kind.CAPTION, c, style));
      }
      if (repeatTitle && i == titleAt) {
        // Re-inserted right after the caption when there is one there, else on its own.
        out.add(new String[] {rnd.nextBoolean() ? "h2" : "p", page.title, "title"});
        page.blocks.add(new Labelled(Kind.TITLE_REPEAT, page.title, null));
      }
    }
    if (keyPoints) {
      String k = keyPoints(paras);
      out.add(new String[] {"p", k});
      page.blocks.add(new Labelled(Kind.KEY_POINTS, k, null));
    }
    return out;
  }

  private int styleTurn;

  /** Caption styles in turn, so that each gets its share; the cross-host caption now and then. */
  private Style captionStyle(Host host) {
    Style[] turns = {Style.SCENE, Style.PREFIXED, Style.FILE_NAME, Style.ALT_REPEATED, Style.SCENE,
        Style.PREFIXED, Style.FILE_NAME, Style.ALT_REPEATED, Style.RECURRING};
    Style s = turns[styleTurn++ % turns.length];
    return s == Style.RECURRING && host == GAZETTE ? Style.SCENE : s;
  }

  private String captionText(Style style, boolean hostRecurring) {
    return switch (style) {
      case SCENE, ALT_REPEATED -> pick(SCENES) + (rnd.nextInt(4) == 0 ? "." : "");
      case PREFIXED -> pick(PREFIXES) + lower(pick(SCENES));
      case FILE_NAME -> pick(FILE_NAMES);
      case RECURRING -> hostRecurring ? HOST_RECURRING : CROSS_HOST_RECURRING;
    };
  }

  private String shortParagraph(Host host, String thing) {
    return switch (rnd.nextInt(4)) {
      case 0 -> "That is all there is to it.";
      case 1 -> "Prices were correct in " + pick(MONTHS) + ".";
      case 2 -> cap(thing) + " aside, the rest is routine.";
      default -> "More on " + pick(host.places()) + " next week.";
    };
  }

  /** A closing paragraph that restates the page: clauses lifted from its paragraphs, strung together. */
  private String keyPoints(List<String> paras) {
    StringBuilder sb = new StringBuilder("Key points:");
    for (int i = 0; i < 4; i++) {
      String[] sentences = paras.get((i * 2 + 1) % paras.size()).split("(?<=[.”]) ");
      String s = sentences[rnd.nextInt(sentences.length)];
      sb.append(i == 0 ? " " : "; ").append(lower(s.endsWith(".") ? s.substring(0, s.length() - 1) : s));
    }
    return sb.append('.').toString();
  }

  /** Keyword stuffing: the subject phrase worked into every sentence and tacked on to the end. */
  private String stuff(String para, String thing, Host host) {
    String phrase = "best " + thing + " " + lower(host.site().split(" ")[0]);
    String[] sentences = para.split("(?<=[.”]) ");
    StringBuilder sb = new StringBuilder();
    for (String s : sentences) {
      sb.append(s).append(" Looking for the ").append(phrase).append("? Our ").append(phrase)
          .append(" guide has the ").append(phrase).append(". ");
    }
    return sb.toString().strip();
  }

  // ---- The two forms ---------------------------------------------------------------------------------

  /** The plain-text form: title line, a one-line notice on two hosts, the article, a short tail. */
  private String text(Host host, Page page, List<String[]> body) {
    StringBuilder sb = new StringBuilder(page.title).append("\n\n");
    if (host == GAZETTE || host == TRAILS) {
      sb.append(cookieNotice(host)).append("\n\n");
    }
    for (String[] b : body) {
      sb.append(b[0].equals("li") ? "- " : "").append(b[1]).append("\n\n");
    }
    sb.append("Share this: email, print, copy link\n\n");
    sb.append(newsletter(host)).append("\n");
    return sb.toString();
  }

  private static String cookieNotice(Host host) {
    return "We and our partners use cookies to run " + host.site() + ", to remember your choices and to "
        + "measure how our pages are read. You can change your mind at any time in the privacy settings.";
  }

  private static String newsletter(Host host) {
    return "Get the best of " + host.site() + " in your inbox every Friday. We never share your address, "
        + "and you can unsubscribe with one click.";
  }

  private String html(Host host, Page page, List<String[]> body, List<String> toc, String prev,
      String next, List<String> related, int index) {
    boolean docs = host == DOCS;
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>").append(esc(page.title)).append(" – ").append(esc(host.site()))
        .append("</title></head>\n<body>\n");
    // The cookie notice comes first, as prose in a plain div: the case where every title counted as
    // repeated because this paragraph stood before the h1.
    sb.append("<div class=\"consent\"><p>").append(esc(cookieNotice(host)))
        .append("</p><button>Accept all</button> <button>Manage choices</button></div>\n");
    sb.append("<header><a href=\"/\">").append(esc(host.site())).append("</a> <a href=\"/about\">About</a>"
        + " <a href=\"/contact\">Contact</a></header>\n");
    sb.append("<div class=\"crumbs\"><a href=\"/\">Home</a> › <a href=\"../\">").append(docs ? "Manual"
        : "Articles").append("</a> › <span>").append(esc(page.title)).append("</span></div>\n");
    String sidebar = sidebar(toc);
    if (docs) {
      sb.append(sidebar); // a documentation site's table of contents comes before the text
    }
    sb.append("<main><article>\n<h1>").append(esc(page.title)).append("</h1>\n");
    for (String[] b : body) {
      switch (b[0]) {
        case "byline" -> sb.append("<p class=\"byline\">").append(esc(b[1])).append("</p>\n");
        case "figure" -> sb.append("<figure><img src=\"/media/fig-").append(index).append(".jpg\" alt=\"")
            .append(esc(b[1])).append("\"><figcaption>").append(esc(b[1])).append("</figcaption></figure>\n");
        case "li" -> sb.append("<ul><li>").append(esc(b[1])).append("</li></ul>\n");
        case "short" -> sb.append("<p>").append(esc(b[1])).append("</p>\n");
        case "caption" -> sb.append(captionHtml(b[1], Style.valueOf(b[2]), index));
        default -> sb.append('<').append(b[0]).append('>').append(esc(b[1])).append("</").append(b[0])
            .append(">\n");
      }
    }
    sb.append("</article>\n");
    sb.append("<div class=\"share\">Share this: <a href=\"#\">Email</a> <a href=\"#\">Print</a>"
        + " <a href=\"#\">Copy link</a></div>\n");
    sb.append("<nav class=\"pager\">");
    if (prev != null) {
      sb.append("<a rel=\"prev\" href=\"#\">← ").append(esc(prev)).append("</a> ");
    }
    if (next != null) {
      sb.append("<a rel=\"next\" href=\"#\">").append(esc(next)).append(" →</a>");
    }
    sb.append("</nav>\n</main>\n");
    if (!docs) {
      sb.append(sidebar);
    }
    sb.append("<section class=\"related\"><h3>You may also like</h3><ul>");
    for (String r : related) {
      sb.append("<li><a href=\"#\">").append(esc(r)).append("</a></li>");
    }
    sb.append("</ul></section>\n");
    sb.append("<div class=\"newsletter\"><h3>Newsletter</h3><p>").append(esc(newsletter(host)))
        .append("</p><form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button>"
            + "</form></div>\n");
    sb.append("<footer><p>© 2026 ").append(esc(host.site())).append(". <a href=\"/privacy\">Privacy</a>"
        + " <a href=\"/terms\">Terms</a></p></footer>\n</body></html>\n");
    return sb.toString();
  }

  private static String sidebar(List<String> toc) {
    StringBuilder sb = new StringBuilder("<aside class=\"toc\"><h3>In this section</h3><ul>");
    for (String t : toc) {
      sb.append("<li><a href=\"#\">").append(esc(t)).append("</a></li>");
    }
    return sb.append("</ul></aside>\n").toString();
  }

  /** An injected caption in HTML: as text after a stock image; after an image whose alt is the same text. */
  private String captionHtml(String text, Style style, int index) {
    String img = "<img src=\"/media/stock-" + index + ".jpg\" alt=\""
        + esc(style == Style.ALT_REPEATED || style == Style.FILE_NAME ? text : "") + "\">";
    return switch (rnd.nextInt(3)) {
      case 0 -> "<div class=\"media\">" + img + "</div>\n<p>" + esc(text) + "</p>\n";
      case 1 -> "<p>" + img + "</p>\n<p>" + esc(text) + "</p>\n";
      default -> "<div>" + img + "<span>" + esc(text) + "</span></div>\n";
    };
  }

  // ---- Helpers ---------------------------------------------------------------------------------------

  private String fill(String template, Host host, String thing) {
    return template.replace("{thing}", thing).replace("{place}", pick(host.places()))
        .replace("{person}", pick(host.people())).replace("{month}", pick(MONTHS))
        .replace("{num2}", Integer.toString(1 + rnd.nextInt(5)))
        .replace("{num}", Integer.toString(3 + rnd.nextInt(40))).replace("{word}", pick(WORDS));
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  private String pick(String[] a) {
    return a[rnd.nextInt(a.length)];
  }
}
