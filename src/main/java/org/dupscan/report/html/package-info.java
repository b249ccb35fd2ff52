/**
 * The HTML report: one self-contained {@code index.html} rendered from the CSV files of a report
 * folder (never from engine classes, so it re-renders from any run's CSVs). Crawled text is embedded
 * only as escaped JSON and put on the page only as DOM text, never parsed as markup; charts are SVG
 * drawn by a small hand-written script; the embedded rows are bounded so the file stays small at
 * millions of pages.
 */
package org.dupscan.report.html;
