package dev.meshlens.sample.mesh.model;

import dev.meshlens.sample.mesh.model.Drafts.DatasetDraft;
import dev.meshlens.sample.mesh.model.Drafts.JobDraft;
import dev.meshlens.sample.mesh.model.Drafts.PortDraft;
import dev.meshlens.sample.mesh.model.Drafts.ProductDraft;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the line-based blueprint: one keyword per line followed by {@code |}-separated fields.
 * Lines starting with {@code #} are comments. The keywords are documented on {@link Blueprint}.
 */
final class BlueprintParser {
  final List<Domain> domains = new ArrayList<>();
  final List<Team> teams = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Term> terms = new ArrayList<>();
  final List<ProductDraft> products = new ArrayList<>();
  private String currentDomain;

  void parse(String text) {
    int lineNumber = 0;
    for (String raw : text.split("\n")) {
      lineNumber++;
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      String keyword = space < 0 ? line : line.substring(0, space);
      String rest = space < 0 ? "" : line.substring(space + 1).strip();
      try {
        apply(keyword, rest);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Blueprint line " + lineNumber + ": " + line, e);
      }
    }
  }

  private void apply(String keyword, String rest) {
    String[] f = rest.split("\\s*\\|\\s*", -1);
    String[] kw = keyword.split("@", 2);
    Platform platform = kw.length > 1 ? Platform.parse(kw[1]) : Platform.POSTGRES;
    switch (kw[0]) {
      case "domain" -> {
        domains.add(new Domain(f[0], f[1], f[2], f[3]));
        currentDomain = f[0];
      }
      case "team" -> teams.add(new Team(f[0], f[1], f[2], f[3]));
      case "person" -> people.add(new Person(f[0], f[1], f[2], list(f[3], ",")));
      case "term" -> terms.add(new Term(f[0], f[1], f[2], list(f[3], ";"), list(f[4], ","), f[5]));
      case "product" -> startProduct(f);
      case "purpose" -> current().purpose = rest;
      case "usage" -> current().usage = rest;
      case "limitations" -> current().limitations = rest;
      case "tags" -> current().tags = list(rest, ",");
      case "sla" -> current().latencyHours = Integer.parseInt(rest);
      case "checks" -> current().checkSchedule = rest;
      case "dbt" -> {
        current().dbt = new DbtProject(f[0], f[1], f[2]);
        current().dbtSchedule = f[3];
      }
      case "port" ->
          current()
              .ports
              .add(
                  new PortDraft(
                      f[0], Platform.parse(f[1]), f[2], f[3], f[4], list(f[5], ","), f[6]));
      case "job" -> current().jobs.add(job(f));
      case "model" ->
          current()
              .jobs
              .add(
                  new JobDraft(tableOf(f[0]), JobKind.MODEL, null, list(f[1], ","), List.of(f[0])));
      case "flyway" -> current().datasets.add(flyway());
      default -> current().datasets.add(dataset(kw[0], platform, f));
    }
  }

  private void startProduct(String[] f) {
    ProductDraft p = new ProductDraft();
    p.domain = currentDomain;
    p.id = f[0];
    p.name = f[1];
    p.status = f[2];
    p.hourly = f[3].equals("hourly");
    p.owner = f[4];
    p.coverage = Double.parseDouble(f[5]);
    products.add(p);
  }

  private static JobDraft job(String[] f) {
    String[] io = f[2].split("->", -1);
    String task = f[0];
    JobKind kind;
    if (task.startsWith("ingest_") || task.startsWith("load_") || task.startsWith("replicate_")) {
      kind = JobKind.INGEST;
    } else if (task.startsWith("publish_") || task.startsWith("export_")) {
      kind = JobKind.PUBLISH;
    } else {
      kind = JobKind.BUILD;
    }
    return new JobDraft(task, kind, f[1], list(io[0], ","), list(io[1], ","));
  }

  /** The schema history table that Flyway keeps in every database it migrates; undocumented. */
  private static DatasetDraft flyway() {
    DatasetDraft d = new DatasetDraft();
    d.localName = "flyway_schema_history";
    d.platform = Platform.POSTGRES;
    d.kind = DatasetKind.TABLE;
    d.coverage = 0.0;
    d.columnTokens =
        "installed_rank*:integer, version:varchar(50), description:varchar(200), type:varchar(20),"
            + " script:varchar(1000), checksum:integer, installed_by:varchar(100),"
            + " installed_on:timestamp, execution_time:integer, success:boolean";
    return d;
  }

  private static DatasetDraft dataset(String keyword, Platform platform, String[] f) {
    DatasetDraft d = new DatasetDraft();
    d.localName = f[0];
    d.description = f[1].equals("-") ? null : f[1];
    d.platform = platform;
    d.kind = DatasetKind.TABLE;
    switch (keyword) {
      case "table" -> d.columnTokens = f[2];
      case "copy" -> {
        d.copyOf = f[2];
        d.copyColumns = f.length > 3 ? f[3] : "*";
      }
      case "view" -> {
        d.kind = DatasetKind.VIEW;
        d.viewBase = f[2];
        d.copyColumns = f[3];
        d.viewWhere = f.length > 4 ? f[4] : "";
      }
      case "topic" -> {
        d.platform = Platform.KAFKA;
        d.kind = DatasetKind.TOPIC;
        d.columnTokens = f[2];
      }
      case "file" -> {
        d.platform = Platform.S3;
        d.kind = DatasetKind.FILE;
        d.columnTokens = f[2];
      }
      default ->
          throw new IllegalArgumentException(
              "Unknown blueprint keyword: " + keyword.toLowerCase(Locale.ROOT));
    }
    if (platform == Platform.SNOWFLAKE && d.localName.startsWith("staging.")) {
      d.kind = DatasetKind.VIEW;
    }
    return d;
  }

  private ProductDraft current() {
    if (products.isEmpty()) {
      throw new IllegalStateException("A product line must come first");
    }
    return products.get(products.size() - 1);
  }

  private static String tableOf(String localName) {
    return localName.substring(localName.indexOf('.') + 1);
  }

  static List<String> list(String text, String separator) {
    return Arrays.stream(text.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
