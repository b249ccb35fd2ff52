/**
 * Report writers: CSV files (Commons CSV, UTF-8, RFC 4180, header row) written atomically, with cells
 * that a spreadsheet would run as formulas neutralised.
 */
package org.dupscan.report;
