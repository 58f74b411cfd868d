/**
 * The catalog model as immutable records: the aspects an asset is described by (each {@link
 * dev.meshlens.catalog.model.Aspect} is one independently versioned slice of an asset, written by a
 * source), the values they are made of, and the time-series facts (runs, usage, quality results)
 * that health scores are computed from. Records validate their invariants in the compact
 * constructor and copy their lists.
 */
package dev.meshlens.catalog.model;
