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
 * @param hiddenWords words of text hidden from readers (display:none, the hidden attribute, noscript),
 *     kept out of the body: hidden text is itself a spam signal
 */
public record PageSummary(String id, String url, String host, String title, int words, int shingles,
    String charset, int hiddenWords) implements java.io.Serializable {}
