/**
 * Lineage over HTTP: {@code GET /api/v1/lineage} (bounded walks upstream and downstream, at the
 * dataset or column level, saying what a limit left out), {@code /api/v1/lineage/impact} and {@code
 * /api/v1/lineage/path}, answered from the lineage graph that follows the catalog.
 */
package dev.meshlens.api.lineage;
