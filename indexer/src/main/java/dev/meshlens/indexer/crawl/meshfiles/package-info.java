/**
 * Meshlens's own YAML files: the business glossary ({@code glossary.yaml}, a list of {@code terms})
 * and the people and teams who own assets ({@code owners.yaml}, a list of {@code owners}).
 */
package dev.meshlens.indexer.crawl.meshfiles;
