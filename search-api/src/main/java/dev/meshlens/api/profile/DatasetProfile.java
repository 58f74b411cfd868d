package dev.meshlens.api.profile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.meshlens.catalog.model.Classification;
import java.util.Map;

/** The 360-degree profile of a dataset; every section is present, known or saying why not. */
public record DatasetProfile(
    @JsonUnwrapped Basics basics,
    String platform,
    String kind,
    Classification classification,
    Long rowCount,
    Map<String, String> properties,
    Part<SchemaSection> schema,
    Part<ContractSection> contract,
    Part<LineageSection> lineage,
    Part<UsageSection> usage,
    Part<QualitySection> quality,
    Part<FreshnessSection> freshness,
    Part<RunsSection> runs,
    Part<HealthSection> health,
    Part<HistorySection> history,
    Part<RelatedSection> related) {}
