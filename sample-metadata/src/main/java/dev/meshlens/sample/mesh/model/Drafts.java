package dev.meshlens.sample.mesh.model;

import java.util.ArrayList;
import java.util.List;

/** Mutable drafts the blueprint parser fills in and the assembler turns into records. */
final class Drafts {
  private Drafts() {}

  /** A dataset as written in the blueprint, before copies and views are resolved. */
  static final class DatasetDraft {
    String localName;
    DatasetKind kind;
    Platform platform;
    String description;
    String columnTokens;
    String copyOf;
    String copyColumns;
    String viewBase;
    String viewWhere;
    Double coverage;
  }

  /** A port as written in the blueprint. */
  record PortDraft(
      String name,
      Platform platform,
      String version,
      String status,
      String contractName,
      List<String> datasets,
      String description) {}

  /** A job as written in the blueprint. */
  record JobDraft(
      String task, JobKind kind, String schedule, List<String> inputs, List<String> outputs) {}

  /** A product as written in the blueprint. */
  static final class ProductDraft {
    String domain;
    String id;
    String name;
    String status;
    boolean hourly;
    String owner;
    double coverage;
    String purpose = "";
    String usage = "";
    String limitations = "";
    List<String> tags = List.of();
    Integer latencyHours;
    String checkSchedule;
    DbtProject dbt;
    String dbtSchedule;
    final List<PortDraft> ports = new ArrayList<>();
    final List<DatasetDraft> datasets = new ArrayList<>();
    final List<JobDraft> jobs = new ArrayList<>();

    String key() {
      return domain + "/" + id;
    }
  }
}
