/**
 * The scan pipeline: settings as plain values, the engine that runs readers, extraction, analysis,
 * MinHash and the detectors, and the result handed to the report writers.
 */
package org.dupscan.engine;
