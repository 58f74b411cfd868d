/**
 * Health scores: the governance policy (weights, SLAs, caps, grades), the signals computed from
 * what the store holds (usage, freshness, quality, reliability, documentation), the roll-up from
 * output ports to products and domains, and the dated snapshots kept in the store.
 */
package dev.meshlens.catalog.health;
