/**
 * Extraction: a source document's bytes become a {@link org.dupscan.extract.Page} (title, body blocks in
 * document order with page-furniture marks, image texts). HTML goes through jsoup; plain text and
 * Markdown through a line scanner. Detectors see pages, never readers.
 */
package org.dupscan.extract;
