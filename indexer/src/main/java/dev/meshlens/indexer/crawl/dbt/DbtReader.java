package dev.meshlens.indexer.crawl.dbt;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.SourceUnreadableException;
import dev.meshlens.indexer.crawl.dbt.DbtTests.RunInfo;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.FileTree;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.UnreadableDocumentException;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the dbt artifacts in a folder (a {@code target/} directory): {@code manifest.json}
 * (required; v11 and v12, unknown fields ignored), {@code catalog.json} and {@code
 * run_results*.json} (optional). Ephemeral models, analyses, exposures, metrics and semantic models
 * are skipped.
 *
 * <p>Options: {@code namespace} (the datasets' namespace; else derived from the adapter with {@code
 * account}, {@code host}, {@code port} or {@code path}, see {@link DbtNaming}), {@code
 * jobNamespace} (default {@code dbt}), {@code batchSize}.
 */
public final class DbtReader implements SourceReader {
  public static final String TYPE = "dbt";
  private static final Set<String> RELATIONS = Set.of("model", "seed", "snapshot");
  private static final Set<String> KNOWN_VERSIONS = Set.of("v11", "v12");

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    Warnings warnings = new Warnings();
    Path folder = spec.path();
    Path manifestFile = folder.resolve("manifest.json");
    if (!Files.isRegularFile(manifestFile)) {
      throw new SourceUnreadableException("No dbt manifest.json in " + folder);
    }
    JsonNode manifest;
    try {
      manifest = Documents.read(manifestFile);
    } catch (UnreadableDocumentException e) {
      throw new SourceUnreadableException(manifestFile + ": " + e.getMessage(), e);
    }
    checkVersion(manifestFile, manifest, warnings);
    DbtNaming naming = naming(spec, manifest, warnings, manifestFile);
    JsonNode catalog = optional(folder.resolve("catalog.json"), warnings);
    List<Path> runFiles =
        FileTree.find(folder, n -> n.startsWith("run_results") && n.endsWith(".json"));
    JsonNode runResults = runFiles.isEmpty() ? null : optional(runFiles.getFirst(), warnings);
    BatchAssembler out = new BatchAssembler(spec.batchSource());
    write(manifest, catalog, runResults, naming, out, warnings, manifestFile.toString());
    return new CrawlOutput(out.build(spec.batchSize()), warnings.list());
  }

  private static void write(
      JsonNode manifest,
      JsonNode catalog,
      JsonNode runResults,
      DbtNaming naming,
      BatchAssembler out,
      Warnings warnings,
      String file) {
    Map<String, JsonNode> relations = new LinkedHashMap<>();
    List<JsonNode> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : Nodes.fields(manifest, "nodes")) {
      JsonNode node = entry.getValue();
      String type = String.valueOf(text(node, "resource_type"));
      boolean ephemeral = "ephemeral".equals(text(node.path("config"), "materialized"));
      if (RELATIONS.contains(type) && !ephemeral) {
        relations.put(entry.getKey(), node);
      } else if (type.equals("test")) {
        tests.add(node);
      }
    }
    Nodes.fields(manifest, "sources").forEach(e -> relations.put(e.getKey(), e.getValue()));
    Map<String, JsonNode> results = new LinkedHashMap<>();
    Nodes.array(runResults, "results").forEach(r -> results.put(text(r, "unique_id"), r));
    RunInfo run = runInfo(runResults);
    DbtDatasets datasets = new DbtDatasets(naming, catalog, warnings, file);
    DbtJobs jobs = new DbtJobs(naming, relations);
    relations.forEach((id, node) -> datasets.write(id, node, out));
    relations.forEach((id, node) -> {
      if (id.startsWith("model.") || id.startsWith("snapshot.")) {
        jobs.write(id, node, results.get(id), run, out);
      }
    });
    new DbtTests(naming, relations).write(tests, results, run, out);
  }

  private static RunInfo runInfo(JsonNode runResults) {
    JsonNode metadata = runResults == null ? null : runResults.path("metadata");
    return new RunInfo(
        text(metadata, "invocation_id"), DbtTests.instant(text(metadata, "generated_at")));
  }

  private static DbtNaming naming(
      SourceSpec spec, JsonNode manifest, Warnings warnings, Path file) {
    return DbtNaming.of(spec, manifest)
        .orElseGet(() -> {
          JsonNode metadata = manifest.path("metadata");
          String namespace =
              text(metadata, "adapter_type") + "://" + text(metadata, "project_name");
          warnings.add(
              file.toString(),
              "/metadata/adapter_type",
              "the manifest does not say where the "
                  + text(metadata, "adapter_type")
                  + " database is; datasets are named under "
                  + namespace
                  + " (set the namespace option to match other sources)");
          return new DbtNaming(namespace, spec.option("jobNamespace", "dbt"));
        });
  }

  private static void checkVersion(Path file, JsonNode manifest, Warnings warnings) {
    String schema = String.valueOf(text(manifest.path("metadata"), "dbt_schema_version"));
    String version = schema.replaceAll(".*/(v\\d+)\\.json$", "$1");
    if (!KNOWN_VERSIONS.contains(version)) {
      warnings.add(
          file.toString(),
          "/metadata/dbt_schema_version",
          "manifest schema " + schema + " is not v11 or v12; read leniently");
    }
  }

  private static JsonNode optional(Path file, Warnings warnings) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return Documents.read(file);
    } catch (UnreadableDocumentException e) {
      warnings.add(file.toString(), "", e.getMessage() + "; left out");
      return null;
    }
  }
}
