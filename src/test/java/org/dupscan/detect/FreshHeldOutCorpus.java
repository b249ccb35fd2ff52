package org.dupscan.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A second held-out labelled set for the injected-caption detector, written once by someone who had not
 * read the detector, its tuning generator ({@link LabelledCorpus}) or the first held-out set's text and
 * caption pools. Its vocabulary, sentence templates, caption pool and seed are its own; do not tune a
 * detector on it, or it stops being held out.
 *
 * <p>Nine hosts on unrelated subjects (travel, home repair, pets, personal finance, running, cooking,
 * shell how-tos, local news, cycling), fifteen pages each, every page written twice from the same draw:
 * plain text (title line, then blank-line blocks) and HTML with a site template (navigation, cookie
 * banner, share bar, newsletter box, footer).
 *
 * <p>Captions are labelled per page with a {@link Style}; in HTML each stands in one of four ways
 * ({@link Placement}). Hard negatives are labelled with a {@link Kind} and must not be reported.
 */
final class FreshHeldOutCorpus {

  /** The one seed this set was written with. */
  static final long SEED = 0x5EED_F2E5L;
  static final int PAGES_PER_HOST = 15;

  /** How an injected caption is worded. */
  enum Style {
    /** A stock-photo scene with people, colours or clothing. */
    SCENE_PEOPLE,
    /** A stock-photo scene with neither people nor colours. */
    SCENE_PLAIN,
    /** "Photo:", "Image:", "Credit:", "Source:" and "Photo by" lines. */
    PREFIXED,
    /** A camera or stock file name standing alone. */
    FILE_NAME,
    /** "Pictured above: ..." lines. */
    PICTURED,
    /** A scene followed by the page's own title. */
    WITH_TITLE,
    /** One of two scenes that recur on unrelated pages of different hosts. */
    RECURRING
  }

  /** How a caption stands in the HTML form. */
  enum Placement { P_AFTER_IMG, EM_LINE, ALT_REPEATED, BARE_P }

  /** What a labelled block is. */
  enum Kind {
    CAPTION, FIGCAPTION, HEADING, BYLINE, LIST_ITEM, QUOTE, CODE, READ_MORE, TABLE_CAPTION, TIP, NOTICE;

    boolean caption() {
      return this == CAPTION;
    }
  }

  /** A labelled block of a page: its kind, its style (captions only) and its text. */
  record Labelled(Kind kind, Style style, Placement placement, String text) {}

  /** One page: its key (host/slug), title and labelled blocks. */
  static final class Page {
    final String key;
    final String host;
    final String title;
    final List<Labelled> blocks = new ArrayList<>();
    /** The body in order: a tag ("p", "h2", "li", ...) or a labelled block per entry. */
    final List<Object> body = new ArrayList<>();

    Page(String key, String host, String title) {
      this.key = key;
      this.host = host;
      this.title = title;
    }

    List<Labelled> captions() {
      return blocks.stream().filter(b -> b.kind().caption()).toList();
    }
  }

  /** A prose paragraph of the body (not labelled: it is the article). */
  record Prose(String text) {}

  /** A host: its site name, subjects, title and sentence templates, and its own on-topic short lines. */
  record Host(String name, String site, String[] things, String[] titles, String[] sentences,
      String[] figcaptions, String[] tips, String[] headings, String[] items, String[] quotes,
      boolean cookieBanner) {}

  private static final String[] NAMES = {"Marta Quist", "Olu Adeyemi", "Ines Varga", "Tom Hallberg",
      "Priya Nandakumar", "Jonas Erkki", "Claire Dubois", "Rafael Montes", "Hana Sato", "Will Okafor"};
  private static final String[] MONTHS = {"January", "March", "April", "June", "August", "October",
      "November"};

  static final Host[] HOSTS = {
      new Host("wander-notes.example", "Wander Notes",
          new String[] {"night train to Split", "ferry pass", "hostel kitchen", "coastal path", "old town walk",
              "mountain hut", "rail card", "border crossing", "harbour market", "day hike"},
          new String[] {"How we planned the %s", "A week built around the %s", "What nobody tells you about the %s",
              "Is the %s worth it on a budget"},
          new String[] {"We booked the %s four weeks ahead and paid about %d euros each.",
              "The %s filled up by mid-morning, so arrive early if you can.",
              "Timetables change in the shoulder season, and the %s runs less often after September.",
              "Locals pointed us to a cheaper option than the %s, which saved roughly %d euros.",
              "Carry cash, because card readers near the %s were unreliable.",
              "The %s took %d hours in the end, longer than the guidebook promised."},
          new String[] {"Our route map for the %s", "The timetable board at the %s station"},
          new String[] {"Tip: photograph your ticket for the %s in case the paper copy gets wet.",
              "Tip: the %s is quieter on weekdays."},
          new String[] {"Getting there", "Costs at a glance", "What we would change"},
          new String[] {"Passport and a printed booking", "Reusable water bottle", "Offline maps",
              "A light rain shell"},
          new String[] {"\"Nobody checks the seat numbers after midnight,\" the conductor told us."},
          true),
      new Host("fixit-bench.example", "Fixit Bench",
          new String[] {"dripping tap", "sticking door", "cracked tile", "loose banister", "squeaky floorboard",
              "leaking gutter", "blown fuse", "draughty window", "wobbly shelf", "blocked drain"},
          new String[] {"Fixing a %s in an afternoon", "Why your %s keeps coming back", "A beginner's guide to the %s",
              "Tools you need for a %s"},
          new String[] {"Before touching the %s, turn off the supply and test that it is really off.",
              "A %s usually starts with a worn part that costs less than %d pounds.",
              "Measure twice: most failed repairs of a %s come from a part of the wrong size.",
              "If the %s returns within a month, the cause is upstream of where you looked.",
              "Allow %d minutes for the filler or sealant to cure before loading it.",
              "Keep the old part of the %s so the shop can match it."},
          new String[] {"The %s before we took it apart", "The repaired %s after the sealant set"},
          new String[] {"Tip: a strip of masking tape stops the drill bit wandering on glazed tile.",
              "Tip: label each screw as it comes out of the %s."},
          new String[] {"What you need", "Step by step", "When to call a professional"},
          new String[] {"Adjustable spanner", "Flat and cross-head screwdrivers", "Silicone sealant",
              "A torch with spare batteries"},
          new String[] {"\"Most callouts I get are for jobs that took ten minutes,\" says a local plumber."},
          false),
      new Host("pawprint-daily.example", "Pawprint Daily",
          new String[] {"new kitten", "rescue greyhound", "senior cat", "puppy crate", "litter tray",
              "dog walker", "vet visit", "flea treatment", "raw diet", "nail trim"},
          new String[] {"Settling in a %s", "Our vet's advice on the %s", "Common mistakes with the %s",
              "The first month with a %s"},
          new String[] {"Give the %s a quiet room for the first %d days.",
              "Our vet said the %s is a frequent reason for avoidable visits.",
              "Reward calm behaviour around the %s and ignore the rest.",
              "The %s cost us about %d pounds over the first year.",
              "Watch appetite and sleep; changes are often the first sign something is wrong with the %s.",
              "Introduce the %s slowly, a few minutes at a time."},
          new String[] {"Our %s on the first evening", "The %s setup in the hallway"},
          new String[] {"Tip: keep the vet's number on the fridge.", "Tip: short sessions work best for the %s."},
          new String[] {"The first week", "Health checks", "Costs"},
          new String[] {"A washable blanket", "Two bowls", "A sturdy lead", "Treats in small pieces"},
          new String[] {"\"Patience does more than any gadget,\" our trainer likes to say."},
          true),
      new Host("coin-ledger.example", "Coin Ledger",
          new String[] {"emergency fund", "index fund", "credit score", "pension top-up", "sinking fund",
              "mortgage overpayment", "budget spreadsheet", "cashback card", "tax return", "savings pot"},
          new String[] {"Building an %s from zero", "Should you start a %s this year", "The %s explained",
              "How a %s changed our monthly budget"},
          new String[] {"We put %d pounds a month into the %s and left it alone.",
              "Fees matter more than returns over a long horizon, so compare the %s carefully.",
              "An %s is boring on purpose; that is the point of it.",
              "The %s only works if you automate it on payday.",
              "After %d months the %s covered a broken boiler without any borrowing.",
              "Read the small print on the %s before you commit."},
          new String[] {"Our %s balance over the year", "How the %s compares with a cash ISA"},
          new String[] {"Tip: name your %s so you think twice before raiding it.",
              "Tip: review direct debits every quarter."},
          new String[] {"The numbers", "Risks", "Our verdict"},
          new String[] {"Rent and bills", "Groceries", "Transport", "Savings and investments"},
          new String[] {"\"Spend less than you earn and invest the difference,\" as the old advice goes."},
          false),
      new Host("stride-lab.example", "Stride Lab",
          new String[] {"first 10k", "tempo run", "long run", "hill repeat", "rest day", "recovery jog",
              "interval session", "marathon taper", "running shoe", "warm-up routine"},
          new String[] {"Training for your %s", "How to pace a %s", "The %s most runners get wrong",
              "Why the %s matters"},
          new String[] {"Keep the %s at a pace where you could still hold a conversation.",
              "We added one %s a week and cut total distance by %d percent.",
              "Skipping the %s is the quickest way to an overuse injury.",
              "A %s of about %d minutes suits most beginners.",
              "Log how the %s felt as well as the time it took.",
              "Most plans build the %s gradually over several weeks."},
          new String[] {"Split times from my last %s", "Heart rate during the %s"},
          new String[] {"Tip: run the %s on soft ground when you can.", "Tip: lay out your kit the night before."},
          new String[] {"The plan", "Common mistakes", "Gear"},
          new String[] {"Two easy runs", "One tempo session", "One long run", "Two rest days"},
          new String[] {"\"Easy days easy, hard days hard,\" my coach repeats every week."},
          true),
      new Host("skillet-stories.example", "Skillet Stories",
          new String[] {"sourdough starter", "lentil soup", "tomato sauce", "pan-fried gnocchi", "onion tart",
              "chickpea curry", "fish pie", "flatbread", "risotto", "roast squash"},
          new String[] {"Our everyday %s", "A weeknight %s in thirty minutes", "Getting the %s right",
              "The %s we make every Sunday"},
          new String[] {"Start the %s with a pinch of salt and more patience than you think.",
              "The %s keeps for %d days in the fridge.",
              "We tested the %s with three kinds of oil and preferred the plainest.",
              "Stir the %s only when it needs it; constant stirring cools the pan.",
              "The %s feeds four for about %d pounds.",
              "Taste the %s before serving and adjust the acidity."},
          new String[] {"The %s just out of the oven", "Our %s plated for four"},
          new String[] {"Tip: warm the plates for the %s.", "Tip: a squeeze of lemon lifts most stews."},
          new String[] {"Ingredients", "Method", "Variations"},
          new String[] {"Two onions, sliced", "A tin of tomatoes", "Olive oil", "A handful of parsley"},
          new String[] {"\"Cook it slowly and it will forgive you,\" my grandmother said of every stew."},
          false),
      new Host("shell-recipes.example", "Shell Recipes",
          new String[] {"rsync backup", "cron job", "ssh key", "log rotation", "disk usage report",
              "git hook", "systemd timer", "tar archive", "find command", "firewall rule"},
          new String[] {"Setting up a %s", "Debugging a %s", "A safer %s", "The %s in five minutes"},
          new String[] {"Test the %s on a copy of the data before running it for real.",
              "The %s ran in %d seconds on our small server.",
              "Write the %s so it fails loudly; silent failure is the worst outcome.",
              "Keep the %s in version control next to the rest of the configuration.",
              "Our %s has run every night for %d months without attention.",
              "Read the manual page for the %s; the defaults surprise people."},
          new String[] {"Output of the %s on a test machine", "Directory layout used by the %s"},
          new String[] {"Tip: add set -eu at the top of every script.",
              "Tip: run the %s with a dry-run flag first."},
          new String[] {"Prerequisites", "The script", "Troubleshooting"},
          new String[] {"A shell account", "sudo rights", "A second disk or remote host", "Twenty minutes"},
          new String[] {"\"If it is not in version control, it does not exist,\" as our admin puts it."},
          true),
      new Host("riverside-courier.example", "Riverside Courier",
          new String[] {"library extension", "bus lane", "school roof", "farmers market", "bridge repair",
              "council budget", "flood barrier", "parking charge", "youth club", "recycling centre"},
          new String[] {"Council approves %s", "Residents split over %s", "Delay for %s", "What the %s means for you"},
          new String[] {"The council voted %d to 5 in favour of the %s on Tuesday.",
              "Residents raised concerns about noise and traffic near the %s.",
              "Work on the %s is expected to start in the spring.",
              "The %s will cost around %d thousand pounds, officials said.",
              "A public meeting about the %s is planned for next month.",
              "Opponents say the %s was decided without enough consultation."},
          new String[] {"The site of the %s on Mill Street", "Councillors at the meeting on the %s"},
          new String[] {"Have your say on the %s at the town hall before Friday.",
              "Updates on the %s will be posted on the council website."},
          new String[] {"Background", "What happens next", "Reaction"},
          new String[] {"Consultation closes Friday", "Works begin in spring", "Diversions signed locally",
              "Cost shared with the county"},
          new String[] {"\"We have waited ten years for this,\" one resident said."},
          true),
      new Host("spoke-and-chain.example", "Spoke and Chain",
          new String[] {"chain wear", "tubeless setup", "brake pad", "commuter bike", "gravel route",
              "saddle height", "gear indexing", "wheel truing", "winter tyre", "bike light"},
          new String[] {"Checking your %s", "A practical guide to the %s", "Living with a %s",
              "The %s, explained for commuters"},
          new String[] {"Check the %s every %d hundred kilometres.",
              "A worn %s makes everything else on the drivetrain wear faster.",
              "Most shops will look at the %s for free if you ask.",
              "We rode the %s for %d weeks through a wet autumn.",
              "Small adjustments to the %s make a bigger difference than new parts.",
              "Clean the %s before judging whether it needs replacing."},
          new String[] {"Measuring the %s with a simple gauge", "The %s after adjustment"},
          new String[] {"Tip: carry a spare link for the %s.", "Tip: a quarter turn at a time."},
          new String[] {"Tools", "How to check", "When to replace"},
          new String[] {"Hex keys", "Chain checker", "Track pump", "Degreaser and rags"},
          new String[] {"\"Clean bikes break less,\" says the mechanic at our local shop."},
          false)};

  private static final String[] GENERIC = {
      "In our experience the %s is simpler than it looks, but a few details decide how it goes.",
      "Readers asked us about the %s after last month's piece, so here is what we learned.",
      "None of this is complicated, yet the %s rewards a little planning.",
      "We tried two approaches to the %s and describe both below.",
      "There is no single right answer for the %s; it depends on your circumstances."};

  private static final String[] SCENE_PEOPLE = {
      "Smiling woman in a mustard cardigan reading on a park bench",
      "Young man in a grey beanie typing on a laptop in a busy cafe",
      "Elderly couple in matching blue raincoats strolling along the seafront",
      "Little girl in a red polka dot dress blowing soap bubbles",
      "Businessman in a navy suit shaking hands with a smiling colleague",
      "Teenager with green headphones skateboarding past a graffiti wall",
      "Two nurses in teal scrubs laughing in a bright corridor",
      "Father and son in orange life jackets paddling a canoe",
      "Woman in a white linen shirt stretching on a purple yoga mat",
      "Barista in a brown leather apron pouring latte art"};
  private static final String[] SCENE_PLAIN = {
      "Empty wooden pier stretching into a calm lake at dawn",
      "Stack of old books beside a steaming mug on a windowsill",
      "Aerial view of a winding road through rolling hills",
      "Raindrops on a window with blurred city lights behind",
      "Vintage typewriter on a desk next to a potted succulent",
      "Lighthouse on a rocky cliff under a stormy sky",
      "Close-up of coffee beans scattered on a rustic table",
      "Hot air balloons drifting over a valley at sunrise",
      "Row of beach huts along a pebble shore",
      "Paper lanterns hanging over a night market"};
  private static final String[] PREFIXED = {
      "Photo: sunset over a quiet harbour with fishing boats",
      "Image: hands wrapped around a cup of tea by the fireplace",
      "Credit: Getty Images / iStockphoto",
      "Source: Unsplash",
      "Photo: snow-covered pine forest seen from above",
      "Credit: stock photo, all rights reserved",
      "Source: Pixabay, free for commercial use",
      "Photo by Anna Kowalski on Unsplash",
      "Image courtesy of Shutterstock",
      "Image: confetti falling over a crowded dance floor"};
  private static final String[] PICTURED = {
      "Pictured above: a street musician playing the accordion in the old square",
      "Pictured above: friends raising glasses at a rooftop party",
      "Pictured above: a mountain cabin with smoke curling from the chimney",
      "Pictured above: a couple dancing barefoot in a sunlit kitchen",
      "Pictured above: a farm stall piled high with pumpkins",
      "Pictured: a child flying a kite on a windy beach"};
  private static final String[] WITH_TITLE = {
      "Happy family having a picnic on a checked blanket",
      "Person writing in a notebook with a fountain pen",
      "Sunlight streaming through tall trees in a foggy forest",
      "Woman in a striped sweater holding a bunch of tulips",
      "Hands on a steering wheel during a summer road trip"};
  private static final String[] RECURRING = {
      "Laughing friends gathered around a campfire under the stars",
      "Woman in a wide-brimmed hat gazing out at the ocean"};

  final Map<String, Page> pages = new LinkedHashMap<>();
  private final Random rnd;

  FreshHeldOutCorpus(long seed) {
    this.rnd = new Random(seed);
  }

  /** Draws every page, then writes the text form under textRoot and the HTML form under htmlRoot. */
  FreshHeldOutCorpus write(Path textRoot, Path htmlRoot) throws IOException {
    // Each recurring scene stands on six pages, each of another host, none of whose subjects it shares.
    Map<Integer, String> recurringAt = new LinkedHashMap<>();
    for (int r = 0; r < RECURRING.length; r++) {
      for (int h = r; h < HOSTS.length; h += 1) {
        if ((h + r) % 3 == 2) {
          continue;
        }
        recurringAt.putIfAbsent(h * PAGES_PER_HOST + 2 + 5 * r + (h % 3), RECURRING[r]);
      }
    }
    for (int h = 0; h < HOSTS.length; h++) {
      Host host = HOSTS[h];
      Set<String> titles = new LinkedHashSet<>();
      List<Page> hostPages = new ArrayList<>();
      for (int p = 0; p < PAGES_PER_HOST; p++) {
        String thing;
        String title;
        do {
          thing = pick(host.things());
          title = cap(String.format(Locale.ROOT, pick(host.titles()), thing));
        } while (!titles.add(title));
        Page page = new Page(host.name() + "/" + slug(title), host.name(), title);
        draw(host, page, thing, recurringAt.get(h * PAGES_PER_HOST + p));
        hostPages.add(page);
      }
      for (int p = 0; p < hostPages.size(); p++) {
        Page page = hostPages.get(p);
        // "Read more" points at another page of the host, as on a real blog.
        Labelled more = new Labelled(Kind.READ_MORE, null, null,
            "Read more: " + hostPages.get((p + 4) % hostPages.size()).title);
        page.blocks.add(more);
        page.body.add(page.body.size() - 1, more);
        if (host.cookieBanner()) { // template notices, labelled so that a report of one counts against
          page.blocks.add(new Labelled(Kind.NOTICE, null, null, cookie(host)));
        }
        page.blocks.add(new Labelled(Kind.NOTICE, null, null, newsletter(host)));
        pages.put(page.key, page);
        write(textRoot.resolve(page.key + ".txt"), text(host, page));
        write(htmlRoot.resolve(page.key + ".html"), html(host, page));
      }
    }
    return this;
  }

  private void draw(Host host, Page page, String thing, String recurring) {
    add(page, new Labelled(Kind.BYLINE, null, null, "By " + pick(NAMES) + " | " + pick(MONTHS) + " "
        + (1 + rnd.nextInt(28)) + ", " + (2019 + rnd.nextInt(7))));
    List<Labelled> negatives = new ArrayList<>();
    negatives.add(new Labelled(Kind.HEADING, null, null, pick(host.headings())));
    if (rnd.nextInt(2) == 0) {
      negatives.add(new Labelled(Kind.FIGCAPTION, null, null, fill(pick(host.figcaptions()), thing)));
    }
    if (rnd.nextInt(3) == 0) {
      negatives.add(new Labelled(Kind.TIP, null, null, fill(pick(host.tips()), thing)));
    }
    if (rnd.nextInt(4) == 0) {
      negatives.add(new Labelled(Kind.QUOTE, null, null, host.quotes()[0]));
    }
    if (rnd.nextInt(5) == 0) {
      negatives.add(new Labelled(Kind.TABLE_CAPTION, null, null, "Table " + (1 + rnd.nextInt(3))
          + ": " + cap(thing) + " at a glance"));
    }
    if (host.name().startsWith("shell") && rnd.nextInt(3) > 0) {
      negatives.add(new Labelled(Kind.CODE, null, null, pick(new String[] {
          "rsync -a --delete /srv/data/ backup:/srv/data/", "crontab -e", "ssh-keygen -t ed25519 -C work",
          "du -sh /var/log/* | sort -h", "systemctl list-timers --all", "tar -czf site.tgz public/"})));
    }
    java.util.Collections.shuffle(negatives, rnd);
    List<Labelled> captions = new ArrayList<>();
    if (recurring != null) {
      captions.add(caption(Style.RECURRING, recurring));
    }
    int more = rnd.nextInt(10) < 7 ? 1 : rnd.nextInt(2) * 2;
    for (int i = 0; i < more; i++) {
      captions.add(drawCaption(page.title));
    }
    int paragraphs = 5 + rnd.nextInt(3);
    for (int i = 0; i < paragraphs; i++) {
      page.body.add(new Prose(paragraph(host, thing)));
      if (i == 1 && rnd.nextInt(3) == 0) {
        for (String item : pickSome(host.items(), 3)) {
          add(page, new Labelled(Kind.LIST_ITEM, null, null, item));
        }
      }
      // Captions and other short blocks stand between prose paragraphs, never first or last.
      if (i < paragraphs - 1) {
        if (!captions.isEmpty() && rnd.nextInt(2) == 0) {
          add(page, captions.remove(0));
        } else if (!negatives.isEmpty()) {
          add(page, negatives.remove(0));
        }
      }
    }
    for (Labelled c : captions) { // any left over go before the last paragraph
      page.body.add(page.body.size() - 1, c);
      page.blocks.add(c);
    }
  }

  private Labelled drawCaption(String title) {
    Style s = Style.values()[rnd.nextInt(Style.values().length - 1)];
    return caption(s, switch (s) {
      case SCENE_PEOPLE -> pick(SCENE_PEOPLE);
      case SCENE_PLAIN -> pick(SCENE_PLAIN);
      case PREFIXED -> pick(PREFIXED);
      case PICTURED -> pick(PICTURED);
      case WITH_TITLE -> pick(WITH_TITLE) + " - " + title;
      case FILE_NAME -> fileName();
      case RECURRING -> throw new IllegalStateException();
    });
  }

  private Labelled caption(Style s, String text) {
    return new Labelled(Kind.CAPTION, s, Placement.values()[rnd.nextInt(Placement.values().length)], text);
  }

  private String fileName() {
    return switch (rnd.nextInt(6)) {
      case 0 -> String.format(Locale.ROOT, "IMG_%04d.JPG", rnd.nextInt(10000));
      case 1 -> String.format(Locale.ROOT, "DSC%05d", rnd.nextInt(100000));
      case 2 -> String.format(Locale.ROOT, "pexels-photo-%d.jpeg", 100000 + rnd.nextInt(900000));
      case 3 -> String.format(Locale.ROOT, "shutterstock_%d", 100000000 + rnd.nextInt(900000000));
      case 4 -> String.format(Locale.ROOT, "PXL_2023%02d%02d_%06d.jpg", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
          rnd.nextInt(240000));
      default -> String.format(Locale.ROOT, "stock-image-%d-large.png", 1000 + rnd.nextInt(9000));
    };
  }

  private void add(Page page, Labelled b) {
    page.blocks.add(b);
    page.body.add(b);
  }

  private String paragraph(Host host, String thing) {
    int n = 3 + rnd.nextInt(3);
    StringBuilder sb = new StringBuilder();
    Set<String> used = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      String t = rnd.nextInt(5) == 0 ? pick(GENERIC) : pick(host.sentences());
      if (used.add(t)) {
        sb.append(sb.length() == 0 ? "" : " ").append(cap(fill(t, thing)));
      }
    }
    return sb.toString();
  }

  private String fill(String template, String thing) {
    String s = template.replaceFirst("%s", thing);
    return s.contains("%d") ? s.replace("%d", Integer.toString(2 + rnd.nextInt(40))) : s;
  }

  private String text(Host host, Page page) {
    StringBuilder sb = new StringBuilder(page.title).append("\n\n");
    if (host.cookieBanner()) {
      sb.append(cookie(host)).append("\n\n");
    }
    for (Object o : page.body) {
      if (o instanceof Prose p) {
        sb.append(p.text());
      } else {
        Labelled b = (Labelled) o;
        sb.append(b.kind() == Kind.LIST_ITEM ? "* " : b.kind() == Kind.CODE ? "    " : "").append(b.text());
      }
      sb.append("\n\n");
    }
    sb.append("Share: Facebook | X | Email | Copy link\n\n").append(newsletter(host)).append("\n\n")
        .append("(c) 2026 ").append(host.site()).append(". All rights reserved.\n");
    return sb.toString();
  }

  private String html(Host host, Page page) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(esc(page.title)).append(" | ").append(esc(host.site())).append("</title></head>\n<body>\n")
        .append("<header><a class=\"logo\" href=\"/\">").append(esc(host.site())).append("</a><nav>")
        .append("<a href=\"/\">Home</a> <a href=\"/latest\">Latest</a> <a href=\"/guides\">Guides</a> ")
        .append("<a href=\"/about\">About</a></nav></header>\n");
    if (host.cookieBanner()) {
      sb.append("<div class=\"cookie-notice\"><p>").append(esc(cookie(host)))
          .append("</p><button>Accept all</button> <button>Settings</button></div>\n");
    }
    sb.append("<main><article>\n<h1>").append(esc(page.title)).append("</h1>\n");
    int img = 0;
    boolean inList = false;
    for (Object o : page.body) {
      Labelled b = o instanceof Labelled l ? l : null;
      if (inList && (b == null || b.kind() != Kind.LIST_ITEM)) {
        sb.append("</ul>\n");
        inList = false;
      }
      if (b == null) {
        sb.append("<p>").append(esc(((Prose) o).text())).append("</p>\n");
        continue;
      }
      String t = esc(b.text());
      img++;
      switch (b.kind()) {
        case BYLINE -> sb.append("<p class=\"byline\">").append(t).append("</p>\n");
        case HEADING -> sb.append("<h2>").append(t).append("</h2>\n");
        case LIST_ITEM -> {
          sb.append(inList ? "" : "<ul>\n").append("<li>").append(t).append("</li>\n");
          inList = true;
        }
        case QUOTE -> sb.append("<blockquote><p>").append(t).append("</p></blockquote>\n");
        case CODE -> sb.append("<pre><code>").append(t).append("</code></pre>\n");
        case FIGCAPTION -> sb.append("<figure><img src=\"/media/fig-").append(img).append(".jpg\" alt=\"")
            .append(t).append("\"><figcaption>").append(t).append("</figcaption></figure>\n");
        case TABLE_CAPTION -> sb.append("<table><caption>").append(t)
            .append("</caption><tr><th>Item</th><th>Cost</th></tr><tr><td>Parts</td><td>12</td></tr></table>\n");
        case READ_MORE -> sb.append("<p class=\"read-more\"><a href=\"/more\">").append(t).append("</a></p>\n");
        case TIP -> sb.append("<p class=\"tip\"><strong>").append(t).append("</strong></p>\n");
        case NOTICE -> sb.append("<p>").append(t).append("</p>\n");
        case CAPTION -> {
          switch (b.placement()) {
            case P_AFTER_IMG -> sb.append("<img src=\"/uploads/").append(img).append(".jpg\" alt=\"\">\n<p>")
                .append(t).append("</p>\n");
            case EM_LINE -> sb.append("<p><em>").append(t).append("</em></p>\n");
            case ALT_REPEATED -> sb.append("<p><img src=\"/uploads/").append(img).append(".jpg\" alt=\"")
                .append(t).append("\"></p>\n<p>").append(t).append("</p>\n");
            case BARE_P -> sb.append("<p>").append(t).append("</p>\n");
          }
        }
      }
    }
    if (inList) {
      sb.append("</ul>\n");
    }
    sb.append("</article></main>\n<div class=\"share-bar\">Share: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> ")
        .append("<a href=\"#\">Email</a> <a href=\"#\">Copy link</a></div>\n")
        .append("<aside class=\"newsletter\"><p>").append(esc(newsletter(host)))
        .append("</p><form><input type=\"email\"><button>Subscribe</button></form></aside>\n")
        .append("<footer><p>(c) 2026 ").append(esc(host.site()))
        .append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/contact\">Contact</a>")
        .append("</footer>\n</body></html>\n");
    return sb.toString();
  }

  /** The cookie and newsletter notices: template text, never captions. */
  static String cookie(Host host) {
    return host.site() + " uses cookies to keep you signed in and to count visits. Choose which ones "
        + "you allow; essential cookies are always on.";
  }

  static String newsletter(Host host) {
    return "Sign up for the " + host.site() + " newsletter: one email a week, no spam, unsubscribe any time.";
  }

  private String pick(String[] from) {
    return from[rnd.nextInt(from.length)];
  }

  private List<String> pickSome(String[] from, int n) {
    List<String> all = new ArrayList<>(List.of(from));
    java.util.Collections.shuffle(all, rnd);
    return all.subList(0, n);
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String slug(String title) {
    StringBuilder sb = new StringBuilder();
    for (char c : title.toLowerCase(Locale.ROOT).toCharArray()) {
      sb.append(Character.isLetterOrDigit(c) ? c : sb.length() > 0 && sb.charAt(sb.length() - 1) != '-' ? '-' : "");
    }
    return sb.charAt(sb.length() - 1) == '-' ? sb.substring(0, sb.length() - 1) : sb.toString();
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
