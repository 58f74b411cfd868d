package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Dataset;
import dev.meshlens.sample.mesh.model.DatasetId;
import dev.meshlens.sample.mesh.model.Job;
import dev.meshlens.sample.mesh.model.JobKind;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Product;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dbt view of a product built with dbt: which datasets are models (written by a model job),
 * seeds (read by models, written by no job) and sources (read by models, loaded by another job),
 * with their dbt unique ids. The relation {@code database.schema.alias} of each is the OpenLineage
 * name of the dataset.
 */
final class DbtProjectModel {
  final Product product;
  final Map<Dataset, String> models = new LinkedHashMap<>();
  final Map<Dataset, String> seeds = new LinkedHashMap<>();
  final Map<Dataset, String> sources = new LinkedHashMap<>();
  final Map<String, List<String>> parents = new LinkedHashMap<>();
  private final Map<DatasetId, Dataset> datasets;

  DbtProjectModel(Mesh mesh, Product product) {
    this.product = product;
    this.datasets = mesh.datasetsById();
    List<DatasetId> produced = new ArrayList<>();
    product.jobs().forEach(j -> produced.addAll(j.outputs()));
    for (Job job : modelJobs()) {
      Dataset model = datasets.get(job.outputs().get(0));
      models.put(model, "model." + project() + "." + model.tableName());
    }
    for (Job job : modelJobs()) {
      for (DatasetId in : job.inputs()) {
        Dataset input = datasets.get(in);
        if (models.containsKey(input) || seeds.containsKey(input) || sources.containsKey(input)) {
          continue;
        }
        if (produced.contains(in)) {
          sources.put(
              input, "source." + project() + "." + sourceName(input) + "." + input.tableName());
        } else {
          seeds.put(input, "seed." + project() + "." + input.tableName());
        }
      }
    }
    for (Job job : modelJobs()) {
      parents.put(
          models.get(datasets.get(job.outputs().get(0))),
          job.inputs().stream().map(this::uniqueId).toList());
    }
  }

  List<Job> modelJobs() {
    return product.jobs().stream().filter(j -> j.kind() == JobKind.MODEL).toList();
  }

  String project() {
    return product.dbt().name();
  }

  String uniqueId(DatasetId id) {
    Dataset d = datasets.get(id);
    String found = models.getOrDefault(d, seeds.getOrDefault(d, sources.get(d)));
    if (found == null) {
      throw new IllegalStateException("Not part of dbt project " + project() + ": " + id);
    }
    return found;
  }

  String sourceName(Dataset d) {
    return product.dbt().adapter().equals("snowflake")
        ? d.schemaName()
        : product.domain() + "_loader";
  }

  /** The folder of a model under {@code models/}: staging, intermediate or marts. */
  static String layer(Dataset d) {
    String table = d.tableName();
    if (table.startsWith("stg_")) {
      return "staging";
    }
    return table.startsWith("int_") ? "intermediate" : "marts";
  }

  String relation(Dataset d) {
    String quote = product.dbt().adapter().equals("snowflake") ? "" : "\"";
    return quote
        + product.dbt().database()
        + quote
        + "."
        + quote
        + d.schemaName()
        + quote
        + "."
        + quote
        + d.tableName()
        + quote;
  }
}
