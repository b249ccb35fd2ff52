/**
 * The scan pipeline: settings as plain values, the engine that runs readers, extraction, analysis,
 * MinHash and the detector stages of {@link org.dupscan.pipeline.Stages}, and the result handed to the report writers.
 */
package org.dupscan.engine;
