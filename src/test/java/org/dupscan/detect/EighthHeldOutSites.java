package org.dupscan.detect;

import java.util.List;

/**
 * The eight hosts of the eighth held-out set: what each site's template holds and the words its
 * articles are written from. Sentences carry slots filled per page: {@code {s}} the page's subject,
 * {@code {S}} the subject starting a sentence, {@code {n}} a small number, {@code {m}} a larger one and
 * {@code {who}} a first name.
 */
final class EighthHeldOutSites {

  private EighthHeldOutSites() {}

  /** The page template a host serves. */
  enum Template {
    /** A WordPress block theme: {@code figure.wp-block-image}, lazy images with {@code data-src}. */
    WP_BLOCKS,
    /** Ghost: {@code figure.kg-card.kg-image-card} with {@code srcset}, "Read next" cards. */
    GHOST,
    /** An Elementor page: sections, columns and widgets nested in divs, a sticky share bar. */
    ELEMENTOR,
    /** A local listings site: event cards with facts lists and its own credited photos. */
    LISTINGS,
    /** Blogger: {@code table.tr-caption-container}, "Publicado por" footer, comments. */
    BLOGGER,
    /** A Medium-like reader: {@code picture} with {@code source srcset}, claps, "more from". */
    MEDIUM,
    /** A Swedish blog theme: {@code img.lazyload} with {@code data-src}, a caption div below. */
    LAZY_BLOG,
    /** A Squarespace-like site: {@code div.sqs-block.image-block}, captions in a wrapper. */
    SQUARESPACE
  }

  record Host(String name, String site, String lang, Template template, List<String> nav, String cookie,
      String accept, String breadcrumb, String section, List<String> authors, String share, String related,
      String newsletter, String subscribe, String footer, String titleSeparator, List<String> subjects,
      List<String> titlePatterns, List<String> headings, List<String> sentences, List<String> onTopic,
      List<String> specs, List<String> stock, List<String> local, List<String> filenames, List<String> names,
      List<String> keywordTails, String tags, String searches, List<String> stuffers, List<String> leadIns,
      String finalHeading, String tldr) {

    boolean english() {
      return lang.equals("en");
    }
  }

  static List<String> lines(String block) {
    return block.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  // English stock wordings shared by the spam of all hosts, as a caption farm would reuse them.
  static final List<String> STOCK_EN = lines("""
      Toddler stacking wooden blocks on a living room rug
      Close-up of hands counting coins on a kitchen table
      Young father holding a newborn near a sunny window
      Woman laughing while talking on the phone in a cafe
      Stack of folded towels beside a wicker basket
      Two friends jogging along a river path at sunrise
      Elderly couple sharing breakfast on a balcony
      Businessman looking at a laptop screen with a worried face
      Little girl blowing bubbles in a backyard garden
      Cup of coffee and an open notebook on a wooden desk
      Group of teenagers taking a selfie at a street festival
      Mother and son baking cookies together at home
      Person writing a shopping list with a pencil
      Happy dog running through autumn leaves in the park
      Hands holding a smartphone with a calculator app open
      """);

  // Long, detailed stock wordings: setting, lens and "copy space" words.
  static final List<String> STOCK_LONG_EN = lines("""
      Smiling young mother lifting her baby in the air in a bright modern living room, lifestyle shot with copy space
      Overhead flat lay of a planner, glasses, a smartphone and a coffee mug on a white marble surface, minimal concept
      Cheerful multiethnic family sitting on the sofa and watching television together, candid indoor scene, shallow depth of field
      Portrait of a confident young woman with curly hair standing against a concrete wall, urban lifestyle concept with space for text
      Senior man in reading glasses checking paperwork at the kitchen table, natural light from the window, horizontal composition
      Close-up of a craftsman's hands measuring a wooden plank with a tape measure, workshop background out of focus
      Happy couple unpacking cardboard boxes in their new apartment, moving day concept, warm tones and copy space
      """);

  static final List<String> CREDITS = List.of("Image: %s / Shutterstock", "© %s – stock.adobe.com", "Source: Pexels",
      "Photo: %s via Getty Images", "Credit: %s / iStock");

  static final List<String> PHOTOGRAPHERS = List.of("Olga Petrenko", "Marcus Lind", "Jae-won Park", "Fatima Rahman",
      "Luca Bernardi", "Hanna Berg", "Diego Morales", "Anika Shah");

  static final List<Host> HOSTS = List.of(
      new Host("tinytoesandtummies.example", "Tiny Toes & Tummies", "en", Template.WP_BLOCKS,
          List.of("Baby Gear", "Feeding", "Sleep", "Toddlers", "Reviews", "Shop"),
          "We use cookies to personalise content and to analyse our traffic. By continuing you agree to our cookie policy.",
          "Got it", "Home » %s » %s", "Baby Gear", List.of("Rachel Moore", "Priya Anand", "Kate Dunleavy"),
          "Share this post: Facebook · Pinterest · Email",
          "You may also like",
          "Join 14,000 parents who get our gentle, no-nonsense tips every Sunday morning.", "Sign me up",
          "© 2026 Tiny Toes & Tummies · As an Amazon Associate we earn from qualifying purchases · Privacy", " – ",
          lines("""
              baby carriers
              bottle sterilisers
              white noise machines
              travel cots
              teething toys
              nappy bags
              high chairs
              baby monitors
              swaddle blankets
              stair gates
              bath seats
              pram footmuffs
              sippy cups
              night lights
              car seat mirrors
              """),
          List.of("The Honest Guide to %s for Tired Parents", "%s: What We Wish We Had Known Sooner"),
          lines("""
              What actually matters
              How we tested them
              Safety first
              Our honest verdict
              The little details
              """),
          lines("""
              When our first baby arrived, {s} were the last thing on our minds, and we learned about them the hard way.
              I asked {n} friends with toddlers what they thought about {s}, and not one of them gave the same answer.
              The short version is that most {s} do the job, but a few small details make a big difference at three in the morning.
              Our midwife, {who}, told us to ignore the marketing and to look at how easily things clean.
              We spent about {m} pounds on things we used twice, so please learn from our mistakes.
              Every baby is different, and what soothed our daughter did nothing at all for our son.
              If you can borrow before you buy, do it: babies grow out of things faster than any shop admits.
              We kept a little notebook by the changing mat for {n} weeks and wrote down what we reached for most.
              Look for seams that do not rub and fabric that survives the hot wash, because it will be washed a lot.
              The best {s} are the ones you can use with one hand while holding a wriggling baby in the other.
              Second-hand is fine for most of these, but always check the recall lists before you buy.
              {who} from our Facebook group swears by hers, and she has used it for {n} children now.
              Some of the cheaper {s} felt flimsy in our hands, yet they lasted longer than the expensive ones.
              Storage matters more than you think when your hallway is already full of prams and scooters.
              Our health visitor reminded us that nothing replaces a calm, well-fed and well-rested parent.
              After {n} months of daily use, the stitching on ours is still holding, which surprised me.
              Grandparents will want to buy you everything, so give them a short list and stick to it.
              I would rather have three simple things that work than a drawer full of gadgets.
              Do not be afraid to return something that does not suit your family, most shops allow {m} days.
              We found that {s} were far easier to use once the baby was past the newborn weeks.
              The instructions are usually written for people who have slept, so read them twice.
              Test everything in the shop if you can, folding, buckling and carrying it up a flight of stairs.
              Parents in small flats should measure their space before ordering anything bulky online.
              My partner, who reads every review, found that {n} of the popular models had the same weak clip.
              By the time our son turned one, we had sold most of it on and bought nothing new.
              Night feeds were easier once we had everything within reach on the same side of the bed.
              """),
          List.of("Our own {s} after {n} weeks of daily use", "Testing {s} at home with our toddler, who was not impressed",
              "The three {s} we liked best, side by side on the nursery floor"),
          List.of("{S}, folded: 58 × 45 × 24 cm, 6.8 kg, suitable from birth to 15 kg",
              "Fig. {n}: dimensions and weight of the model we tested, 42 × 30 × 12 cm, 1.2 kg"),
          lines("""
              Baby with curly hair napping on a knitted blanket
              Newborn feet held in a parent's hands
              Smiling toddler sitting in a laundry basket
              Pregnant woman resting her hands on her belly by the window
              Little boy in pyjamas hugging a teddy bear
              """),
          List.of(), List.of("baby_sleeping_peacefully_in_crib_stock", "MotherHoldingNewbornCloseUp_3921",
              "toddler-playing-with-toys-on-floor_1200x800", "happy_pregnant_woman_smiling_stock_photo"),
          List.of("Ellie", "Sam", "Hannah", "Zoe", "Tom", "Amira", "Jess"),
          List.of("best price", "uk 2026", "reviews", "for newborns", "cheap deals", "top rated", "near me", "sale"),
          "Tags:", "Related searches:",
          List.of("Buying %s? Compare %s before you order.", "Our %s list is updated weekly.",
              "Find the best %s for your family.", "Parents love these %s.", "Read more %s reviews here."),
          List.of("To sum up:", "Final thoughts:"), "Final thoughts", "TL;DR:"),

      new Host("thriftyledger.example", "The Thrifty Ledger", "en", Template.GHOST,
          List.of("Budgeting", "Saving", "Debt", "Investing", "Tools", "About"),
          "This site uses cookies for analytics. You can opt out at any time in your browser settings.", "Accept",
          null, "Budgeting", List.of("Owen Marsh", "Deborah Kaye"),
          "Share: X · LinkedIn · Copy link", "Read next",
          "Get one practical money idea in your inbox every Tuesday. No spam, unsubscribe anytime.", "Subscribe",
          "The Thrifty Ledger © 2026 – Published with Ghost – Not financial advice", " | ",
          lines("""
              emergency funds
              sinking funds
              credit card balance transfers
              grocery budgets
              index fund portfolios
              high-interest savings accounts
              student loan repayments
              household energy bills
              no-spend months
              pension contributions
              car insurance renewals
              zero-based budgets
              side-hustle income
              mortgage overpayments
              subscription audits
              """),
          List.of("A Plain-English Look at %s", "Why %s Deserve a Second Look This Year"),
          lines("""
              The numbers behind it
              A worked example
              Where people go wrong
              What I do myself
              """),
          lines("""
              Most people I talk to about {s} expected the topic to be complicated, but the basics fit on an index card.
              In a typical month our household spends around {m} percent of take-home pay on fixed costs.
              A reader called {who} wrote in last spring with a question that I still think about.
              The maths is simple; the hard part is the habit, and habits take about {n} weeks to settle.
              Interest compounds quietly in both directions, which is why debt feels heavier every year.
              Nothing here is advice for your situation, so check the details with a regulated adviser.
              I keep a spreadsheet with one row per month and {n} columns, and I update it on the first Sunday.
              If {s} sound boring, that is a good sign: boring money decisions tend to work.
              Banks change their rates without much fanfare, so set a reminder to check yours every quarter.
              The first time I tried this, I gave up after {n} weeks, and the second time it stuck.
              Write down every fixed cost, then every variable one, and be honest about the takeaway line.
              Automating the transfer on payday removes the temptation to decide again each month.
              A good rule of thumb is that you should understand any product you put money into.
              Fees of even one percent can eat a large share of growth over {m} years.
              When {who} and her partner sat down with their statements, they found {n} forgotten subscriptions.
              Comparison sites are useful, but the cheapest headline price is not always the best deal.
              Think of {s} as a tool rather than a rule, and adjust them as your life changes.
              I used to feel guilty about spending money on hobbies, and a small budget line fixed that.
              Inflation makes cash savings shrink in real terms, so keep only what you need for emergencies there.
              Your credit file is free to check, and errors on it are more common than you would expect.
              It took us {m} months to build the habit, and now it runs almost without thinking.
              Never borrow to invest unless you can afford to lose every penny of it.
              The simplest plan you will actually follow beats a clever plan you abandon.
              Talk to your partner about money before it becomes an argument, not during one.
              Keep receipts for large purchases in one folder, paper or digital, for at least {n} years.
              I rounded every figure in this post to keep the arithmetic readable.
              """),
          List.of("My own spreadsheet for {s}, with the figures blurred", "Chart: how {s} changed our monthly spending over {m} months"),
          List.of(),
          lines("""
              Piggy bank on a table next to a stack of coins
              Young couple signing documents at a bank
              Woman checking receipts with a calculator at home
              Stock market chart on a computer monitor
              """),
          List.of(), List.of("saving_money_concept_piggy_bank_coins", "YoungCoupleCalculatingHomeFinances_882",
              "credit-cards-and-wallet-on-desk_800x533", "financial_planning_stock_image_hd"),
          List.of("Marta", "Ben", "Chloe", "Raj", "Ian", "Lucy"),
          List.of("calculator", "2026 uk", "best rates", "explained", "for beginners", "tips", "free template"),
          "Tags:", "People also search for:",
          List.of("Learn how %s work with our %s guide.", "Compare %s today.", "The best %s for you.",
              "Start with %s now.", "Everything about %s in one place."),
          List.of("TL;DR:", "Bottom line:"), "The bottom line", "TL;DR:"),

      new Host("heimwerkerstube.example", "Heimwerkerstube", "de", Template.ELEMENTOR,
          List.of("Startseite", "Bad & Küche", "Boden", "Wand & Decke", "Werkzeug", "Kontakt"),
          "Wir verwenden Cookies, um unsere Website für Sie zu optimieren. Weitere Informationen finden Sie in der Datenschutzerklärung.",
          "Alle akzeptieren", "Startseite › %s › %s", "Bad & Küche", List.of("Jürgen Albrecht", "Sabine Vogt"),
          "Teilen: Facebook · Pinterest · WhatsApp", "Das könnte dich auch interessieren",
          "Neue Anleitungen direkt ins Postfach: Trag dich in unseren Newsletter ein.", "Anmelden",
          "© 2026 Heimwerkerstube · Impressum · Datenschutz · Alle Angaben ohne Gewähr", " – ",
          lines("""
              Fliesen verlegen
              Silikonfugen erneuern
              Laminat schneiden
              Wände spachteln
              Dübel setzen
              Türen abschleifen
              Rigipsplatten montieren
              Tapeten entfernen
              Heizkörper entlüften
              Fensterbänke einbauen
              Duschrinnen abdichten
              Parkett ölen
              Sockelleisten anbringen
              Arbeitsplatten zuschneiden
              Decken streichen
              """),
          List.of("%s: So gelingt es auch Anfängern", "%s ohne Profi – unsere Schritt-für-Schritt-Anleitung"),
          lines("""
              Das brauchst du
              Schritt für Schritt
              Typische Fehler
              Unser Fazit aus der Praxis
              """),
          lines("""
              {S} gehört zu den Arbeiten, die viele lieber einem Handwerker überlassen, obwohl es gar nicht so schwer ist.
              Bevor du anfängst, solltest du dir etwa {n} Stunden Zeit nehmen und alle Werkzeuge bereitlegen.
              Mein Nachbar {who} hat mir beim ersten Mal geholfen, und ohne ihn hätte ich einiges falsch gemacht.
              Achte darauf, dass der Untergrund trocken, sauber und tragfähig ist, sonst hält nichts lange.
              Im Baumarkt kostet das Material für ein kleines Bad ungefähr {m} Euro, Werkzeug nicht eingerechnet.
              Eine Schutzbrille und Handschuhe sind keine Spielerei, sondern bei dieser Arbeit wirklich wichtig.
              Beim Thema {s} gibt es viele Mythen, die sich hartnäckig in Foren halten.
              Arbeite lieber langsam und sauber, denn Korrekturen kosten am Ende mehr Zeit als Sorgfalt.
              Nach etwa {n} Tagen ist alles ausgehärtet und kann normal belastet werden.
              Wer zur Miete wohnt, sollte vorher mit dem Vermieter sprechen und die Absprache schriftlich festhalten.
              Ich habe für dieses Projekt {n} Wochenenden gebraucht, weil ich zwischendurch Material nachkaufen musste.
              Ein guter Cuttermesser mit frischen Klingen erspart dir eine Menge Ärger.
              Miss zweimal und schneide einmal: Die alte Regel gilt hier mehr als irgendwo sonst.
              Unsere Leserin {who} hat uns Fotos von ihrem Ergebnis geschickt, und es sieht großartig aus.
              Wenn du unsicher bist, probiere die Technik zuerst an einem Reststück aus.
              Die Raumtemperatur sollte während der Arbeit zwischen {m} und 25 Grad liegen.
              Günstiges Werkzeug reicht für ein einzelnes Projekt, für häufige Arbeiten lohnt sich Qualität.
              Lüfte den Raum gut, vor allem wenn du mit Kleber oder Lösungsmitteln arbeitest.
              Plane eine Reserve von etwa zehn Prozent Material ein, denn Verschnitt gibt es immer.
              Nach der Arbeit alles gründlich reinigen, solange die Reste noch nicht fest sind.
              Viele Fehler passieren, weil man am Ende müde wird und die letzten Meter schnell fertig haben will.
              In unserem Altbau waren die Wände so schief, dass wir {n} Versuche für die erste Reihe brauchten.
              Ein Laserwasserwaage ist kein Muss, spart aber bei größeren Flächen viel Zeit.
              Fotografiere vorher den Zustand, damit du später weißt, wo Leitungen verlaufen.
              Für Fragen sind wir in den Kommentaren da und antworten meistens innerhalb von {n} Tagen.
              """),
          List.of("Zwischenschritt beim {s} in unserem Gästebad", "So sah es bei uns nach {n} Stunden Arbeit aus"),
          List.of("Werkzeugset für {s}: Zahnkelle 8 mm, Wasserwaage 60 cm, Gummihammer",
              "Abb. {n}: Fugenbreite 3 mm, Trocknungszeit 24 h, Verbrauch ca. 1,5 kg/m²"),
          lines("""
              Handwerker mit Helm hält eine Bohrmaschine in der Hand
              Junges Paar streicht gemeinsam eine Wand in der neuen Wohnung
              Frau mit Werkzeugkoffer steht lächelnd vor einer Haustür
              Modernes Badezimmer mit Regendusche und Holzelementen
              """),
          List.of(), List.of("handwerker_bei_der_arbeit_stockfoto", "RenovierungWohnungPaarStreichtWand_551",
              "werkzeug-auf-holztisch-1024x683", "modernes_bad_interior_stock"),
          List.of("Holger", "Petra", "Uwe", "Anja", "Stefan", "Birgit"),
          List.of("anleitung", "kosten", "selber machen", "tipps", "werkzeug kaufen", "günstig", "2026"),
          "Schlagwörter:", "Ähnliche Suchanfragen:",
          List.of("Hier findest du alles zu %s und %s.", "Jetzt %s vergleichen.", "Die besten Tipps zu %s.",
              "Alles über %s.", "%s einfach erklärt."),
          List.of("Fazit:", "Kurz gesagt:"), "Fazit", "Das Wichtigste in Kürze:"),

      new Host("riversideweekend.example", "Riverside Weekend", "en", Template.LISTINGS,
          List.of("What's On", "Markets", "Music", "Family", "Food & Drink", "Submit an event"),
          "We and our partners use cookies to show you relevant listings. Manage your choices in settings.", "Accept all",
          "What's On › %s › %s", "Family", List.of("Dana Whitlock", "Femi Adeyemi", "Colm Byrne"),
          "Share this event · Add to calendar · Print", "More events this week",
          "The weekend guide lands in your inbox every Thursday at noon.", "Get the guide",
          "Riverside Weekend is an independent listings site. Event details may change; check with organisers.",
          " | ",
          lines("""
              the farmers' market
              the lantern parade
              the open studios trail
              the riverside book fair
              the vintage car show
              the community choir concert
              the food truck night
              the heritage walking tour
              the summer fete
              the craft beer festival
              the children's science day
              the outdoor cinema
              the charity fun run
              the jazz brunch
              the winter makers' fair
              """),
          List.of("Everything You Need to Know About %s", "Your Weekend Plan: %s and Where to Eat Nearby"),
          lines("""
              Getting there
              Tickets and times
              What to expect
              Food and facilities
              """),
          lines("""
              This year {s} moves to the meadow by the old boathouse, which gives stalls much more room.
              Organisers expect around {m} hundred visitors across the weekend if the weather holds.
              Parking on Mill Lane fills up by ten, so the park-and-ride from the leisure centre is your best bet.
              Dogs on leads are welcome, though the organisers ask owners to keep them away from the food area.
              Volunteer coordinator {who} told us that they still need helpers for the Sunday afternoon shift.
              The number {n} bus stops right outside the main gate every twenty minutes on Saturdays.
              Step-free access is available at the north entrance, and there are accessible toilets on site.
              Last year's event raised more than {m} hundred pounds for the hospice and the food bank.
              Bring cash if you can, because card signal near the river is patchy at the best of times.
              Children under {n} go free, and there is a quiet tent for anyone who needs a break from the noise.
              The local bakery is doing a pop-up stall, and their cinnamon buns sold out by eleven last time.
              Local historian {who} will lead a short talk at two o'clock about the town's mills.
              If it rains, the indoor programme moves to the parish hall on Church Street.
              Road closures are in place from seven in the morning, so check the council website before driving.
              Families told us that arriving early is the best way to avoid the queues at the face-painting tent.
              The main stage programme runs until {n} in the evening, with a short break for a raffle.
              Picnic blankets are welcome on the grass, but barbecues and glass bottles are not allowed.
              We have been covering {s} for {n} years now, and it gets a little bigger every time.
              Stallholders come from across the county, and about half of them are first-timers.
              Lost children should be taken to the information point next to the first-aid tent.
              The river path from the station takes about {m} minutes on foot and is lovely in the morning.
              Tickets bought on the day cost a little more, so booking online saves you a few pounds.
              Photography is fine for personal use, though performers ask that you do not film whole sets.
              Organisers promise more seating this year after complaints about sore feet in past seasons.
              """),
          List.of("Crowds at {s} last year, with the boathouse behind", "Stallholders setting up for {s} on Saturday morning"),
          List.of(),
          lines("""
              Friends toasting with glasses of wine at a dinner party
              Young woman with headphones dancing at a music festival
              Family having a picnic on a blanket in a sunny park
              Hands holding sparklers against a dark sky
              """),
          List.of(), List.of("summer_festival_crowd_stock_photo", "FriendsEnjoyingOutdoorConcert_2210",
              "family-picnic-park-1024x683", "street_food_market_stock_hd"),
          List.of("Maggie", "Declan", "Priti", "Oliver", "Nora"),
          List.of("tickets", "2026 dates", "near me", "parking", "opening times", "free entry", "what's on"),
          "Tags:", "Related searches:",
          List.of("Book %s now.", "Find %s tickets and %s here.", "Don't miss %s.", "All %s info.", "Plan %s today."),
          List.of("In short:", "The quick version:"), "In short", "At a glance:"),

      new Host("lookdeldia.example", "El Look del Día", "es", Template.BLOGGER,
          List.of("Inicio", "Moda", "Belleza", "Cuidado de la piel", "Compras", "Sobre mí"),
          "Este sitio utiliza cookies de Google para prestar sus servicios y analizar el tráfico.", "Entendido",
          null, "Belleza", List.of("Lucía Ferrer", "Carmen Ruiz"),
          "Compartir: Facebook · Twitter · Pinterest", "Quizás también te interese",
          "Suscríbete y recibe cada viernes mis looks y novedades de belleza.", "Suscribirme",
          "El Look del Día · Tema Sencillo · Con la tecnología de Blogger", " | ",
          lines("""
              el delineado de ojos
              la rutina de noche
              los vaqueros rectos
              el protector solar facial
              las bailarinas
              el pelo rizado
              las uñas nude
              el abrigo camel
              el sérum de vitamina C
              los bolsos de rafia
              el maquillaje natural
              las gabardinas
              el contorno de ojos
              las camisas de lino
              el champú sólido
              """),
          List.of("Todo sobre %s: mi experiencia después de un año", "Cómo combino %s sin complicarme"),
          lines("""
              Lo que me funciona
              Mis productos favoritos
              Errores que cometí
              Mi opinión sincera
              """),
          lines("""
              Hace {n} años no sabía nada sobre este tema, y hoy es una parte fija de mi día a día.
              Mi amiga {who} me recomendó empezar poco a poco, y tenía toda la razón.
              {S} es uno de los temas que más me preguntáis por Instagram, así que aquí va mi experiencia.
              No hace falta gastar mucho dinero: mi primera compra costó menos de {m} euros.
              La clave está en la constancia, porque los resultados no se ven de un día para otro.
              Prefiero las marcas pequeñas y los productos con pocos ingredientes, aunque no siempre es posible.
              Durante {n} semanas lo probé cada día y fui apuntando lo que notaba en una libreta.
              En primavera suelo cambiar un poco la rutina, porque mi piel se vuelve más grasa.
              Si tenéis dudas sobre {s}, lo mejor es probar en una tienda antes de comprar por internet.
              Mi hermana {who} tiene un estilo completamente distinto y aun así le queda genial.
              No sigo todas las tendencias, solo las que encajan con mi forma de vestir y con mi presupuesto.
              Los tonos neutros son fáciles de combinar y duran muchas temporadas.
              Algunas de las prendas que más uso las compré de segunda mano hace {n} años.
              Leer las etiquetas me ha ahorrado más de un disgusto con la lavadora.
              Cuando viajo llevo siempre una versión reducida de todo en un neceser pequeño.
              Os cuento también lo que no me gustó, porque no todo funciona para todo el mundo.
              Las fotos de este post las hicimos en el barrio, una tarde de luz muy bonita.
              Con {s} me pasó lo mismo que con casi todo: al principio me costó encontrar lo mío.
              Una dermatóloga me explicó que menos es más, y desde entonces uso solo {n} productos.
              El precio medio de lo que os enseño hoy ronda los {m} euros, nada de locuras.
              Cuidar la ropa hace que dure el doble, y eso también es sostenible.
              Si os apetece, dejadme en comentarios vuestras dudas y las respondo todas.
              Mi madre siempre decía que la elegancia está en los detalles, y cada año le doy más la razón.
              No me pagan por recomendar nada de lo que aparece aquí, lo compré yo misma.
              """),
          List.of("Así quedó mi look con {s}, en la terraza de casa", "Los {n} productos que uso cada mañana, sobre el tocador"),
          List.of(),
          lines("""
              Mujer sonriente con sombrero de paja en la playa
              Primer plano de una mujer aplicándose crema en la cara
              Chica joven paseando por la ciudad con bolsas de compras
              Modelo posando frente a una pared de ladrillo
              """),
          lines("""
              Mujer joven maquillándose frente al espejo del baño
              Pareja feliz tomando café en una terraza soleada
              Niña riendo mientras juega en un parque de otoño
              """),
          List.of("mujer_joven_maquillaje_espejo_stock", "ChicaConBolsasDeCompras_4410",
              "modelo-pared-ladrillo-1024x683", "woman_applying_face_cream_closeup"),
          List.of("Elena", "Marta", "Irene", "Sofía", "Paula"),
          List.of("barato", "mujer 2026", "opiniones", "tendencias", "online", "oferta", "mejor precio"),
          "Etiquetas:", "Búsquedas relacionadas:",
          List.of("Descubre %s y %s aquí.", "Compra %s online.", "Las mejores ideas de %s.", "Todo sobre %s.",
              "%s al mejor precio."),
          List.of("En resumen:", "Para terminar:"), "En resumen", "Resumen rápido:"),

      new Host("biegamzglowa.example", "Biegam z głową", "pl", Template.MEDIUM,
          List.of("Start", "Trening", "Dieta", "Sprzęt", "Zawody", "O mnie"),
          "Ta strona korzysta z plików cookie, aby zapewnić najlepszą jakość usług.", "Akceptuję",
          null, "Trening", List.of("Tomasz Wiśniewski", "Agnieszka Nowak"),
          "Udostępnij: Facebook · X · Skopiuj link", "Więcej od autora",
          "Zapisz się na newsletter i co tydzień dostawaj plan treningowy na maila.", "Zapisz się",
          "© 2026 Biegam z głową · Regulamin · Polityka prywatności", " – ",
          lines("""
              Bieganie interwałowe
              Rozciąganie po treningu
              Trening siłowy dla biegaczy
              Dieta przed maratonem
              Bieganie zimą
              Regeneracja po zawodach
              Technika biegu
              Trening tempowy
              Nawodnienie w upale
              Bieganie w terenie
              Pierwszy półmaraton
              Ból kolana biegacza
              Rolowanie mięśni
              Bieganie z wózkiem
              Plan na dziesięć kilometrów
              """),
          List.of("%s – praktyczny poradnik krok po kroku", "%s: czego nauczyły mnie ostatnie sezony"),
          lines("""
              Od czego zacząć
              Mój plan tygodniowy
              Najczęstsze błędy
              Co mówią badania
              """),
          lines("""
              {S} to temat, o który pytacie mnie najczęściej po każdych zawodach.
              Biegam od {n} lat i wciąż uczę się czegoś nowego o własnym ciele.
              Mój trener {who} powtarza, że najważniejsza jest regularność, a nie pojedynczy mocny trening.
              Na początku przebiegałem tygodniowo około {m} kilometrów i to w zupełności wystarczało.
              Warto prowadzić dziennik treningowy, nawet jeśli to tylko kilka zdań w zeszycie.
              Nie porównuj się z innymi, bo każdy zaczyna z innego miejsca i ma inne cele.
              Rozgrzewka powinna trwać co najmniej {n} minut, a zimą nawet dłużej.
              Koleżanka z klubu, {who}, przygotowała się w ten sposób do swojego pierwszego startu.
              Sen jest równie ważny jak sam trening, o czym wielu amatorów zapomina.
              Po {n} tygodniach zauważyłem, że tętno na spokojnych biegach wyraźnie spadło.
              Dobre buty nie muszą być najdroższe, ale powinny pasować do twojej stopy i stylu biegu.
              Jeśli coś boli dłużej niż kilka dni, idź do fizjoterapeuty zamiast biegać dalej.
              W naszym parku jedna pętla ma około {m} metrów, więc łatwo liczyć odcinki.
              Jedz normalnie i nie wprowadzaj rewolucji w diecie tuż przed ważnym biegiem.
              Zimą zakładam trzy cienkie warstwy zamiast jednej grubej kurtki.
              Najwięcej kontuzji widzę u osób, które zbyt szybko zwiększają kilometraż.
              Raz w tygodniu robię spokojne długie wybieganie, zawsze w rozmownym tempie.
              Trening w grupie bardzo motywuje, szczególnie w ciemne listopadowe wieczory.
              Zegarek sportowy pomaga, ale nie daj się zwariować liczbom na ekranie.
              Przed startem sprawdź trasę i zaplanuj, gdzie będziesz pić wodę.
              Na ostatnich zawodach pobiegłem o {n} minuty szybciej niż rok temu.
              Plan możesz zawsze dopasować do swojego kalendarza, nie odwrotnie.
              W komentarzach napiszcie, jak wygląda wasz tydzień treningowy.
              Dzień odpoczynku to też część planu, a nie stracony czas.
              """),
          List.of("Moje notatki treningowe z {m} tygodni przygotowań", "Na trasie w Lesie Kabackim podczas długiego wybiegania"),
          List.of(),
          lines("""
              Kobieta biegnąca po plaży o zachodzie słońca
              Mężczyzna wiążący sznurowadła przed biegiem
              """),
          lines("""
              Młoda kobieta pije wodę z butelki w parku
              Grupa przyjaciół śmieje się przy ognisku
              Uśmiechnięty mężczyzna pracuje przy laptopie w kawiarni
              """),
          List.of("kobieta_biegnie_plaza_zachod_slonca", "ManTyingRunningShoesCloseUp_771",
              "runner-city-morning-1200x800", "fitness_woman_water_bottle_stock"),
          List.of("Kasia", "Marek", "Ola", "Piotr", "Ewa"),
          List.of("plan", "dla początkujących", "2026", "opinie", "sklep", "cena", "najlepszy"),
          "Tagi:", "Podobne wyszukiwania:",
          List.of("Sprawdź %s i %s.", "Najlepszy poradnik: %s.", "Kup teraz: %s.", "Wszystko o: %s.",
              "Ranking: %s."),
          List.of("Podsumowując:", "Na koniec:"), "Podsumowanie", "W skrócie:"),

      new Host("hemmavidsjon.example", "Hemma vid sjön", "sv", Template.LAZY_BLOG,
          List.of("Hem", "Inredning", "Trädgård", "Renovering", "Loppisfynd", "Kontakt"),
          "Vi använder kakor för att ge dig en bättre upplevelse. Läs mer i vår integritetspolicy.", "Jag förstår",
          "Hem / %s / %s", "Inredning", List.of("Maja Lindqvist", "Ebba Sjöberg"),
          "Dela inlägget: Facebook · Pinterest · E-post", "Du kanske också gillar",
          "Prenumerera på nyhetsbrevet och få nya inlägg direkt i inkorgen.", "Prenumerera",
          "© 2026 Hemma vid sjön · Alla bilder är mina egna om inget annat anges", " – ",
          lines("""
              linnegardiner
              vintagemöbler
              vita väggar
              hallförvaring
              ljusslingor
              mattor i ull
              gröna växter inomhus
              tapeter med blommönster
              köksöar
              sovrumsbelysning
              loppisfynd
              badrumshyllor
              bokhyllor
              soffkuddar
              målade golv
              """),
          List.of("Så tänkte vi kring %s i vårt gamla hus", "%s – mina bästa tips efter tre år"),
          lines("""
              Bakgrunden
              Så gjorde vi
              Det här skulle jag göra annorlunda
              Mina favoriter
              """),
          lines("""
              När vi flyttade in i huset vid sjön för {n} år sedan var nästan allt målat i samma gula färg.
              Jag har fått många frågor om {s} på Instagram, så här kommer ett längre inlägg.
              Min syster {who} hjälpte mig att välja, och hon har ett mycket bättre öga än jag.
              Det behöver inte kosta mycket, det mesta hittade vi på loppis för under {m} kronor.
              Ljuset förändras så mycket under året här uppe, och det påverkar alla val vi gör.
              Vi tog det i lugn takt och gjorde ett rum i taget, ibland bara en vägg per helg.
              {S} var något vi länge pratade om innan vi faktiskt kom igång.
              Grannen {who} lånade ut sin slipmaskin, vilket sparade oss både tid och pengar.
              Efter {n} månader kan jag säga att vi inte ångrar något av det vi valde.
              Jag gillar när saker får slitas lite och visa att de har ett liv.
              Naturmaterial som trä, lin och ull håller länge och åldras vackert.
              Vintern är lång, så vi satsar på varma lampor och många små ljuskällor.
              Det svåraste var faktiskt att bestämma sig, själva arbetet gick ganska fort.
              Vi målade om {n} gånger innan vi hittade en nyans som fungerade i alla ljus.
              Barnen fick vara med och välja, och det märks att de trivs bättre nu.
              Hälften av möblerna i vardagsrummet är ärvda från min mormor.
              Om du bor i hyresrätt finns det många lösningar som inte kräver att du borrar.
              Jag sparar bilder i en mapp i telefonen och tittar igenom den innan jag köper något.
              Huset är från {m}-talet, och vi vill behålla så mycket som möjligt av känslan.
              Det blir aldrig helt färdigt, och det är kanske det som är det roliga.
              Skriv gärna i kommentarerna om ni har frågor, jag svarar så fort jag kan.
              Vi har lärt oss att vänta med stora köp tills vi bott med rummet ett tag.
              En vanlig söndag i november sitter jag helst i fönstret med en kopp te.
              Många av idéerna kommer från gamla inredningstidningar som jag hittat på loppis.
              """),
          List.of("Vårt vardagsrum i eftermiddagsljus, med {s}", "Före och efter: så såg det ut efter {n} helger"),
          List.of("Hylla i ek, 80 × 25 cm, bärförmåga 15 kg, monteras med {n} skruvar"),
          lines("""
              Kvinna som läser en bok i soffan med en kopp te
              Modernt kök med vita skåp och marmorbänk
              """),
          lines("""
              Lycklig familj som äter frukost tillsammans i köket
              Ung man som arbetar hemifrån vid ett skrivbord
              Glad hund som ligger på en matta i vardagsrummet
              """),
          List.of("mysigt_vardagsrum_stockfoto", "KvinnaLaserBokISoffan_305", "skandinaviskt-kok-1024x683",
              "cozy_living_room_interior_stock"),
          List.of("Linnea", "Oskar", "Elin", "Johan", "Sara"),
          List.of("billigt", "tips 2026", "köpa online", "inspiration", "rea", "bäst i test"),
          "Taggar:", "Relaterade sökningar:",
          List.of("Hitta %s och %s här.", "Köp %s online.", "Bästa %s just nu.", "Allt om %s.", "Inspiration: %s."),
          List.of("Sammanfattningsvis:", "Kort sagt:"), "Sammanfattning", "I korthet:"),

      new Host("thetidycupboard.example", "The Tidy Cupboard", "en", Template.SQUARESPACE,
          List.of("Home", "Kitchen", "Wardrobe", "Kids' Rooms", "Cleaning", "Journal"),
          "This website uses cookies to improve your experience. Decline or accept below.", "Accept",
          "Journal / %s / %s", "Kitchen", List.of("Harriet Quinn", "Mei Ling Chow"),
          "Share · Pin it · Tweet", "Keep reading",
          "Sign up for the Tidy Notes and get our free printable decluttering checklist.", "Sign up",
          "The Tidy Cupboard © 2026. Powered by Squarespace. Terms · Privacy", " — ",
          lines("""
              pantry shelves
              under-sink cupboards
              spice drawers
              coat hooks
              school paperwork
              toy rotation
              linen cupboards
              sock drawers
              garage shelving
              junk drawers
              fridge zones
              bathroom cabinets
              shoe racks
              craft supplies
              seasonal clothes
              """),
          List.of("A Calmer Home, One Step at a Time: %s", "How We Finally Sorted Out Our %s"),
          lines("""
              Start small
              Our system
              Keeping it that way
              What I would skip
              """),
          lines("""
              For years our {s} were the place where things went to be forgotten, and I am not exaggerating.
              A client called {who} once told me that tidying felt like a test she kept failing.
              Before buying a single container, empty the whole space and wipe it down.
              Decide what stays by asking whether you used it in the last {n} months, honestly.
              Labels help everyone in the house, especially children who cannot yet read the whole word.
              The first session took me about {n} hours, and the upkeep now takes ten minutes a week.
              I like clear boxes for things we use often and woven baskets for things we do not.
              Do not aim for the pictures on social media; aim for a space that works on a busy Monday.
              Group things by how you use them, not by what they are, and everything gets easier.
              We donated {m} bags of things last spring, and nobody in the family missed a single item.
              Measure the depth of your shelves before you buy anything to put on them.
              A small step stool made the top shelf usable instead of a place for lost things.
              My daughter, who is {n}, now puts her own things away because she knows where they live.
              Once a season I pull everything out again and see what has crept back in.
              Keep a donation bag in the hallway so letting go becomes a habit rather than a project.
              If {s} overwhelm you, set a timer for fifteen minutes and stop when it rings.
              The cheapest organiser is the one you already own, so look around the house first.
              Most clutter is delayed decisions, and making one decision a day adds up quickly.
              Our neighbour {who} used the same method and finished her whole kitchen in a weekend.
              Try to leave a little empty space on every shelf, it makes putting things back easier.
              Paper is the hardest category for most people, so leave it until you have some momentum.
              We spent around {m} pounds on containers in total, most of them from a discount shop.
              Everyone in the house should know the system, or it will fall apart within a week.
              I have made every mistake in this post at least once, which is how I know they are mistakes.
              """),
          List.of("Our {s} after the sort-out, with the new labels", "The before picture of our {s}, which I promised I would share"),
          List.of("Stacking bins, 30 × 20 × 15 cm, set of {n}, clear recycled plastic"),
          lines("""
              Woman folding clothes on a bed in a bright bedroom
              Neatly organised closet with hanging shirts
              """),
          List.of(), List.of("organized_closet_stock_photo", "WomanFoldingLaundryOnBed_5521",
              "clean-kitchen-counter-1024x683", "decluttering_concept_boxes_stock"),
          List.of("Gemma", "Alfie", "Naomi", "Ravi", "Beth"),
          List.of("ideas", "ikea hacks", "on a budget", "cheap", "uk", "best", "2026"),
          "Tags:", "You might also search:",
          List.of("Get %s ideas and %s here.", "Shop %s now.", "The best %s.", "More %s inspiration.",
              "%s tips for every home."),
          List.of("TL;DR:", "To wrap up:"), "Wrapping up", "The short version:"));
}
