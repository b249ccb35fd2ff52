package org.dupscan.detect;

import java.util.Arrays;
import java.util.List;

/**
 * The vocabulary of the fourth held-out set ({@link FourthHeldOutCorpus}): ten hosts of kinds the
 * earlier sets lack, each with its own articles, sentences, terms, on-topic furniture of real articles
 * (figure captions, headings, list items, table rows, code or pattern lines, spec lines, quotes) and
 * the words no injected caption on it may use (so that every injected caption is off its topic).
 * Written once for issue 11, in British or American English as the host would write.
 */
final class FourthHeldOutSites {

  private FourthHeldOutSites() {}

  /** How a host's pages are marked up (see {@link FourthHeldOutCorpus}'s HTML writer). */
  enum Template {
    /** WordPress: {@code entry-content}, classic {@code wp-caption}, comments, "Popular posts" widget. */
    WORDPRESS,
    /** Blogger: {@code post-body}, {@code tr-caption} tables, Popular Posts with snippets, comments. */
    BLOGGER,
    /** Ghost: {@code post-full-content} sections, {@code kg-card} figures, "More in" read-next cards. */
    GHOST,
    /** Medium-like: the article in several {@code section}s of {@code graf} paragraphs. */
    MEDIUM,
    /** An old table-layout site: {@code font} tags, a left navigation column, a text pager. */
    TABLE_LAYOUT,
    /** Drupal: {@code field--name-body}, a breadcrumb, a promotion strip before the {@code h1}. */
    DRUPAL
  }

  /**
   * One host. {@code articles} are "title | subject" lines; sentences and figure captions take the
   * subject as {@code {s}} (or {@code {S}}, capitalised) and one of the host's terms as {@code {t}}.
   * Table rows are cells separated by {@code |}, the first row a header.
   */
  record Site(String host, String name, String section, Template template, boolean british,
      boolean cookieDialog, char bullet, List<String> authors, List<String> articles, List<String> sentences,
      List<String> terms, List<String> figures, List<String> headings, List<String> listItems,
      List<String> tableRows, List<String> codeLines, List<String> specLines, List<String> quotes,
      List<String> banned) {

    String title(int article) {
      return articles.get(article).split(" \\| ")[0].strip();
    }

    String subject(int article) {
      return articles.get(article).split(" \\| ")[1].strip();
    }
  }

  static List<String> lines(String block) {
    return block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  static List<String> words(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }

  /** Sentences any host may use; {@code {s}} is the article's subject. */
  static final List<String> GENERIC = lines("""
      It took longer than I expected, but {s} turned out to be worth the effort.
      Looking back, the hardest part of {s} was simply getting started.
      Several readers asked about {s} after last month’s post, so here is a fuller answer.
      None of this is complicated, yet {s} rewards a little patience.
      I have tried three different approaches to {s} over the years, and this is the one I keep coming back to.
      The short version is that {s} works best when you plan a week ahead.
      We made a list of everything that could go wrong with {s}, and most of it did not.
      If you have questions about {s}, the comments are open and I read every one.
      Costs vary a great deal, so treat the figures here as a rough guide rather than a quote.
      A little preparation saves a lot of trouble later, and {s} is no exception.
      There is plenty of conflicting advice online, much of it written by people selling something.
      The first attempt was not a success, and I learned more from it than from the second.
      What surprised me most about {s} was how little special equipment it needed.
      It is worth asking someone who has done it before; most people are glad to help.
      By the end of the week the difference was obvious to everyone who saw it.
      I would rather do a small job properly than a large job badly, and {s} taught me that again.
      The weather did not help, but we worked around it as best we could.
      Please do check the details for your own situation before you copy what we did.
      Our budget was modest, and we spent most of it on the things that mattered.
      In the end, {s} came down to three decisions, and we made two of them well.
      That said, there is no single right way to go about {s}.
      Next time I will write things down as I go rather than trying to remember them afterwards.
      Friends who tried the same thing reported much the same results.
      Some of this will seem obvious, but it was not obvious to me at the start.
      """);

  /** Openers put before a sentence now and then; the sentence's first word is lowered after one. */
  static final List<String> OPENERS = List.of("Honestly, ", "On the whole, ", "As it happens, ", "To be fair, ",
      "In practice, ", "For what it is worth, ", "Even so, ", "Then again, ");

  static final Site GARDEN = new Site("potting-shed.example", "The Potting Shed", "Kitchen garden",
      Template.WORDPRESS, true, false, '•', List.of("Margaret Ellison", "Joe Whitcombe"),
      lines("""
          Pruning roses in late winter | the roses
          How I built a no-dig vegetable bed | the no-dig bed
          Sowing sweet peas in October | the sweet peas
          The ‘Chelsea chop’ explained | the Chelsea chop
          Making leaf mould without a bin | the leaf mould
          Dahlias: lift them or leave them? | the dahlias
          Growing garlic in heavy clay | the garlic
          A beginner’s guide to composting | the compost heap
          Why my tomatoes split (and what I changed) | the tomatoes
          Dividing hostas before they wake up | the hostas
          Slugs, beer traps and other myths | the slug problem
          Planting a hedge for birds | the new hedge
          Winter jobs in the greenhouse | the greenhouse
          Raspberries: summer or autumn fruiting? | the raspberry canes
          Seed potatoes and chitting | the seed potatoes
          Mulching borders the lazy way | the borders
          """),
      lines("""
          I started on {s} on a grey Saturday, with a flask of tea and no real plan.
          The soil here is heavy clay, so {s} needed more grit than the books suggest.
          A neighbour two plots down swears by {t}, and I have come round to her view.
          If you only do one thing for {s} this month, make it a thorough weed.
          The frost arrived a fortnight early, which set {s} back more than I expected.
          Most of the advice about {s} assumes a sheltered southern garden, and mine is neither.
          I keep a notebook by the back door and write down every change I make to {s}.
          Rainwater from the shed roof goes straight into the butt, and from there onto {s}.
          By late spring {s} had filled out and the gaps in the border had all but gone.
          There is no shame in buying {t} from the garden centre if time is short.
          The worst mistake I made with {s} was feeding too early in the season.
          Keep an eye on the colour of the leaves: pale growth usually means hungry roots.
          A layer of {t} in autumn does more for {s} than any tonic in a bottle.
          The allotment committee asked me to write up how {s} went, so here it is.
          I lost a few plants to the cold, but {s} came through the winter better than I feared.
          Every garden is different, and what works on my patch of Worcestershire may not work on yours.
          """),
      words("well-rotted manure, home-made compost, bark chippings, seaweed feed, bone meal, sharp sand,"
          + " comfrey tea, leaf mould, a cloche, horticultural fleece"),
      lines("""
          {S} at the end of March, before the first feed.
          My plot in early June, with {s} on the left.
          {S} after the first hard frost.
          The bed where {s} stood last year, now mulched.
          """),
      lines("""
          What you will need
          Timing
          Step by step
          A note on soil
          What I would do differently
          Aftercare
          """),
      lines("""
          A sharp pair of secateurs
          Two barrows of compost
          Soft garden twine
          A kneeling pad
          Labels and a soft pencil
          Fleece for cold nights
          """),
      lines("""
          Month | Job | Done?
          March | Feed and mulch | Yes
          April | Tie in new growth | Yes
          May | Watch for aphids | Mostly
          """),
      List.of(),
      lines("""
          Soil: heavy clay, pH 7.2
          Aspect: north-east facing
          Hardiness: RHS H5
          """),
      lines("""
          “Feed the soil, not the plant,” as my grandfather used to say.
          “You cannot rush a garden,” says Margaret, who has had plot 14 since 1986.
          """),
      words("garden, flower, plant, leaf, leaves, tree, soil, rose, seed, greenhouse, vegetable, allotment,"
          + " compost, blossom, field, meadow, park, grass, hedge"));

  static final Site PETS = new Site("happytails-vet.example", "Happy Tails Vet Blog", "Pet health",
      Template.BLOGGER, false, false, '*', List.of("Dr. Sofia Alvarez, DVM", "Kevin Park, LVT"),
      lines("""
          Why does my dog eat grass? | grass eating
          Crate training a rescue puppy | crate training
          Keeping indoor cats at a healthy weight | weight control
          What to expect at your kitten’s first checkup | the first checkup
          Fleas in winter: yes, really | flea control
          Senior dogs and stiff joints | joint care
          How often should you brush your pet’s teeth? | dental care
          Rabbits need more room than you think | rabbit housing
          Travel tips for anxious cats | car travel
          Is raw feeding safe? | raw feeding
          Fourth of July fireworks and noise phobia | noise phobia
          Ticks, Lyme disease, and your dog | tick prevention
          Adopting a second cat | introductions
          When to worry about vomiting | vomiting
          Guinea pigs and vitamin C | vitamin C
          Pet insurance, explained by a vet | pet insurance
          """),
      lines("""
          We get questions about {s} at the front desk almost every week.
          Dr. Alvarez has written about {s} before, but the guidance has changed since then.
          Most owners notice a problem with {s} long before it becomes serious.
          If your pet seems lethargic or stops eating, call us rather than waiting it out.
          Our technicians can walk you through {s} at your next appointment.
          The color of the gums tells us a surprising amount about circulation.
          For most healthy adult pets, {t} once a year is plenty.
          Please don’t give human medication to your pet without asking a veterinarian first.
          We recommend writing down what you notice about {s} so you can share it at the visit.
          Shelter pets often arrive with a history nobody knows, and {s} can take patience.
          Every animal is an individual, and {s} is never one-size-fits-all.
          Fall is our busiest season for {s}, so book early if you can.
          A good routine at home makes {s} far less stressful for everyone.
          Our clinic in Maple Grove has offered {t} since 2009.
          Ask about {t} if cost is a concern; there are options.
          You know your animal better than anyone, so trust your instincts about {s}.
          """),
      words("a wellness exam, a dental cleaning, preventive care, a payment plan, a senior screening,"
          + " microchipping, a weight check, vaccination, bloodwork, a nutrition consult"),
      lines("""
          Dr. Alvarez explaining {s} to a new client.
          The model we use to explain {s} in the exam room.
          Exam room three, set up for a talk about {s}.
          """),
      lines("""
          When to call us
          At home
          The short answer
          What the research says
          Costs
          Signs to watch for
          """),
      lines("""
          Lethargy that lasts more than a day
          Refusing food or water
          Sudden weight loss
          Limping or stiffness
          Bad breath that gets worse
          Excessive scratching
          """),
      lines("""
          Age | Visit | Typical cost
          8 weeks | First exam and vaccines | $85
          12 weeks | Booster shots | $60
          6 months | Spay or neuter consult | $45
          """),
      List.of(),
      lines("""
          Clinic hours: Mon–Fri 8 a.m.–6 p.m.
          Phone: (555) 014-2290
          Emergency line: open 24/7
          """),
      lines("""
          “She’s been a different cat since we changed her food,” one owner told us.
          “Prevention is always cheaper than treatment,” says Dr. Alvarez.
          """),
      words("dog, puppy, cat, kitten, pet, animal, vet, rabbit, bird, horse, paw, fur, leash, pigeon"));

  static final Site CARS = new Site("wrenchworks-garage.example", "WrenchWorks Garage", "Repair guides",
      Template.TABLE_LAYOUT, false, false, '*', List.of("Ray Delgado", "Tina Kowalski"),
      lines("""
          Replacing brake pads on a 2012 Civic | the brake job
          Diagnosing a P0420 catalytic converter code | the P0420 code
          How to bleed a clutch hydraulic line | the clutch bleed
          Why your check engine light is flashing | the misfire
          Changing a serpentine belt | the serpentine belt
          Alternator or battery? A quick test | the charging system
          Fixing a squeaky suspension | the suspension squeak
          Timing belt vs. timing chain | the timing belt
          Rust repair on rocker panels | the rocker panels
          Winter tires: worth it? | the winter tires
          Flushing coolant the right way | the coolant flush
          Headlight restoration that lasts | the headlight lenses
          Spark plugs: gap, torque, and heat range | the spark plugs
          What a wheel alignment actually does | the alignment
          Diagnosing a slow power steering leak | the power steering leak
          Buying a used truck without getting burned | the pre-purchase inspection
          """),
      lines("""
          I had {s} on the lift for about two hours, most of it spent fighting one seized bolt.
          A cheap code reader will point you in the right direction, but it won’t do the work for you.
          Always chock the wheels and use jack stands; a jack alone is not a support.
          The factory service manual lists a torque spec for {s}, and you should use it.
          Customers often ask whether {s} is a DIY job, and the honest answer is: it depends.
          Penetrating oil the night before saves a lot of cursing the next morning.
          We charge about 1.5 hours of labor for {s} on most domestic models.
          If you hear grinding, stop driving and get it looked at.
          On older vehicles, {s} is often where one problem turns into three.
          Buy {t} from a parts store you trust, not from the cheapest listing online.
          Take photos as you take things apart; it makes reassembly much easier.
          A torque wrench is the one tool I would never skip for {s}.
          Some of this varies by make and model, so check your own manual.
          Road-test the car afterward and listen for anything new after {s}.
          The shop has been on Route 9 since 1987, and we still see {s} every week.
          Dispose of old fluids at a recycling center; most parts stores take them for free.
          """),
      words("OEM parts, a torque wrench, a breaker bar, brake cleaner, a code reader, dielectric grease,"
          + " thread locker, a floor jack, a multimeter, anti-seize compound"),
      lines("""
          The worn parts next to the new ones after {s}.
          {S}, seen from under the car.
          Bay 2 during {s}.
          """),
      lines("""
          Tools you’ll need
          Step 1: Safety first
          Step 2: Removal
          Reassembly
          Cost breakdown
          Common mistakes
          """),
      lines("""
          10 mm and 12 mm sockets
          A long pry bar
          Nitrile gloves
          Safety glasses
          A drain pan
          Shop towels
          """),
      lines("""
          Part | Price | Labor
          Brake pads (front) | $48 | 1.0 h
          Rotors (pair) | $110 | 0.5 h
          Brake fluid | $12 | 0.3 h
          """),
      lines("""
          P0420 – Catalyst System Efficiency Below Threshold (Bank 1)
          P0301 – Cylinder 1 Misfire Detected
          41 0C 1A F8 (RPM 1726)
          Freeze frame: LOAD 38.4% ECT 91°C
          """),
      lines("""
          Engine: 1.8 L i-VTEC, 140 hp
          Torque spec: 80 ft-lb (108 N·m)
          Fluid: DOT 3 brake fluid
          """),
      lines("""
          “If it clunks, don’t ignore it,” my first boss used to say.
          “The bolt you skip is the one that comes loose,” Ray likes to remind new hires.
          """),
      words("car, truck, vehicle, road, engine, tire, wheel, garage, mechanic, motor, taxi, bus, traffic,"
          + " motorway, car park, driver, locomotive, tram, cyclist"));

  static final Site WEDDINGS = new Site("something-blue-weddings.example", "Something Blue", "Real weddings",
      Template.GHOST, true, true, '•', List.of("Eloise Marsh", "Chidi Okafor"),
      lines("""
          Hannah & Tomás: a barn wedding in Shropshire | Hannah and Tomás’s day
          Choosing a venue when half your guests live abroad | the venue search
          Our honest wedding budget, line by line | the budget
          How to write a seating plan without tears | the seating plan
          The case for a winter wedding | a winter wedding
          Speeches: who, when and how long | the speeches
          Ten questions to ask your photographer | the photographer
          Priya and Sam’s registry office morning | Priya and Sam’s ceremony
          Hiring a ceilidh band | the ceilidh
          What we learned from a rainy marquee | the marquee
          Wedding favours people actually keep | the favours
          Cutting the guest list | the guest list
          A micro-wedding in the Lake District | the micro-wedding
          Planning timeline: twelve months to go | the timeline
          Bridesmaids, budgets and awkward conversations | the bridesmaids
          Eloping to Gretna Green in 2026 | the elopement
          """),
      lines("""
          We spoke to the couple a month after {s}, once the thank-you cards were written.
          Every planner we asked said the same thing about {s}: decide early and stick to it.
          The weather in the north of England is famously unreliable, so {s} needed a wet-weather plan.
          Guests remember the food and the music far more than the colour of the napkins.
          {S} cost a little more than planned, which seems to be true of every wedding.
          A good coordinator on the day is worth every penny.
          If your families have different traditions, talk about them well before {s}.
          We have included the suppliers’ names at the end for anyone planning something similar.
          There is a lot of pressure to make {s} perfect; try to ignore it.
          Booking {t} was the best decision they made, according to both of them.
          The registrar needs notice of at least twenty-nine days, so plan for that.
          Nobody notices if the timings slip by half an hour, least of all the couple.
          The couple kept {s} small, and nobody seemed to mind.
          Ask your venue what is included before you sign anything for {s}.
          The morning went by in a blur, as it does.
          A shared spreadsheet helped with {s} more than any app.
          """),
      words("a string quartet, a local florist, a hog roast, a photo booth, fairy lights, a late-night pizza van,"
          + " a hand-lettered sign, a vintage bus, a cheese tower, a ceilidh caller"),
      lines("""
          {S}: the tables laid out in the barn.
          The order of service from {s}.
          Guests arriving for {s}.
          """),
      lines("""
          The venue
          Suppliers
          The ceremony
          The reception
          What they would change
          Budget at a glance
          """),
      lines("""
          Venue hire: £4,200
          Catering for 80: £3,900
          Band: £1,150
          Photographer: £1,600
          Flowers: £450
          Stationery: £180
          """),
      lines("""
          Item | Budget | Spent
          Venue | £4,000 | £4,200
          Food | £3,500 | £3,900
          Music | £1,000 | £1,150
          """),
      List.of(),
      lines("""
          Guests: 80 · Budget: £14,500
          Date: 14 February · Venue: Pitchford Barn
          Season: late winter, indoors
          """),
      lines("""
          “We wanted it to feel like a big family dinner,” says Hannah.
          “Honestly, the rain made the photos,” Sam laughs.
          """),
      words("wedding, bride, groom, dress, veil, ring, bouquet, flower, cake, couple, church, suit, marquee,"
          + " champagne, celebration, party, dance, barn"));

  static final Site FITNESS = new Site("fit-after-forty.example", "Fit After Forty", "Training",
      Template.MEDIUM, false, false, '-', List.of("Dave Brennan", "Lisa Moreno"),
      lines("""
          Starting strength training at 45 | strength training
          How much protein do older lifters need? | protein intake
          Couch to 5K, ten years later | the 5K plan
          Mobility work that takes ten minutes | mobility work
          Why your knees hurt on the stairs | knee pain
          Sleep is a training variable | sleep
          Kettlebell swings, done right | the kettlebell swing
          Walking 10,000 steps: myth or minimum? | daily walking
          Rowing machine intervals for beginners | rowing intervals
          Recovering from a pulled hamstring | hamstring recovery
          Training around a desk job | desk posture
          Balance drills you can do while brushing your teeth | balance practice
          Creatine after forty | creatine
          Why I stopped chasing PRs | personal records
          Hiking as cardio | weekend hiking
          Building a home gym on a budget | the home gym
          """),
      lines("""
          I came to {s} late, after a doctor’s visit that scared me more than I admitted.
          The research on {s} in people over forty is thinner than you might hope.
          Start lighter than you think you need to; ego is the fastest route to injury.
          Consistency beats intensity, and {s} is a good example of that.
          I log every session in a plain notebook, including how I slept the night before.
          A certified coach can spot problems with {s} that you will never see in a mirror.
          Doing {t} twice a week has done more for my back than anything else I tried.
          If something hurts in a sharp way, stop and get it checked.
          My program for {s} is simple on purpose.
          Most people quit in the third week, so plan for that week in advance.
          The gains from {s} are slow, and that is fine.
          Eat enough, sleep enough, and most of the rest takes care of itself.
          My wife started {s} with me last spring, which helped us both stick with it.
          Readers often ask what {s} looks like in a real week, so here is mine.
          There is no magic number of reps; there is only what you can recover from.
          I am not a doctor, so take what I say about {s} as one person’s experience.
          """),
      words("goblet squats, a brisk walk, foam rolling, Romanian deadlifts, farmer’s carries, hip hinges,"
          + " step-ups, dead hangs, a rest day, a light stretch"),
      lines("""
          Week three of {s}: a goblet squat at 35 lb.
          My notebook from the first month of {s}.
          {S}, the way my coach cues it.
          """),
      lines("""
          The plan
          Week one
          Progression
          What the evidence says
          Common mistakes
          Bottom line
          """),
      lines("""
          3 sets of 8 goblet squats
          2 sets of 10 push-ups
          A 20-minute walk
          5 minutes of stretching
          Plank holds, 3 × 30 seconds
          One full rest day
          """),
      lines("""
          Day | Session | Time
          Monday | Lower body | 35 min
          Wednesday | Upper body | 30 min
          Saturday | Long walk | 60 min
          """),
      List.of(),
      lines("""
          Kettlebell: 16 kg cast iron
          Rower: air resistance, 10 damper settings
          Weight: 9.5 lb
          """),
      lines("""
          “You don’t have to be fast, you have to show up,” my coach told me.
          “Forty is not old, it’s just honest,” a reader wrote.
          """),
      words("gym, run, runner, running, exercise, fitness, sport, workout, bike, cyclist, cycling, yoga, muscle,"
          + " athlete, training, hike, hiker, trainers, mountain, jogging"));

  static final Site KNITTING = new Site("purl-and-plain.example", "Purl and Plain", "Patterns",
      Template.BLOGGER, true, false, '-', List.of("Fiona McLeod", "Jo Pearce"),
      lines("""
          Casting on with the long-tail method | the long-tail cast-on
          My first Fair Isle yoke | the Fair Isle yoke
          Blocking lace: pins, wires and patience | blocking
          Choosing wool for a baby blanket | the baby blanket
          Fixing a dropped stitch three rows down | the dropped stitch
          Socks on circular needles | the socks
          A cabled hat in chunky Aran | the cabled hat
          Reading a knitting chart | chart reading
          Swatching: yes, you have to | the swatch
          Knitting with hand-dyed yarn | hand-dyed yarn
          The Shetland Wool Week diary | wool week
          Mending moth holes | the darning
          Steeking for the nervous | the steek
          A linen stitch tea towel | the tea towel
          Brioche stitch, slowly | brioche stitch
          Finishing: weaving in ends neatly | the finishing
          """),
      lines("""
          I cast on for {s} on the train home and had to rip it back twice before Crewe.
          The pattern calls for {t}, though I substituted something from my stash.
          Tension is the thing that catches everyone out, and {s} is no different.
          My gran taught me to knit, and I still hear her voice when I get {s} wrong.
          Take your time over {s}; there is no prize for finishing first.
          A good light and a comfortable chair make more difference than expensive needles.
          I have linked the pattern at the bottom, and no, nobody paid me to.
          If you get stuck on {s}, the Thursday group at the library is very friendly.
          Count your stitches at the end of every row until you trust yourself.
          {S} took me about three weeks of evenings in front of the telly.
          Use {t} if you can find it; it is much more forgiving.
          The colour in these photographs is a little off, as our kitchen light is very warm.
          Frogging is part of the process, not a failure, and {s} proved it.
          Several of you asked about {s} in the comments on my last post.
          I learned {s} from a very old library book with diagrams that made no sense at first.
          There is a lovely rhythm to {s} once you stop fighting it.
          """),
      words("a 4 mm circular needle, stitch markers, blocking wires, a tapestry needle, Shetland jumper weight,"
          + " a row counter, a cable needle, lifelines, 100% linen, merino DK"),
      lines("""
          {S}, blocked and drying on the spare bed.
          Close-up of {s} before blocking.
          {S} in progress on the sofa arm.
          """),
      lines("""
          Materials
          Gauge
          The method
          Troubleshooting
          Finishing off
          Pattern notes
          """),
      lines("""
          2 skeins of DK in Heather
          4 mm and 4.5 mm needles
          8 stitch markers
          A blunt tapestry needle
          Blocking mats
          Scrap yarn for a provisional cast-on
          """),
      lines("""
          Size | Chest | Yardage
          S | 86 cm | 900 m
          M | 96 cm | 1,050 m
          L | 106 cm | 1,200 m
          """),
      lines("""
          Row 1 (RS): *k2, p2; rep from * to end.
          Row 2 (WS): *p2, k2; rep from * to end.
          Rnd 5: k1, yo, k2tog, k to end.
          Rnd 6: knit all sts.
          """),
      lines("""
          Yarn: 4-ply, 100 g / 400 m
          Needles: 3.25 mm
          Tension: 28 sts × 36 rows to 10 cm
          """),
      lines("""
          “Knitting is just string and stubbornness,” as my gran put it.
          “Nobody will notice but you,” Jo said about the mistake in row 40.
          """),
      words("wool, knit, yarn, sweater, jumper, scarf, hat, stitch, sheep, craft, needle, cardigan, woollen,"
          + " blanket, knitted"));

  static final Site HOTEL = new Site("quinta-miradouro.example", "Quinta do Miradouro, Sintra", "Guest guides",
      Template.DRUPAL, true, true, '•', List.of("Inês Carvalho", "The Quinta team"),
      lines("""
          Our new garden suites are open | the garden suites
          A day trip to Cabo da Roca | Cabo da Roca
          Breakfast on the terrace: what’s new this spring | breakfast
          Getting here from Lisbon airport | the journey from the airport
          Walking to Quinta da Regaleira | the walk to Regaleira
          Meet our head chef, João Simões | João’s kitchen
          Wine tasting in Colares | the Colares tasting
          The spa reopens after renovation | the spa
          Sintra in the rain: five indoor ideas | a rainy day
          Our commitment to greener stays | sustainability
          Family rooms and cots | family stays
          Christmas and New Year at the Quinta | the festive season
          The history of the house | the house’s history
          Cycling the coast road to Cascais | the coast road
          Late check-out and other small luxuries | late check-out
          Weddings and private events | private events
          """),
      lines("""
          Guests often ask us about {s} at check-in, so we have put the details here.
          The reception team can book {t} for you with a day’s notice.
          Sintra is busiest between ten and four, so go early or late if you can.
          {S} is one of the things our returning guests mention most.
          The house was built in 1887 and has been run by the Carvalho family since 1962.
          Please let us know about any dietary needs before you arrive.
          From the upper floor you can see the Moorish Castle on a clear day.
          Parking is free for guests, though the lane is narrow and steep.
          We have worked with local suppliers on {s} wherever we can.
          The number 434 bus stops a short walk from our gate.
          Prices shown are per night and include VAT and the municipal tourist tax.
          Our staff speak Portuguese, English, French and Spanish, and are happy to help with {s}.
          Ask for {t} at reception; it is available to every guest.
          Inês at reception has lived in Sintra all her life and knows every shortcut.
          We hope this note on {s} makes your stay a little easier.
          Do ask if anything is missing; we would much rather know.
          """),
      words("a private transfer, a picnic basket, a guided walk, a table at Tascantiga, a bottle of Colares red,"
          + " a massage, an early breakfast, bicycle hire, a taxi to the station, a babysitter"),
      lines("""
          {S}, photographed for this note by our own team.
          A corner of the Quinta during {s}, April.
          {S}: the view from the upper floor.
          """),
      lines("""
          Getting there
          Opening times
          Prices
          Booking
          Good to know
          Nearby
          """),
      lines("""
          Free Wi‑Fi throughout
          Airport transfer on request
          Cots and high chairs
          Secure bicycle storage
          Lift to all floors
          Dogs welcome in two ground-floor rooms
          """),
      lines("""
          Room | Sleeps | From
          Classic double | 2 | €145
          Garden suite | 2 + 1 | €210
          Family room | 4 | €230
          """),
      List.of(),
      lines("""
          Check-in: from 15:00 · Check-out: by 11:00
          Room size: 32\u00A0m² · Sleeps 2
          Distance to Sintra station: 1.2\u00A0km
          """),
      lines("""
          “It felt like staying with friends,” wrote one guest last summer.
          “We cook what the market has that morning,” says João.
          """),
      words("hotel, room, bed, breakfast, pool, spa, terrace, suite, beach, coast, sea, wine, travel, holiday,"
          + " suitcase, luggage, pier, lighthouse, harbour, palace, castle, garden, tourist"));

  static final Site UNIVERSITY = new Site("earth-sciences.aldermoor-university.example",
      "Department of Earth Sciences, Aldermoor University", "News", Template.DRUPAL, true, true, '•',
      List.of("Communications Office", "Dr Rhys Llewellyn"),
      lines("""
          Dr Amara Osei wins early-career medal | the medal
          New seismometer array installed on campus | the seismometer array
          Fieldwork in Iceland: the 2026 student trip | the Iceland trip
          PhD studentships open for October entry | the studentships
          Professor Helen Wray retires after 34 years | Helen’s retirement
          Sediment cores reveal a wetter medieval climate | the sediment cores
          Open day talks: rocks, rivers and risk | the open day
          Our graduates at the Geological Society | the graduates
          Grant success for coastal erosion project | the erosion project
          Public lecture: volcanoes and aviation | the public lecture
          Lab refurbishment completed | the refurbished lab
          Undergraduate prize winners 2026 | the prizes
          A new MSc in Environmental Data Science | the new MSc
          Research seminar series, spring term | the seminar series
          Alumni profile: Katie Nwosu, hydrogeologist | Katie’s career
          Microplastics found in upland streams | the stream survey
          """),
      lines("""
          The department announced news of {s} at the staff meeting on Wednesday.
          Colleagues across the faculty have congratulated everyone involved in {s}.
          The work was funded by the Natural Environment Research Council.
          Further details of {s} are available from the departmental office.
          Students from all three year groups contributed to {s}.
          {S} builds on more than a decade of research in the department.
          The Head of Department, Professor Rhys Llewellyn, said he was delighted with {s}.
          Findings linked to {s} will be presented at the European Geosciences Union in Vienna.
          The team worked closely with {t} throughout.
          A recording of the event will be made available on the department’s pages.
          Enquiries about {s} should be sent to the postgraduate administrator.
          The department has a long tradition of fieldwork in upland Britain.
          Many of those involved in {s} began as undergraduates here.
          This is the third such award for the department in five years.
          Staff and students are invited to a small reception in the foyer of the Lyell Building.
          The university’s press office has more information on {s}.
          """),
      words("the British Geological Survey, the Environment Agency, colleagues in Reykjavík, the county council,"
          + " local schools, the Met Office, a spin-out company, the Natural History Museum, the National Trust,"
          + " an international consortium"),
      lines("""
          {S}: members of the department, May 2026.
          Equipment used for {s}, in the Lyell Building.
          {S}, as presented at the departmental seminar.
          """),
      lines("""
          About the project
          Funding
          Contact
          Key dates
          Next steps
          How to apply
          """),
      lines("""
          Closing date: 12 January 2026
          Interviews: week of 9 February
          Start date: 1 October 2026
          Stipend at the UKRI rate
          Fees covered at the home rate
          Research training budget
          """),
      lines("""
          Prize | Winner | Year
          Lyell Prize | Ana Sofía Ruiz | Year 3
          Field Mapping Prize | Tom Hargreaves | Year 2
          Best Dissertation | Mei Lin Zhao | MSc
          """),
      List.of(),
      lines("""
          Location: Lyell Building, Room G.14
          Time: 16:00–17:00, tea from 15:30
          Contact: earth-office@aldermoor-university.example
          """),
      lines("""
          “It is a wonderful recognition of the whole team,” said Dr Osei.
          “Fieldwork is where students become scientists,” said Professor Wray.
          """),
      words("university, student, lecture, campus, rock, volcano, river, stream, science, laboratory, lab,"
          + " classroom, book, library, whiteboard, study, glacier"));

  static final Site SOFTWARE = new Site("quillpad-editor.example", "Quillpad", "Releases", Template.GHOST, false,
      false, '*', List.of("Marta Kowalczyk", "Ben Achterberg"),
      lines("""
          Quillpad 3.0 released | version 3.0
          Quillpad 3.0.1: crash fixes | the 3.0.1 patch
          Quillpad 3.1 brings split view | split view
          Quillpad 3.1.2 security release | the security fix
          Quillpad 3.2: faster search | the new search index
          Quillpad 3.2.1 fixes sync conflicts | sync conflict handling
          Quillpad 3.3 adds a plugin API | the plugin API
          Quillpad 3.3.1: Wayland support | Wayland support
          Quillpad 3.4 with vim keybindings | vim mode
          Quillpad 3.4.1 maintenance release | the maintenance release
          Quillpad 3.5: PDF export rewritten | PDF export
          Quillpad 3.5.1: accessibility fixes | screen reader support
          Quillpad 3.6 drops Python 3.8 | the Python upgrade
          Quillpad 3.6.1 fixes the Windows installer | the Windows installer
          Quillpad 3.7 beta: collaborative editing | collaborative editing
          Quillpad 3.7 final | the 3.7 release
          """),
      lines("""
          This release focuses on {s}, which was the most requested change in last year’s survey.
          Thanks to the 41 contributors who sent patches for {s}.
          Packages are available for Debian, Fedora, Homebrew and the Windows Store.
          If you maintain a plugin, please read the notes on {s} before upgrading.
          As always, back up your notes folder before installing a new major version.
          {S} is enabled by default; you can turn it off under Preferences.
          The full changelog lists every merged pull request since the previous tag.
          We fixed a long-standing bug where {t} could corrupt the undo history.
          Translations were updated for German, Brazilian Portuguese and Japanese.
          Work on {s} started more than a year ago in a separate branch.
          Report regressions on the issue tracker with the output of quillpad --version.
          Downstream packagers should note that {t} is now a hard dependency.
          Our continuous integration now tests {s} on all three platforms.
          The minimum supported version of macOS is now 12, partly because of {s}.
          We want to thank Renée Dubois for reviewing most of the changes to {s}.
          Older releases remain available from the downloads page.
          """),
      words("libgit2, the spell checker, the file watcher, tree-sitter, the markdown parser, the sync daemon,"
          + " GTK 4, the font cache, SQLite, the settings migration"),
      lines("""
          {S} in the dark theme on Fedora 41.
          Screenshot of {s} with two notes open.
          {S} with the sidebar collapsed.
          """),
      lines("""
          Highlights
          Breaking changes
          Bug fixes
          Upgrading
          Known issues
          Checksums
          """),
      lines("""
          Fixed a crash when opening empty files (#2214)
          Search no longer ignores accented letters (#2240)
          Export keeps image sizes (#2251)
          Faster startup on large vaults (#2263)
          Tab key indents list items (#2270)
          Removed the legacy sync backend
          """),
      lines("""
          Platform | Package | Size
          Linux | quillpad_3.x_amd64.deb | 18 MB
          macOS | Quillpad-3.x.dmg | 24 MB
          Windows | QuillpadSetup-3.x.exe | 21 MB
          """),
      lines("""
          sudo apt install quillpad
          brew upgrade --cask quillpad
          quillpad --reindex ~/Notes
          flatpak update org.quillpad.Quillpad
          pip install quillpad-plugin-sdk==3.3.0
          sha256sum -c quillpad-3.x.sha256
          """),
      lines("""
          Requires: glibc 2.31 or later
          Download size: 18 MB
          License: GPL-3.0-or-later
          """),
      lines("""
          “Split view is the feature I didn’t know I needed,” one beta tester wrote.
          “Please keep the plain-text files,” users told us, and we have.
          """),
      words("computer, laptop, software, code, keyboard, screen, phone, typewriter, desk, office, programmer,"
          + " developer, data, app, tablet, monitor"));

  static final Site COUNCIL = new Site("ashby-marsh-pc.example", "Ashby Marsh Parish Council", "Council news",
      Template.TABLE_LAYOUT, true, false, '-', List.of("Clerk to the Council", "Mrs J. Whitworth, Clerk"),
      lines("""
          Minutes of the full council meeting, March 2026 | the March meeting
          Grass cutting contract awarded | the grass cutting contract
          Village hall car park resurfacing | the resurfacing work
          Consultation on the neighbourhood plan | the neighbourhood plan
          Defibrillator installed at the old phone box | the defibrillator
          Allotment vacancies for 2026 | the allotments
          Precept set for 2026/27 | the precept
          Litter pick on Saturday 18 April | the litter pick
          Planning application 26/0142 – objections | the planning application
          Speeding on Mill Lane: results of the survey | the speed survey
          Christmas lights switch-on | the lights switch-on
          Co-option to fill a council vacancy | the vacancy
          Flood warden volunteers needed | the flood wardens
          The annual parish meeting | the annual meeting
          Bus shelter repairs on the green | the bus shelter
          Footpath 12 reopened | the footpath
          """),
      lines("""
          The clerk reported on {s} at the meeting held on Tuesday in the village hall.
          Councillors discussed {s} at some length and agreed to defer a decision.
          Residents are welcome to attend and may speak during the public participation session.
          The full papers for {s} can be inspected at the parish office by appointment.
          It was resolved that {t} be asked to provide a written quotation.
          The chairman thanked the volunteers who had helped with {s}.
          Any comments on {s} should reach the clerk by the end of the month.
          The council has a duty to consider value for money in every contract it awards.
          Cllr Patel declared an interest and took no part in the discussion of {s}.
          The matter will be reported to the district council for information.
          Funding for {s} will come from the council’s earmarked reserves.
          A copy of the notice has been placed on the board outside the shop.
          Minutes are published here within a month of each meeting.
          The council is grateful to {t} for its continued support.
          Members noted that {s} had been raised by several residents.
          There were no further questions from members of the public.
          """),
      words("the district council, the highways authority, the Women’s Institute, a local contractor,"
          + " the primary school, the county footpaths officer, the Environment Agency, the village shop,"
          + " Ashby Marsh Cricket Club, the internal auditor"),
      lines("""
          {S}: the site as it looked in February.
          The notice about {s} on the parish board.
          {S}, photographed by a resident.
          """),
      lines("""
          Apologies
          Declarations of interest
          Public participation
          Finance
          Planning
          Date of next meeting
          """),
      lines("""
          To receive apologies for absence
          To approve the minutes of 10 February 2026
          To note the clerk’s report
          To consider planning applications
          To approve payments
          Any other business (for information only)
          """),
      lines("""
          Payee | Purpose | Amount
          J. Hargreaves | Grass cutting | £640.00
          SSE | Street lighting | £212.40
          Clerk | Salary, March | £585.00
          """),
      List.of(),
      lines("""
          Meeting: Tuesday 7 April 2026, 7.30\u00A0pm
          Venue: Ashby Marsh Village Hall
          Contact: clerk@ashby-marsh-pc.example
          """),
      lines("""
          “We cannot do everything, but we can do this properly,” the chairman said.
          “The lane has been a worry for years,” one resident told the meeting.
          """),
      words("council, meeting, village, hall, parish, vote, flag, government, town, bus, lane"));

  static final List<Site> ALL = List.of(GARDEN, PETS, CARS, WEDDINGS, FITNESS, KNITTING, HOTEL, UNIVERSITY,
      SOFTWARE, COUNCIL);

  // ---- Injected captions: pieces written for this set, none on any host's topic once filtered ----

  static final List<String> PEOPLE = lines("""
      A young woman
      Two teenage boys
      An older man with a grey beard
      A smiling businesswoman
      Three colleagues
      A tall man
      A woman in her seventies
      A girl with braided hair
      Two friends
      A woman with short silver hair
      A young father
      A jazz trumpeter
      Zoë and her grandmother
      A street musician
      Two nurses
      A man with a shaved head
      """);

  static final List<String> CLOTHING = lines("""
      in a yellow raincoat
      wearing a navy blazer
      in a denim jacket
      in a red beanie
      wearing big headphones
      in a striped T-shirt
      in a leather jacket
      wearing round glasses
      in a green parka
      in white sneakers
      in a hi-vis vest
      wearing a floral headscarf
      in a camel overcoat
      in orange dungarees
      """);

  static final List<String> ACTIONS = lines("""
      laughing at something on a phone
      waiting at a crossing
      drinking coffee at a window table
      looking out over a city skyline
      carrying shopping bags along a busy pavement
      sitting on the steps of a museum
      reading a newspaper on a train
      shaking hands across a table
      posing in front of a graffiti wall
      riding an escalator in a shopping centre
      playing chess in a square
      standing under an umbrella in the rain
      queueing outside a bakery
      taking a selfie on a rooftop
      """);

  static final List<String> THINGS = lines("""
      An empty pier
      Hot-air balloons
      A stack of paperback books
      A vintage typewriter
      Wind turbines
      A lighthouse
      Neon signs
      An espresso cup
      A steam locomotive
      Sailing boats
      A snowed-in mountain hut
      A disco ball
      Stacked shipping containers
      An old rotary phone
      A row of terraced houses
      A suspension bridge
      Paper lanterns
      A chessboard mid-game
      """);

  static final List<String> WHERE = lines("""
      on a wooden desk
      over a misty valley
      in a harbour
      in a rain-soaked street
      on a hillside
      beside a motorway
      against a clear sky
      in a deserted car park
      on a marble counter
      above a frozen lake
      along a canal
      in an airport lounge
      """);

  static final List<String> WHEN = List.of("at dusk", "at sunrise", "at night", "in winter", "on a foggy morning",
      "seen from above", "", "", "");

  static final List<String> PHOTOGRAPHERS = lines("""
      Björn Lindqvist
      Renée Dubois
      Tomasz Wiśniewski
      Aoife Brennan
      Marco Bellini
      Kwame Mensah
      Hiroshi Tanaka
      Ana Sofía Ruiz
      Łukasz Nowak
      Chloé Martin
      """);

  static final List<String> AGENCIES = List.of("Unsplash", "Pexels", "Shutterstock", "iStock by Getty Images",
      "Adobe Stock", "Alamy Stock Photo", "Pixabay", "Dreamstime");
}
