package org.dupscan.detect;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The injected captions of the sixth held-out set: stock-photo scenes built from parts (who, doing what,
 * where; close-ups; views of places; celebrations), off every host's topic, in English, German and
 * Spanish; "Photo:"-style leads in the page's language; and camera or stock-library file names. Written
 * for this set; a generated caption is never given twice unless a host means it to recur.
 */
final class SixthHeldOutCaptions {

  private SixthHeldOutCaptions() {}

  /** Parts of scenes by language: {who, doing, where, close-up objects, places, times, groups, occasions}. */
  private static final List<List<String>> EN = List.of(
      SixthHeldOutHosts.bars("A young couple|Two friends|An older man|A woman|A small group of coworkers"
          + "|A father and daughter|A delivery rider|A runner|A barista|A tourist|Three teenagers"
          + "|A yoga instructor"),
      SixthHeldOutHosts.bars("sharing a laugh|looking at a map|checking a phone|stretching after a workout"
          + "|taking a selfie|waiting for a bus|reading quietly|chatting over coffee|walking a dog"
          + "|pointing at a laptop screen|carrying shopping bags|clapping along"),
      SixthHeldOutHosts.bars("on a busy city bridge|in a sunlit living room|at an airport gate"
          + "|beside a swimming pool|on a rooftop terrace at dusk|in a glass-walled meeting room"
          + "|at a street food market|on a quiet country road|in a modern kitchen|at a music festival"
          + "|on a ferry deck|in a hotel lobby"),
      SixthHeldOutHosts.bars("a smartphone screen|hands on a laptop keyboard|a latte with foam art"
          + "|a stack of coins|a passport and boarding pass|a running shoe|a bowl of fresh salad"
          + "|a credit card|car keys|a shopping basket"),
      SixthHeldOutHosts.bars("a marina|a motorway junction|a tropical beach|a suburban street|a ski resort"
          + "|a harbour town|a wind farm|a football stadium"),
      SixthHeldOutHosts.bars("at sunrise|at night|in the rain|in early morning fog|at golden hour"),
      SixthHeldOutHosts.bars("colleagues|graduates|neighbours|friends|cousins"),
      SixthHeldOutHosts.bars("a birthday|a promotion|a new home|the weekend|a team win"));

  private static final List<List<String>> DE = List.of(
      SixthHeldOutHosts.bars("Eine junge Frau|Ein älterer Herr|Ein Paar|Ein Radfahrer|Eine Geschäftsfrau"
          + "|Ein Kind|Ein Student|Eine Touristin"),
      SixthHeldOutHosts.bars("lacht|telefoniert|liest ein Buch|wartet geduldig|schaut in die Ferne"
          + "|trinkt einen Kaffee|tippt auf dem Handy|macht ein Selfie"),
      SixthHeldOutHosts.bars("in einem hellen Büro|am Strand bei Sonnenuntergang|auf einer Dachterrasse"
          + "|an einer Bushaltestelle|in einem Großstadtcafé|im Hotelzimmer|am Flughafen|im Stadtpark"),
      SixthHeldOutHosts.bars("einem Smartphone|Händen auf einer Tastatur|einer Kreditkarte"
          + "|einem Einkaufskorb|Laufschuhen|einem Reisepass"),
      SixthHeldOutHosts.bars("einen Jachthafen|eine Skyline|einen Sandstrand|eine Autobahn|ein Skigebiet"
          + "|einen Windpark"),
      SixthHeldOutHosts.bars("bei Nacht|im Morgennebel|bei Sonnenaufgang|im Regen"),
      SixthHeldOutHosts.bars("Kollegen|Freunde|Nachbarn|Absolventen"),
      SixthHeldOutHosts.bars("einen Geburtstag|eine Beförderung|den Feierabend|ein neues Zuhause"));

  private static final List<List<String>> ES = List.of(
      SixthHeldOutHosts.bars("Una mujer joven|Un hombre mayor|Una pareja|Un ciclista|Una empresaria"
          + "|Un niño|Un estudiante|Una turista"),
      SixthHeldOutHosts.bars("sonríe|habla por teléfono|lee un libro|espera con paciencia"
          + "|mira al horizonte|toma un café|consulta el móvil|se hace un selfi"),
      SixthHeldOutHosts.bars("en una oficina luminosa|en la playa al atardecer|en una terraza"
          + "|en una parada de autobús|en una cafetería de la ciudad|en la habitación de un hotel"
          + "|en el aeropuerto|en un parque urbano"),
      SixthHeldOutHosts.bars("un teléfono móvil|unas manos sobre un teclado|una tarjeta de crédito"
          + "|una cesta de la compra|unas zapatillas de correr|un pasaporte"),
      SixthHeldOutHosts.bars("un puerto deportivo|el horizonte de una ciudad|una playa de arena|una autopista"
          + "|una estación de esquí|un parque eólico"),
      SixthHeldOutHosts.bars("de noche|con niebla|al amanecer|bajo la lluvia"),
      SixthHeldOutHosts.bars("Compañeros|Amigos|Vecinos|Recién graduados"),
      SixthHeldOutHosts.bars("un cumpleaños|un ascenso|el fin de semana|una casa nueva"));

  /** Leads a stock caption may carry, by language. */
  private static final List<String> LEAD_EN = List.of("Photo: ", "Image: ", "Photo — ", "Stock image: ", "IMAGE: ");
  private static final List<String> LEAD_DE = List.of("Foto: ", "Bild: ", "Symbolbild: ", "Foto – ");
  private static final List<String> LEAD_ES = List.of("Foto: ", "Imagen: ", "Imagen de archivo: ", "Foto — ");

  /** A scene in {@code lang} that {@code used} does not hold yet (and is then added to it). */
  static String scene(Random rnd, String lang, Set<String> used) {
    List<List<String>> p = lang.equals("de") ? DE : lang.equals("es") ? ES : EN;
    for (int tries = 0; ; tries++) {
      String s = switch (rnd.nextInt(6)) {
        case 0, 1, 2 -> pick(rnd, p.get(0)) + " " + pick(rnd, p.get(1)) + " " + pick(rnd, p.get(2));
        case 3 -> (lang.equals("de") ? "Nahaufnahme von " : lang.equals("es") ? "Primer plano de " : "Close-up of ")
            + pick(rnd, p.get(3)) + (lang.equals("en") ? " " + pick(rnd, p.get(2)) : "");
        case 4 -> (lang.equals("de") ? "Blick auf " : lang.equals("es") ? "Vista de " : "Aerial view of ")
            + pick(rnd, p.get(4)) + " " + pick(rnd, p.get(5));
        default -> lang.equals("de") ? "Glückliche " + pick(rnd, p.get(6)) + " feiern " + pick(rnd, p.get(7))
            : lang.equals("es") ? pick(rnd, p.get(6)) + " felices celebran " + pick(rnd, p.get(7))
            : "Happy " + pick(rnd, p.get(6)) + " celebrating " + pick(rnd, p.get(7));
      };
      if (used.add(s.toLowerCase(Locale.ROOT))) {
        return s;
      }
      if (tries > 10_000) {
        throw new IllegalStateException("caption parts exhausted for " + lang);
      }
    }
  }

  /** A "Photo:"-style lead in {@code lang}. */
  static String lead(Random rnd, String lang) {
    return pick(rnd, lang.equals("de") ? LEAD_DE : lang.equals("es") ? LEAD_ES : LEAD_EN);
  }

  /** A camera's or a stock library's file name, as left in an alt or pasted as text. */
  static String fileName(Random rnd, Set<String> used) {
    while (true) {
      String s = switch (rnd.nextInt(8)) {
        case 0 -> String.format(Locale.ROOT, "IMG_2023%02d%02d_%02d%02d%02d.jpg", 1 + rnd.nextInt(12),
            1 + rnd.nextInt(28), rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
        case 1 -> String.format(Locale.ROOT, "DSC_%04d.JPG", rnd.nextInt(10_000));
        case 2 -> String.format(Locale.ROOT, "shutterstock_%09d.jpg", rnd.nextInt(1_000_000_000));
        case 3 -> String.format(Locale.ROOT, "GettyImages-%09d.jpg", rnd.nextInt(1_000_000_000));
        case 4 -> String.format(Locale.ROOT, "pexels-photo-%07d.jpeg", rnd.nextInt(10_000_000));
        case 5 -> String.format(Locale.ROOT, "P%07d.JPG", rnd.nextInt(10_000_000));
        case 6 -> String.format(Locale.ROOT, "AdobeStock_%09d.jpeg", rnd.nextInt(1_000_000_000));
        default -> String.format(Locale.ROOT, "DSCF%04d.JPG", rnd.nextInt(10_000));
      };
      if (used.add(s.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
  }

  static String pick(Random rnd, List<String> l) {
    return l.get(rnd.nextInt(l.size()));
  }
}
