package org.dupscan.detect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.dupscan.detect.FifthHeldOutCorpus.Style;
import org.dupscan.detect.FifthHeldOutSites.Scene;

/**
 * The injected captions of the fifth held-out set: scenes off a host's topic, each a subject and a
 * setting of one {@link Scene} group, dressed in one of the set's styles. Written for this set only.
 */
final class FifthHeldOutCaptions {

  private static final Map<Scene, List<String>> SUBJECTS = new EnumMap<>(Scene.class);
  private static final Map<Scene, List<String>> SETTINGS = new EnumMap<>(Scene.class);
  private static final Map<Scene, List<String>> TAGS = new EnumMap<>(Scene.class);

  static {
    put(Scene.COAST, List.of("a lone kayaker paddling", "two fishermen hauling in their nets", "a small ferry crossing",
        "gulls wheeling", "a surfer waiting for a set", "an old trawler moored", "a dog walker leaning into the wind"),
        List.of("beside a rusted lighthouse at dawn", "under a low grey sky", "in thick morning fog",
            "off a rocky headland", "near a row of beach huts", "as the tide turns", "along a shingle spit"),
        List.of("#seascape", "#coastlife", "#saltair", "#tidewatch"));
    put(Scene.CITY, List.of("a tram climbing", "commuters hurrying", "a street musician tuning up",
        "a cyclist weaving through traffic", "pigeons gathering", "a flower seller setting out buckets",
        "a night bus idling"),
        List.of("on a cobbled hill", "outside a shuttered cinema", "in the evening rush",
            "beneath flickering shop signs", "by a closed metro entrance", "on a wet Sunday morning",
            "in an empty square after midnight"),
        List.of("#streetphotography", "#citylife", "#urbanwalks", "#afterdark"));
    put(Scene.SPORT, List.of("a goalkeeper diving full length", "marathon runners streaming past",
        "a tennis player stretching for a lob", "an eight rowing hard", "a climber reaching for a hold",
        "a skateboarder caught mid-air", "a cricket umpire raising one finger"),
        List.of("in front of a packed stand", "under floodlights", "at the final bend",
            "on an empty court", "against a clear sky", "during a late training session",
            "in a sudden downpour"),
        List.of("#matchday", "#trainhard", "#sportsphotography", "#gameface"));
    put(Scene.INDOOR, List.of("a woman typing on a laptop", "colleagues gathered around a whiteboard",
        "a man reading a folded newspaper", "an architect sketching", "a receptionist answering the phone",
        "two students sharing headphones", "a tailor chalking a hem"),
        List.of("in a glass-walled meeting room", "at a cluttered desk", "beside a rain-streaked window",
            "under warm pendant lights", "in a quiet co-working space", "late in the evening",
            "next to a tall bookcase"),
        List.of("#worklife", "#deskview", "#mondaymood", "#interiors"));
    put(Scene.WILDLIFE, List.of("a heron standing motionless", "a fox trotting", "a herd of deer grazing",
        "a barn owl perched", "a grey seal hauled out", "a pair of swans gliding", "a hare sitting upright"),
        List.of("at the edge of a reed bed", "across a frosted meadow", "on a mossy fence post",
            "among tall grasses", "in the low winter sun", "on a quiet backwater", "beside a ploughed field"),
        List.of("#wildlifephotography", "#naturelovers", "#britishwildlife", "#intothewild"));
    put(Scene.MOUNTAIN, List.of("a hiker resting on a boulder", "a cable car gliding", "a chairlift swinging empty",
        "a shepherd's hut standing alone", "a mountain biker descending", "wind turbines turning",
        "a paraglider circling"),
        List.of("below a jagged ridge", "above a sea of cloud", "on a high pass", "beside a frozen tarn",
            "in late autumn light", "along a narrow valley", "under the first snow of the year"),
        List.of("#mountainviews", "#hikingadventures", "#peakbagging", "#highaltitude"));
    put(Scene.TRANSPORT, List.of("a freight train rolling", "a crane lifting containers", "a vintage bus parked",
        "workers in hard hats inspecting a rail", "a tractor ploughing", "a cargo plane landing",
        "a narrowboat passing"),
        List.of("at a busy container port", "on a disused branch line", "outside an old depot",
            "at a dusty roadside", "through heavy rain", "at sunset", "under a steel viaduct"),
        List.of("#trainspotting", "#industrial", "#onthemove", "#transportphotography"));
  }

  private static void put(Scene s, List<String> subjects, List<String> settings, List<String> tags) {
    SUBJECTS.put(s, subjects);
    SETTINGS.put(s, settings);
    TAGS.put(s, tags);
  }

  /**
   * Scenes in the multilingual host's languages, off its mountain topic: per language, groups of
   * subjects and settings that go together (a street, a harbour).
   */
  private static final Map<String, List<List<List<String>>>> FOREIGN = Map.of(
      "fr", List.of(
          List.of(List.of("un tramway montant", "des passants pressés", "un violoniste de rue", "un cycliste seul"),
              List.of("sur une place pavée", "sous une pluie fine", "devant un café fermé", "un dimanche matin")),
          List.of(List.of("un vieux bateau de pêche", "des mouettes en vol", "un pêcheur réparant ses filets"),
              List.of("dans un port endormi", "au coucher du soleil", "dans la brume du matin"))),
      "de", List.of(
          List.of(List.of("eine Straßenbahn", "Pendler auf dem Weg zur Arbeit", "ein Straßenmusiker",
              "ein einsamer Radfahrer"), List.of("auf einem Platz mit Kopfsteinpflaster", "im Nieselregen",
              "vor einem geschlossenen Café", "an einem Sonntagmorgen")),
          List.of(List.of("ein alter Fischkutter", "Möwen im Flug", "ein Fischer beim Flicken der Netze"),
              List.of("in einem verschlafenen Hafen", "bei Sonnenuntergang", "im Morgennebel"))),
      "es", List.of(
          List.of(List.of("un tranvía subiendo", "viajeros con prisa", "un músico callejero", "un ciclista solitario"),
              List.of("en una plaza empedrada", "bajo una lluvia fina", "frente a un café cerrado",
                  "un domingo por la mañana")),
          List.of(List.of("un viejo barco pesquero", "gaviotas en vuelo", "un pescador remendando sus redes"),
              List.of("en un puerto dormido", "al atardecer", "entre la niebla de la mañana"))));

  private static final Map<String, List<String>> FOREIGN_LEADS = Map.of(
      "fr", List.of("Photo : ", "Ci-dessus : ", "", "", "Illustration : "),
      "de", List.of("Foto: ", "Im Bild: ", "", "", "Symbolbild: "),
      "es", List.of("Foto: ", "En la imagen: ", "", "", "Imagen de archivo: "));

  private static final List<String> PHOTOGRAPHERS = List.of("Lena Marsh", "Tomasz Wilk", "Aiyana Brooks",
      "Joel Ferreira", "Priya Raman", "Hugo Lindqvist", "Maeve Doyle", "Kofi Mensah", "Ines Carvalho",
      "Rafael Ortiz", "Sunita Bhatt", "Oskar Berg");
  private static final List<String> AGENCIES = List.of("Unsplash", "Pexels", "Getty Images", "Alamy",
      "Shutterstock", "iStock", "Flickr (CC BY 2.0)", "Pixabay");
  private static final List<String> EMOJI = List.of("📸", "🌅", "✨", "👀", "🌧️", "🙌", "💫", "🔥", "😍",
      "➡️");
  private static final List<String> CAMERAS = List.of("Canon EOS R6", "NIKON D750", "FUJIFILM X-T4",
      "Sony ILCE-7M3", "Shot on iPhone 14 Pro", "OLYMPUS E-M10 Mark III", "Pixel 8 Pro", "Leica Q2",
      "Canon EOS 5D Mark IV", "Panasonic DC-G9");
  private static final List<String> LENSES = List.of("24-105mm", "35mm", "50mm", "85mm", "18-55mm", "70-200mm",
      "23mm", "12-40mm");
  private static final List<String> APERTURES = List.of("f/1.8", "f/2.8", "f/4", "f/5.6", "f/8", "ƒ/2.0", "f/11");
  private static final List<String> SHUTTERS = List.of("1/60s", "1/125s", "1/250s", "1/500s", "1/1000s",
      "1/2000 sec", "1/30 s");
  private static final List<String> ISOS = List.of("ISO 100", "ISO 200", "ISO 400", "ISO 800", "ISO 1600",
      "ISO 64");
  private static final List<String> NOTES = List.of(" (click to enlarge)", " (tap to zoom)",
      " [stock photo]", " (image for illustration only)", " (photo: archive)", " – click image for full size");

  private final Random random;
  private final Set<String> used = new HashSet<>();
  /** The group of the scene dealt last, whose hashtags a hashtag caption takes. */
  private Scene lastGroup;

  FifthHeldOutCaptions(Random random) {
    this.random = random;
  }

  /** A scene from the allowed groups, never dealt before in the set, in lower case. */
  String scene(Set<Scene> banned) {
    List<Scene> allowed = new ArrayList<>();
    for (Scene s : Scene.values()) {
      if (!banned.contains(s)) {
        allowed.add(s);
      }
    }
    for (int tries = 0; tries < 1000; tries++) {
      Scene g = allowed.get(random.nextInt(allowed.size()));
      String s = pick(SUBJECTS.get(g)) + " " + pick(SETTINGS.get(g));
      if (used.add(s)) {
        lastGroup = g;
        return s;
      }
    }
    throw new IllegalStateException("scenes exhausted for " + banned);
  }

  /** A scene in French, German or Spanish, never dealt before. */
  String foreignScene(String lang) {
    List<List<List<String>>> groups = FOREIGN.get(lang);
    for (int tries = 0; tries < 1000; tries++) {
      List<List<String>> parts = groups.get(random.nextInt(groups.size()));
      String s = pick(parts.get(0)) + " " + pick(parts.get(1));
      if (used.add(s)) {
        return s;
      }
    }
    throw new IllegalStateException("foreign scenes exhausted for " + lang);
  }

  /** The caption text of one style around a fresh scene. */
  String caption(Style style, Set<Scene> banned, String lang) {
    if (!lang.equals("en") && style != Style.CAMERA_EXIF) {
      String lead = pick(FOREIGN_LEADS.get(lang));
      String s = foreignScene(lang);
      return lead + (lead.isEmpty() ? upperFirst(s) : s);
    }
    return switch (style) {
      case CREDIT_ON_LINE -> credit(upperFirst(scene(banned)));
      case EMOJI_LED -> pick(EMOJI) + " " + upperFirst(scene(banned));
      case PICTURED_LEAD -> pick(List.of("Pictured: ", "Pictured: ", "Pictured above: ", "Pictured (left): "))
          + scene(banned);
      case CAMERA_EXIF -> exif();
      case ALL_CAPS -> scene(banned).toUpperCase(Locale.ROOT);
      case HASHTAGS -> hashtags(upperFirst(scene(banned)));
      case ALT_ONLY, RECURRING, PAGE_LANGUAGE -> upperFirst(scene(banned));
      case NOTED -> upperFirst(scene(banned)) + pick(NOTES);
    };
  }

  private String credit(String scene) {
    String who = pick(PHOTOGRAPHERS);
    return switch (random.nextInt(4)) {
      case 0 -> scene + ". Photo: " + who + " / " + pick(AGENCIES);
      case 1 -> scene + " (Photo: " + who + ")";
      case 2 -> scene + " — © " + who;
      default -> scene + " | Credit: " + who + " for " + pick(AGENCIES);
    };
  }

  private String hashtags(String scene) {
    List<String> tags = new ArrayList<>(TAGS.get(lastGroup));
    Collections.shuffle(tags, random);
    return scene + " " + String.join(" ", tags.subList(0, 2 + random.nextInt(2)));
  }

  private String exif() {
    for (int tries = 0; tries < 1000; tries++) {
      String cam = pick(CAMERAS);
      String s = switch (random.nextInt(3)) {
        case 0 -> cam + " · " + pick(LENSES) + " · " + pick(APERTURES) + " · " + pick(SHUTTERS) + " · " + pick(ISOS);
        case 1 -> cam + ", " + pick(LENSES) + ", " + pick(APERTURES) + ", " + pick(SHUTTERS) + ", " + pick(ISOS);
        default -> cam + " | " + pick(LENSES) + " | " + pick(SHUTTERS) + " at " + pick(APERTURES) + " | "
            + pick(ISOS);
      };
      if (used.add(s)) {
        return s;
      }
    }
    throw new IllegalStateException("camera lines exhausted");
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  static String upperFirst(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
