/**
 * The product crawler: reads ODPS data product descriptors and ODCS data contracts (YAML or JSON)
 * from a folder tree, checks each against its JSON Schema, and links them: a product's ports point
 * at contracts, a contract's schema objects are datasets named from the contract's server the
 * OpenLineage way.
 */
package dev.meshlens.indexer.crawl.product;
