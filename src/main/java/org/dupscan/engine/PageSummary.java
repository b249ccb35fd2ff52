package org.dupscan.engine;

/**
 * What a scan keeps of a page for its reports: a few fields, no body text.
 *
 * @param id stable identifier
 * @param url URL or id
 * @param host site
 * @param title title as written
 * @param words words in the body
 * @param shingles distinct shingles compared
 * @param charset the charset the page was decoded with
 */
public record PageSummary(String id, String url, String host, String title, int words, int shingles,
    String charset) {}
