package org.dupscan.detect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The eight hosts of the sixth held-out set ({@link SixthHeldOutCorpus}): each one's site template, its
 * prose (sentence patterns whose {@code {slot}} places are filled once per page, so a page keeps one
 * topic), its summaries, its on-topic hard negatives and its stuffing phrases. Written for this set,
 * on topics no earlier set uses: a beekeepers' association, an astronomy club's observing logs, a model
 * railway forum, a genealogy blog, a bonsai nursery's shop, board-game reviews, a German fermentation
 * blog and a Spanish archery club.
 */
final class SixthHeldOutHosts {

  private SixthHeldOutHosts() {}

  /** Site platforms whose markup the HTML form imitates; each host has its own. */
  enum Template {
    GHOST, JEKYLL, DISCOURSE, MEDIAWIKI, SHOPIFY, DRUPAL, BLOGGER, WORDPRESS
  }

  /**
   * One host. {@code figures} are on-topic pictures as {alt, caption with its credit}; {@code table} rows
   * are cells split on {@code ;}; {@code newsletter} is {heading, line, button}; {@code cookie} is {text,
   * accept, refuse}.
   */
  record Host(String name, String site, String lang, Template template, boolean cookieFirst, List<String> nav,
      String byline, String share, List<String> newsletter, List<String> cookie, String footer, String popular,
      List<String> authors, List<String> titles, Map<String, List<String>> slots, List<String> sentences,
      List<String> summaries, List<String> subheadings, List<String> quotes, List<String> table,
      List<String> items, List<String> code, List<String[]> figures, List<String> stuffing, String tags) {}

  static List<String> bars(String s) {
    return List.of(s.split("\\|"));
  }

  private static Map<String, List<String>> slots(String... pairs) {
    Map<String, List<String>> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], bars(pairs[i + 1]));
    }
    return m;
  }

  private static List<String[]> figures(String... altsAndCaptions) {
    List<String[]> l = new java.util.ArrayList<>();
    for (int i = 0; i < altsAndCaptions.length; i += 2) {
      l.add(new String[] {altsAndCaptions[i], altsAndCaptions[i + 1]});
    }
    return List.copyOf(l);
  }

  static final List<Host> HOSTS = List.of(
      new Host("hive-and-heather.example", "Hive & Heather Beekeepers", "en", Template.GHOST, true,
          bars("Home|Apiary diary|Courses|Swarm line|Join"), "Posted by %s on %s",
          "Share this post: Facebook · Email · Copy link",
          bars("The monthly hive letter|Inspection reminders and meeting dates, once a month.|Subscribe"),
          bars("We use cookies to count visits and remember your settings.|Accept|Decline"),
          "© Hive & Heather Beekeepers' Association · Registered charity · Privacy", "Most read this season",
          bars("Margaret Hollis|Tom Ashby|Priya Venn"),
          bars("{task^} at the {apiary} Apiary in {month}|Members' Notes on {task^} Before the {forage^} Flow"
              + "|What {number^} Colonies Taught Us About {task^}|A Beginner's Guide to {task^} on a Small Site"
              + "|{month} Meeting Report: {task^} and {forage^}"),
          slots("month", "May|June|July|August|September|April", "apiary",
              "Lower Meadow|Church Lane|Orchard End|Bracken Hill|Mill Pond", "task",
              "swarm control|varroa counts|queen marking|honey extraction|autumn feeding|comb replacement",
              "number", "three|four|five|six|seven|eight", "forage",
              "lime tree|bramble|oilseed rape|clover|heather|ivy"),
          bars("We opened {number} hives at the {apiary} site on a still morning and found the brood pattern"
              + " tight and even.|The bees were working the {forage} hard, and the supers were noticeably"
              + " heavier than a fortnight ago.|Anyone new to {task} should bring a notebook, because the details"
              + " are easy to forget once the smoker goes out.|Our chairman reminded everyone that a calm"
              + " approach matters more than speed when handling frames.|A drop of {number} mites on the board"
              + " over a week is within the range we usually see at this time of year.|The queen in the end hive"
              + " was found on the third frame and marked without any fuss.|Several members asked whether"
              + " {task} is worth the effort on a site with only a few colonies.|In our experience the answer"
              + " depends on how much {forage} grows within a mile of the hives.|We keep a written record for"
              + " every colony, including temper, stores and any sign of disease.|Wet weather in {month} kept"
              + " the foragers at home for days, so we checked the stores twice.|The association's extractor"
              + " can be borrowed for a weekend, as long as it comes back clean.|Next season we hope to try"
              + " the same approach on the {apiary} hives as a small comparison.|Old comb was cut out and"
              + " melted down, which left the boxes lighter and easier to lift.|If you see a cluster hanging"
              + " from a branch, please ring the swarm line rather than trying to collect it alone.|Two of the"
              + " colonies were requeened from our own stock after a bad-tempered spring.|Sugar syrup was mixed"
              + " at two parts sugar to one part water and fed through contact feeders."),
          bars("This page collects what our members learned about {task} during {month} at the {apiary}"
              + " apiary.|It covers the checks we made, the mistakes we corrected and what we plan to change"
              + " next year.|In brief, {task} went smoothly on most hives, though {number} colonies needed a"
              + " second visit.|We also note how the {forage} flow affected the timing of each inspection."),
          bars("Inspection notes|Stores and feeding|What we would change|Equipment on loan|Next meeting"
              + "|Varroa monitoring"),
          bars("“Leave them more honey than you think they need.”|“A quiet hive is usually a queenright"
              + " hive.”|“Read the brood, not the calendar.”|“Every swarm you lose is a lesson you keep.”"),
          bars("Hive 1;queen seen;6 brood frames;calm|Hive 2;eggs only;5 brood frames;lively"
              + "|Hive 3;queen marked;7 brood frames;calm|Hive 4;queenless;0 brood frames;nervous"
              + "|Hive 5;queen seen;4 brood frames;calm|Hive 6;new queen;3 brood frames;lively"),
          bars("Smoker and fuel|Hive tool|Veil and gloves|Queen marking cage|Varroa board|Spare frames"),
          List.of(),
          figures("Frames of capped brood held up for inspection",
              "Capped brood on a frame from the end hive. Photo: club archive",
              "Row of wooden hives at the edge of a meadow", "The Lower Meadow hives in April, photographed by a member",
              "Beekeeper lifting a super off a hive", "Taking off the first super of the year (photo: T. Ashby)"),
          bars("local honey|raw local honey|buy local honey|local honey near me|best local honey"), "Tags"),

      new Host("darksky-circle.example", "Dark Sky Circle", "en", Template.JEKYLL, false,
          bars("Home|Observing logs|Equipment|Events|About the club"), "%s · %s",
          "Share: Mastodon · Bluesky · Email",
          bars("Clear-sky alerts|A short email when the forecast looks good for a session.|Sign me up"),
          bars("This site stores a cookie to remember that you have seen this notice.|OK|More information"),
          "Dark Sky Circle astronomy club · Meets every new moon · Contact the secretary", "Recent logs",
          bars("Aled Pryce|Rosa Okafor|Sam Whitlow"),
          bars("Observing Log: {object^} from {site}|Chasing {object} with a {scope}|{night} Night Session"
              + " Report: {object^}|Star-Hopping to {object}: A Club Walkthrough|Notes on {object} Under"
              + " {seeing^} Skies"),
          slots("object", "M13|the Double Cluster|M81 and M82|the Ring Nebula|Albireo|the Andromeda Galaxy"
              + "|the Veil Nebula|NGC 7000", "scope",
              "8-inch Dobsonian|80mm refractor|11-inch SCT|6-inch reflector|102mm apochromat",
              "site", "Hollow Farm|Ashen Reservoir|Cold Knap Common|Pike's Field|Elder Moor", "time",
              "just after ten|around eleven|past midnight|near one in the morning", "seeing",
              "steady|soft|poor|excellent|variable", "night", "Friday|Saturday|Tuesday|Moonless|Frosty",
              "number", "Two|Three|Four|Five", "digit", "1|2|3|4"),
          bars("We set up at {site} {time}, once the dew heater had been sorted out and the finder was"
              + " aligned.|Seeing was {seeing} for most of the night, which suited the low-power views better"
              + " than the planets.|Through the {scope} {object} showed plenty of detail once our eyes had"
              + " adapted for twenty minutes.|A red torch and a printed chart were more useful than any phone"
              + " app, which kept ruining everyone's night vision.|{number} members logged sketches, and the"
              + " drawings are scanned into the shared folder.|Star-hopping from a bright guide star took longer"
              + " than using the go-to mount, but it taught us the sky.|Thin cloud rolled in from the west"
              + " {time} and washed out the faint galaxies.|The club's {scope} was collimated before the"
              + " session, and the difference in sharpness was obvious.|Several visitors from the village came"
              + " along and got their first view of a deep-sky object.|Temperatures fell below freezing, so"
              + " remember extra layers and a flask for the next meeting.|Averted vision helped pull out the"
              + " fainter outer regions that direct vision kept missing.|We recorded a sky quality meter reading"
              + " of 21.{digit} at the zenith, one of the darkest this year.|Light from the new warehouse to the"
              + " south is creeping higher every season, and we have written to the council.|The next new moon"
              + " falls on a weekend, so expect a longer session and more scopes on the field.|Beginners are"
              + " welcome to borrow the {scope} as long as someone from the committee is present.|Imaging was"
              + " attempted, but wind shook the mount and most of the subframes had to be thrown away."),
          bars("This log records what the club saw from {site} {time} and how conditions changed through"
              + " the session.|It is written for members who missed the night and for beginners deciding which"
              + " targets to try.|The short version: {object} was the highlight, and {seeing} seeing kept the"
              + " views pleasant.|Sketches, readings and equipment notes from several observers are gathered"
              + " below."),
          bars("Conditions|Targets|Equipment notes|Sketches|Light pollution|Next session"),
          bars("“Clear skies, and keep your red torch dim.”|“The sky rewards patience more than aperture.”"
              + "|“Write down what you see, not what the book says.”|“If it is cloudy, bring cake anyway.”"),
          bars("22:10;M13;25mm;edges resolved|22:45;Albireo;10mm;colour contrast|23:20;M57;9mm;clear ring"
              + "|00:05;M31;32mm;dust lane hinted|00:40;NGC 7000;32mm;faint, with filter"
              + "|01:15;M81;20mm;both in one field"),
          bars("Red torch|Planisphere|Dew shield|Folding chair|Spare batteries|Flask of tea"),
          bars("EXPTIME =                300.0|GAIN    =                  120|CCD-TEMP=                -10.0"
              + "|FILTER  = 'L       '|INSTRUME= 'ASI294MM'|XBINNING=                    1"),
          figures("Club members setting up telescopes on a frosty field",
              "Setting up on the club field before dark. Photo: R. Okafor",
              "Pencil sketch of a globular cluster", "Pencil sketch of M13 at 150x by a junior member",
              "Dobsonian telescope pointed at the eastern horizon",
              "The club's Dobsonian waiting for Jupiter to clear the trees. Credit: club archive"),
          bars("cheap telescope|best telescope for beginners|buy telescope online|telescope deals"
              + "|telescope for kids"), "Tags"),

      new Host("branchline-modellers.example", "Branchline Modellers Forum", "en", Template.DISCOURSE, false,
          bars("Latest|Categories|Layouts|Help and advice|Exhibitions"), "%s · started %s",
          "Share topic: Link · Email",
          bars("Weekly digest|The most active topics, sent every Sunday morning.|Turn on the digest"),
          bars("We use essential cookies to keep you signed in.|Got it|Cookie settings"),
          "Branchline Modellers · Powered by community volunteers · Terms · Privacy", "Suggested topics",
          bars("shedmaster_dave|pannier_pete|n_gauge_nell"),
          bars("Build Diary: {scale} {board^} for a Country Terminus|Help Needed Wiring the {board^} on My"
              + " {scale} Layout|Weathering a {loco} for the {board^}|DCC Sound in a {loco}: Worth the Money?"
              + "|{scale} Layout Progress, Part {part}"),
          slots("scale", "OO|N gauge|O gauge|HO|EM", "loco",
              "Class 08 shunter|pannier tank|Class 37|Jinty|Class 20|railbus", "board",
              "baseboard|fiddle yard|station throat|goods yard|engine shed", "material",
              "plywood|cork|foamboard|MDF", "number", "two|three|four|six", "part", "II|III|IV|V|VI|VII|VIII"),
          bars("The {board} is built from {material} on a simple frame, and it has stayed flat through a damp"
              + " winter in the garage.|I laid the track over {material} underlay, pinning every few inches"
              + " until the glue had set.|Running the {loco} slowly over the points showed {number} places where"
              + " the wheels dropped and clicked.|A little filing of the check rails cured most of it, though one"
              + " crossing still needs attention.|Droppers were soldered to every rail length, which is tedious"
              + " but saves arguments with the controller later.|Ballast went down dry, was brushed into place"
              + " and then fixed with diluted glue and a drop of washing-up liquid.|The backscene is a printed"
              + " sky glued to hardboard, with a strip of low hills painted along the bottom.|Couplings remain"
              + " the weak point, and I keep swapping between tension-lock and something more discreet.|For"
              + " weathering I use a cheap airbrush, keeping the colours thin and building them up over several"
              + " passes.|My {loco} runs far better since the motor was cleaned and the pickups bent back into"
              + " contact.|Lighting the {board} with a few warm white strips made the buildings look much less"
              + " like toys.|Somebody at the exhibition suggested a sector plate instead of points, and I think"
              + " they were right.|The whole thing is about {number} feet long, which is all the space the spare"
              + " room allows.|I have not yet decided whether to model a specific year or keep the period"
              + " loose.|Point motors are mounted under the baseboard, switched from a small mimic panel on the"
              + " fascia.|Any advice on fixing wobbly {scale} rolling stock would be welcome before the club open"
              + " day."),
          bars("This thread follows the {board} of my {scale} layout from bare frame to the first trains"
              + " running.|Each post covers one stage, with the mistakes left in so others can avoid them."
              + "|So far the track is down and the {loco} runs reliably, but wiring and scenery are still in"
              + " progress.|Replies with tips on {material} baseboards and {scale} points have been gathered at"
              + " the end."),
          bars("Trackwork|Wiring|Scenery|Rolling stock|Lessons so far|Next steps"),
          bars("“Test every joint before the ballast goes down.”|“If it derails twice, it will derail at the"
              + " exhibition.”|“Measure twice, solder once.”|“A layout is never finished, only paused.”"),
          bars("Class 08;address 08;4-function decoder|Pannier 5700;address 57;sound decoder"
              + "|Class 37;address 37;8-pin decoder|Jinty;address 47;21-pin decoder"
              + "|Class 20;address 20;Next18 decoder|Railbus;address 79;6-pin decoder"),
          bars("Soldering iron|Track pins|Rail joiners|Cork sheet|PVA glue|Fine ballast"),
          bars("CV1 = 3|CV3 = 12|CV4 = 8|CV29 = 38|CV17 = 200|CV18 = 123"),
          figures("Partly built station throat with points laid on cork",
              "The station throat with all points laid, before wiring. Photo by the author",
              "Weathered shunting locomotive on a workbench", "The shunter after its first weathering pass",
              "Underside of a baseboard with bus wires", "Bus wires under the goods yard, one pair per rail"),
          bars("model train sets|cheap model trains|model railway shop|buy model trains online"
              + "|model train track"), "Tags"),

      new Host("rootsandrecords.example", "Roots and Records", "en", Template.MEDIAWIKI, false,
          bars("Main page|Surnames|Places|Sources|Ask a question"), "Written by %s, %s",
          "Share this page: Email · Print · Permanent link",
          bars("New finds by email|When a surname page gains a new source, we will tell you.|Follow"),
          bars("This wiki uses cookies for logged-in editors only.|Accept|Reject"),
          "Text is available under a Creative Commons licence · About Roots and Records · Disclaimers",
          "Related pages",
          bars("Helen Truscott|Gareth Mellor|Ann-Marie Gwilliam"),
          bars("The {surname} Family of {place}: What the {record^} Shows|Finding a Lost {relation^} in the"
              + " {year} {record^}|Reading a {record^} from {year}, Line by Line|A {surname} Wedding in {place},"
              + " {year}|Brick Walls: Where Did the {surname}s Go After {year}?"),
          slots("surname", "Pennock|Hartley|Gwilliam|Ashdown|Truscott|Mellor", "place",
              "Ludlow|Redruth|Haworth|Tiverton|Stroud|Barnsley", "record",
              "parish register|1881 census|tithe map|apprenticeship indenture|probate inventory|marriage bond",
              "year", "1823|1847|1862|1871|1889|1795", "relation",
              "great-grandmother|third cousin|great-uncle|grandfather", "number", "three|four|five|six"),
          bars("The {record} for {place} lists a {surname} household with {number} children, though only two"
              + " ages are legible.|Handwriting from this period is tricky, and the clerk's long s turns every"
              + " other word into a puzzle.|I cross-checked the entry against a second source, and the dates"
              + " agree to within a year.|My {relation} appears under a misspelt surname, which explains why the"
              + " indexes never found her.|Family stories claim the {surname}s came from {place}, but no"
              + " document yet puts them there before {year}.|The county record office allows photographs"
              + " without flash, so bring a charged phone and a pencil.|Witnesses at a wedding are often"
              + " relatives, and here one of them shares the bride's unusual middle name.|A gap of {number} years"
              + " between baptisms might mean a move, a death, or simply a careless curate.|Online"
              + " transcriptions are useful for finding a lead, but I always check the original image before"
              + " trusting them.|The occupation column changes from labourer to miner between two censuses,"
              + " matching the opening of the local pit.|I have written to a distant {relation} in Australia who"
              + " may hold the family Bible.|Boundary changes mean the same farm sits in two different parishes"
              + " depending on the decade.|DNA matches point the same way, although the shared segments are"
              + " small and could be coincidence.|Burial records give the age at death, which lets me work back"
              + " to a likely birth year.|Every source goes into the tree with a citation, so that future me"
              + " knows where a claim came from.|If you descend from the {surname}s of {place}, please get in"
              + " touch through the contact page."),
          bars("This post follows my search for the {surname} family through the {record} and related"
              + " sources.|It sets out what is proven, what is only likely, and which records I still need to"
              + " see.|In short, the {surname}s were in {place} by {year}, but their origin before that remains"
              + " open.|Transcriptions, citations and a short timeline are included for other researchers."),
          bars("Sources consulted|What the record says|Open questions|Timeline|Transcription|Next steps"),
          bars("“Thomas son of William and Ann, labourer, baptised privately.”|“Widow, of this parish, aged"
              + " fifty-three years.”|“She never spoke of her father,” my aunt wrote in 1974.|“Married by banns"
              + " with consent of parents.”"),
          bars("1841;Ludlow;agricultural labourer|1851;Ludlow;carter|1861;Redruth;tin miner"
              + "|1871;Redruth;mine captain|1881;Camborne;retired|1891;Camborne;living on own means"),
          bars("Baptism register|Marriage bonds|Land tax returns|Militia lists|Newspaper notices"
              + "|Gravestone survey"),
          bars("0 @I12@ INDI|1 NAME Ann /Hartley/|1 BIRT|2 DATE ABT 1823|2 PLAC Ludlow, Shropshire"
              + "|1 FAMS @F4@"),
          figures("Page of a parish register with faded ink",
              "Baptism entries for 1823 in the parish register. Image: county record office",
              "Weathered headstone in a churchyard", "The family headstone, photographed in 2019 by the author",
              "Hand-drawn family tree on lined paper", "My grandmother's sketch of the tree, about 1960"),
          bars("family tree template|free family tree|ancestry search|genealogy records free"
              + "|family history research"), "Categories"),

      new Host("kiri-bonsai.example", "Kiri Bonsai Nursery", "en", Template.SHOPIFY, true,
          bars("Shop all trees|Pots and tools|Care guides|Visit the nursery|Basket (0)"), "Listed by %s · %s",
          "Share: Pinterest · Facebook · Email",
          bars("Join the nursery list|New trees, workshops and ten percent off your first order.|Join"),
          bars("We use cookies to run the basket and to measure the shop.|Accept all|Only necessary"),
          "© Kiri Bonsai Nursery · Delivery and returns · Terms of sale · Contact", "You may also like",
          bars("Kenji Arai|Lucy Broom"),
          bars("{tree^} Bonsai, {style^} Style, About {age} Years|Caring for a {tree^} Through {season^}"
              + "|{age^}-Year {tree^} in a {pot^}|Repotting a {tree^}: Our Nursery Method|Why We Grow {tree^}"
              + " in the {style^} Style"),
          slots("tree", "Japanese maple|Chinese elm|juniper|trident maple|Scots pine|zelkova|fig", "style",
              "informal upright|cascade|broom|literati|windswept", "age", "five|seven|ten|twelve|fifteen",
              "pot", "unglazed stoneware pot|oval glazed pot|mica training pot|hand-thrown drum pot", "season",
              "spring|summer|autumn|winter"),
          bars("This {tree} has been in training at the nursery for about {age} years and shows a settled,"
              + " well-tapered trunk.|It sits in a {pot} that suits its proportions and drains quickly after"
              + " heavy rain.|Keep it outdoors in a bright spot, sheltered from strong wind, and bring it under"
              + " cover only in hard frost.|Water when the surface of the soil starts to dry, which may be daily"
              + " in a hot {season}.|We feed with a slow-release organic fertiliser from early spring until the"
              + " leaves begin to harden.|The {style} style was chosen to follow the natural movement already"
              + " present in the trunk.|New shoots should be pinched back to two leaves to keep the canopy"
              + " compact and the internodes short.|Wire marks are avoided by removing wire as soon as the"
              + " branch has set, usually within a few months.|Each tree is photographed before dispatch, so the"
              + " one you receive is the one shown.|Roots were last pruned in {season}, and the tree has"
              + " recovered with strong growth since.|Deadwood on the apex has been cleaned and treated with lime"
              + " sulphur to preserve it.|We pack trees in a sturdy box with the pot wrapped and the soil surface"
              + " covered to stop spills.|If the leaves yellow in midsummer, check for waterlogging before"
              + " reaching for fertiliser.|A {tree} of this size is a good first tree for someone ready to move"
              + " beyond starter material.|Our soil mix is roughly equal parts akadama, pumice and lava rock,"
              + " sieved to remove dust.|Visitors are welcome at the nursery on Saturdays, and we are happy to"
              + " talk through any tree in person."),
          bars("This {tree} is a {style} bonsai of around {age} years, ready for display or further"
              + " refinement.|Below you will find its history at the nursery, care advice and what comes with"
              + " the tree.|In short, it is healthy, well rooted and has been kept outdoors through {season}."
              + "|Delivery, pot and aftercare notes are listed at the end of the page."),
          bars("About this tree|Care guide|Watering|Shipping your tree|Pot details|Aftercare"),
          bars("“The tree will tell you when it is thirsty.”|“Patience is the first tool in the box.”"
              + "|“A bonsai is never finished, only cared for.”|“Cut for the tree you want in ten years.”"),
          bars("Height;32 cm|Trunk width;4 cm|Pot size;24 x 18 cm|Age;about 10 years|Origin;nursery grown"
              + "|Position;outdoor"),
          bars("Tree only|Tree with display stand|Tree with humidity tray|Gift wrapping|Care booklet"
              + "|Starter tool set"),
          List.of(),
          figures("Small maple bonsai on a wooden bench", "The tree photographed in the nursery in May. Photo: Kiri Bonsai",
              "Exposed roots of a bonsai during repotting", "Roots combed out during spring repotting",
              "Juniper branch after wiring", "Fresh wire on the lower branch, to be removed in autumn"),
          bars("bonsai tree for sale|buy bonsai tree|cheap bonsai tree|bonsai tree gift|indoor bonsai tree"),
          "Tags"),

      new Host("meeplemeter.example", "Meeple Meter", "en", Template.DRUPAL, false,
          bars("Reviews|Top lists|How to play|Podcast|Contact"), "Reviewed by %s, %s",
          "Share this review: Reddit · Facebook · Email",
          bars("The Meeple Meter letter|Our reviews and the week's deals, every Friday.|Subscribe"),
          bars("We and our partners use cookies to personalise content.|Accept|Manage choices"),
          "Meeple Meter · Independent board game reviews since 2016 · Privacy · Advertising", "Popular reviews",
          bars("Dana Whitcombe|Elliot Marsh|Yusuf Karim"),
          bars("{game} Review: {mechanic^} With a Twist|Is {game} Good at {players^} Players?|{game}: First"
              + " Impressions After {players^} Plays|A {verdict^} for Game Night: {game}|Teaching {game} to New"
              + " Players"),
          slots("game", "Harbour Lights|Copper Valley|Seven Lanterns|Moorland Rails|Tidepool|Glasswright"
              + "|Last Orchard|Salt Road", "mechanic",
              "worker placement|deck building|tile laying|area control|trick taking|roll and write", "players",
              "two|three|four|five", "minutes", "thirty|forty-five|sixty|ninety", "verdict",
              "keeper|solid pick|table favourite|mixed bag"),
          bars("{game} is a {mechanic} game for up to {players} players that plays in roughly {minutes}"
              + " minutes.|Setup is quick once the insert is sorted, though the first unboxing takes a while to"
              + " punch out.|Turns are short, so nobody sits waiting long, and the tension builds steadily"
              + " through each round.|Our group found the scoring clear after one play, while the rulebook's"
              + " examples cleared up the rest.|At {players} players the board feels tight in a good way, with"
              + " real competition for the best spaces.|The artwork is charming without getting in the way of"
              + " reading the cards across the table.|Luck plays a small part, mostly in the order cards come"
              + " out, but good planning wins most games.|One player tends to run away with the lead if the"
              + " others ignore them, so table talk matters.|Component quality is high for the price, with thick"
              + " boards and wooden pieces rather than plastic.|We taught it to two newcomers in about fifteen"
              + " minutes, and both wanted a rematch.|The solo mode is serviceable but lacks the back-and-forth"
              + " that makes the multiplayer game fun.|If you enjoy {mechanic}, this sits comfortably on the"
              + " shelf beside the classics of the genre.|Replay value comes from the variable setup, which"
              + " changes the opening choices every time.|Colour-blind players will appreciate that every"
              + " resource also has a distinct shape.|Our copy was bought at retail, and the publisher had no say"
              + " in this review.|Overall we rate it a {verdict}, especially for groups that play weekly."),
          bars("This review covers {game}, a {mechanic} game we played many times over a month.|It looks at"
              + " rules, components, player counts and who is likely to enjoy it.|The short answer: {game} is a"
              + " {verdict}, best at {players} players.|Scores for each part of the game and a buying note follow"
              + " the full review."),
          bars("How it plays|Components|Player count|Verdict|Who is it for?|Expansions"),
          bars("“One more game?” was heard at every session.|“The best rules teach I have sat through this"
              + " year.”|“It looks simple until the last round.”|“I will need a rematch,” said our youngest"
              + " tester."),
          bars("Players;2–4|Playing time;45 min|Age;10+|Designer;M. Alvarez|Publisher;Lantern Press"
              + "|Weight;medium"),
          bars("Game board|Player screens|Wooden workers|Resource tokens|Rulebook|Score pad"),
          List.of(),
          figures("Game board mid-game with tokens spread out",
              "Round four of our first game, before the final scoring. Photo: Meeple Meter",
              "Box and components laid out on a table", "Everything in the box, with the insert removed",
              "Close view of illustrated cards", "Card art shown with the publisher's permission"),
          bars("best board games|board games for adults|buy board games online|board game deals"
              + "|family board games"), "Tags"),

      new Host("gaerkeller.example", "Gärkeller", "de", Template.BLOGGER, true,
          bars("Startseite|Rezepte|Grundlagen|Ausrüstung|Über mich"), "Eingestellt von %s am %s",
          "Teilen: E-Mail · Facebook · Pinterest",
          bars("Neue Rezepte per E-Mail|Einmal im Monat, ohne Werbung.|Abonnieren"),
          bars("Diese Website verwendet Cookies von Google, um ihre Dienste bereitzustellen.|Okay"
              + "|Weitere Informationen"),
          "Gärkeller – ein Blog übers Fermentieren · Impressum · Datenschutz", "Beliebte Beiträge",
          bars("Jana Brückner|Matthias Ebner"),
          bars("{gemuese} fermentieren im {glas}|Mein Rezept: {gemuese} mit {gewuerz}|{tage^} Tage Gärzeit:"
              + " {gemuese} im Test|Häufige Fehler beim Fermentieren von {gemuese}|{gemuese} mit {salz} Prozent"
              + " Salz angesetzt"),
          slots("gemuese", "Weißkohl|Rote Bete|Karotten|Gurken|Rotkohl|Chinakohl", "glas",
              "Bügelglas|Steinguttopf|Einmachglas|Gärtopf", "gewuerz",
              "Kümmel|Wacholderbeeren|Senfsaat|Dill|Ingwer|Knoblauch", "salz", "zwei|zweieinhalb|drei",
              "tage", "fünf|sieben|zehn|vierzehn|einundzwanzig"),
          bars("Für dieses Glas habe ich {gemuese} fein geschnitten und mit {salz} Prozent Salz kräftig"
              + " durchgeknetet.|Nach etwa zehn Minuten tritt genug Saft aus, sodass das Gemüse vollständig"
              + " bedeckt werden kann.|Das Glas stand {tage} Tage bei Zimmertemperatur in der Speisekammer, fern"
              + " von direkter Sonne.|Ein Beschwerungsstein hält alles unter der Lake, denn was herausragt, kann"
              + " schnell schimmeln.|Mit {gewuerz} bekommt das Ferment eine würzige Note, die meiner Familie"
              + " besonders gut gefällt.|In den ersten Tagen blubbert es kräftig, danach wird die Gärung deutlich"
              + " ruhiger.|Weißer Belag auf der Oberfläche ist meist Kahmhefe und kein Grund, gleich alles"
              + " wegzuwerfen.|Ich probiere ab dem dritten Tag täglich mit einer sauberen Gabel, bis mir die"
              + " Säure gefällt.|Im {glas} gelingt das Ferment bei mir zuverlässiger als in offenen Schüsseln."
              + "|Jodiertes Salz verwende ich nicht, weil es die Milchsäurebakterien bremsen kann.|Sobald der"
              + " Geschmack stimmt, wandert das Glas in den Kühlschrank und hält dort mehrere Monate.|Leser"
              + " haben gefragt, ob man auch mit weniger Salz arbeiten kann, und meine Antwort ist: vorsichtig."
              + "|Bei warmem Wetter geht alles schneller, deshalb verkürze ich im Sommer die Gärzeit.|Der Saft,"
              + " der übrig bleibt, eignet sich gut als Starter für das nächste Glas.|Ich notiere Datum,"
              + " Salzmenge und Temperatur auf einem Streifen Klebeband am Deckel.|Wer zum ersten Mal"
              + " fermentiert, sollte mit einem kleinen Glas anfangen und nicht gleich mit fünf Kilo."),
          bars("In diesem Beitrag zeige ich, wie ich {gemuese} im {glas} fermentiere und worauf ich dabei"
              + " achte.|Ihr findet hier Mengen, Gärzeiten und die typischen Fehler, die mir am Anfang passiert"
              + " sind.|Kurz gesagt: Mit {salz} Prozent Salz und {tage} Tagen Geduld gelingt das Ferment fast"
              + " immer.|Am Ende des Beitrags steht eine Übersicht, die ihr ausdrucken und in die Küche hängen"
              + " könnt."),
          bars("Zutaten|So gehe ich vor|Gärzeit|Häufige Fehler|Aufbewahrung|Eure Fragen"),
          bars("„Salz, Zeit und Geduld, mehr braucht es nicht.“|„Was unter der Lake bleibt, bleibt gut.“"
              + "|„Riecht es faulig, weg damit.“|„Jedes Glas ist ein kleines Experiment.“"),
          bars("Gemüse;1 kg|Salz;20 g|Gärzeit;7 Tage|Temperatur;18–20 °C|Glas;1,5 Liter|Haltbarkeit;3 Monate"),
          bars("1 kg Weißkohl|20 g Meersalz|1 TL Kümmel|2 Lorbeerblätter|1 sauberes Glas|1 Beschwerungsstein"),
          List.of(),
          figures("Gläser mit fermentiertem Gemüse auf einem Regal", "Meine Vorräte im Oktober. Foto: Gärkeller",
              "Geschnittener Kohl in einer Schüssel", "Der Kohl nach dem Kneten, kurz bevor er ins Glas kommt",
              "Gärtopf aus Steingut mit Wasserrinne", "Mein alter Gärtopf mit Wasserrinne, ein Erbstück meiner Oma"),
          bars("Sauerkraut selber machen|Sauerkraut Rezept|Fermentieren Anleitung|Gemüse fermentieren"
              + "|Fermentieren für Anfänger"), "Labels"),

      new Host("club-arco-sierra.example", "Club de Tiro con Arco Sierra Norte", "es", Template.WORDPRESS, false,
          bars("Inicio|El club|Cursos|Competiciones|Contacto"), "Publicado por %s el %s",
          "Compartir: WhatsApp · Facebook · Correo",
          bars("Boletín del club|Resultados y convocatorias en tu correo.|Suscribirme"),
          bars("Usamos cookies propias y de terceros para analizar el uso de la web.|Aceptar|Rechazar"),
          "© Club de Tiro con Arco Sierra Norte · Aviso legal · Política de privacidad", "Entradas recientes",
          bars("Marta Gil|Luis Prieto|Irene Soto"),
          bars("Crónica del torneo de {mes} en categoría {categoria}|Primeros pasos con el {arco}|Tirar a"
              + " {distancia} metros con el {arco}: consejos del club|Cómo ajustar el {arco} antes de la"
              + " temporada|Resultados de la liga social de {mes}"),
          slots("arco", "arco recurvo|arco compuesto|arco tradicional|arco desnudo", "distancia",
              "18|30|50|70", "categoria", "infantil|cadete|sénior|veterano", "mes",
              "marzo|abril|mayo|junio|septiembre|octubre", "numero", "tres|cuatro|seis|ocho|doce"),
          bars("Este mes se apuntaron {numero} arqueros nuevos a los cursos de iniciación del sábado por la"
              + " mañana.|La línea de tiro a {distancia} metros estaba mojada, así que cambiamos las dianas a la"
              + " zona cubierta.|Con el {arco} conviene revisar la altura del punto de enfleche antes de cada"
              + " entrenamiento.|El viento del norte complicó las primeras tandas, pero por la tarde las"
              + " agrupaciones mejoraron mucho.|Recordad que nadie cruza la línea de tiro hasta que el juez da la"
              + " señal de recoger flechas.|Los arqueros de categoría {categoria} compitieron con una seriedad"
              + " que sorprendió a los veteranos.|Una buena rutina de calentamiento evita lesiones en el hombro,"
              + " sobre todo en invierno.|El club presta material a los principiantes durante los primeros meses"
              + " de práctica.|Para la próxima liga social cambiaremos el formato a dos series de {numero}"
              + " flechas.|Las flechas de carbono son más caras, pero aguantan mejor los impactos en el"
              + " parapeto.|Agradecemos al ayuntamiento que haya arreglado por fin el camino de acceso al campo."
              + "|Quien quiera federarse debe traer el certificado médico antes de final de {mes}.|La cuerda"
              + " nueva necesita unos días de tiro para asentarse, así que no la estrenéis en competición.|Los"
              + " resultados completos se han enviado por correo a todos los socios.|En {mes} organizaremos una"
              + " jornada de puertas abiertas para familias con niños.|Un arquero constante gana más puntos que"
              + " uno brillante que falla una de cada tres flechas."),
          bars("En esta entrada repasamos lo que pasó en el club durante {mes} y lo que viene a continuación."
              + "|Hay resultados, consejos para el {arco} y avisos importantes para los socios.|En resumen, la"
              + " temporada avanza bien y la categoría {categoria} sigue creciendo.|Al final encontraréis el"
              + " calendario y los datos de contacto de la junta directiva."),
          bars("Resultados|Material|Consejos técnicos|Avisos para socios|Calendario|Seguridad"),
          bars("«Respira, ancla y suelta sin prisa.»|«La flecha va donde mira la mente.»|«Primero la"
              + " seguridad, después la puntuación.»|«Cada tanda es una lección.»"),
          bars("Marta G.;sénior;542 puntos|Luis P.;veterano;518 puntos|Irene S.;cadete;497 puntos"
              + "|Pablo R.;sénior;489 puntos|Nora V.;infantil;455 puntos|Andrés M.;veterano;441 puntos"),
          bars("Arco de iniciación|Dactilera|Protector de brazo|Carcaj|Doce flechas|Estabilizador"),
          List.of(),
          figures("Arqueros en la línea de tiro al aire libre",
              "Línea de tiro durante la liga social. Foto: Club Sierra Norte",
              "Diana con varias flechas en el centro", "Una buena agrupación a 30 metros",
              "Arco recurvo apoyado en un soporte", "El arco de préstamo del club, recién revisado"),
          bars("comprar arco recurvo|tiro con arco Madrid|arcos baratos|tienda de tiro con arco"
              + "|curso de tiro con arco"), "Etiquetas"));
}
