package org.dupscan.corpus;

import java.util.Objects;

/**
 * The names of the fields a JSON Lines record is read from. A record needs {@code text} or {@code html};
 * its id is the {@code id} field, else the {@code url} field, else file and line.
 *
 * @param id name of the id field
 * @param url name of the URL field
 * @param title name of the title field
 * @param text name of the plain-text body field
 * @param html name of the HTML body field (used in preference to text when both are present)
 */
public record JsonlFields(String id, String url, String title, String text, String html) {

  /** {@code id, url, title, text, html}. */
  public static final JsonlFields DEFAULT = new JsonlFields("id", "url", "title", "text", "html");

  public JsonlFields {
    for (String f : new String[] {id, url, title, text, html}) {
      Objects.requireNonNull(f, "field name");
      if (f.isBlank()) {
        throw new IllegalArgumentException("JSON Lines field names must not be blank but were " + id
            + "," + url + "," + title + "," + text + "," + html);
      }
    }
  }

  /**
   * Parses {@code "url=link,text=content"}: overrides by name, the rest default. Keys: id, url, title,
   * text, html.
   */
  public static JsonlFields parse(String spec) {
    String id = DEFAULT.id;
    String url = DEFAULT.url;
    String title = DEFAULT.title;
    String text = DEFAULT.text;
    String html = DEFAULT.html;
    for (String part : spec.split(",", -1)) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("JSON Lines field mapping must be KEY=NAME but was '" + part + "'");
      }
      String key = part.substring(0, eq).trim();
      String name = part.substring(eq + 1).trim();
      switch (key) {
        case "id" -> id = name;
        case "url" -> url = name;
        case "title" -> title = name;
        case "text" -> text = name;
        case "html" -> html = name;
        default -> throw new IllegalArgumentException(
            "JSON Lines field key must be one of id, url, title, text, html but was '" + key + "'");
      }
    }
    return new JsonlFields(id, url, title, text, html);
  }
}
