package dev.meshlens.indexer.crawl.meshfiles;

import static dev.meshlens.indexer.crawl.support.Nodes.firstText;
import static dev.meshlens.indexer.crawl.support.Nodes.text;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.OwnerInfo;
import dev.meshlens.catalog.model.OwnerInfo.OwnerKind;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.meshfiles.MeshFileEntries.Entry;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the owners: {@code owners: [{id, name, type: person|team, email, teams}]} from a file, or
 * from the {@code owners*.yaml|yml|json} files under a folder. The id defaults to the email. An
 * owner without id and email, without name, with an unknown type or an id seen before is a warning.
 * Options: {@code batchSize}.
 */
public final class OwnersReader implements SourceReader {
  public static final String TYPE = "owners";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    Warnings warnings = new Warnings();
    BatchAssembler out = new BatchAssembler(spec.batchSource());
    Set<String> seen = new HashSet<>();
    for (Entry entry : MeshFileEntries.read(spec, "owners", "owners", warnings)) {
      String id = firstText(entry.node(), "id", "email");
      String name = text(entry.node(), "name");
      OwnerKind kind = kind(text(entry.node(), "type"));
      if (id == null || name == null || kind == null) {
        warnings.add(
            entry.file(),
            entry.path(),
            "an owner needs an id (or email), a name and a type person or team; left out");
      } else if (!seen.add(id)) {
        warnings.add(
            entry.file(), entry.path() + "/id", "owner " + id + " is defined twice; left out");
      } else {
        out.upsert(
            Urn.owner(id),
            new OwnerInfo(
                name,
                kind,
                text(entry.node(), "email"),
                Nodes.texts(entry.node(), "teams").stream().map(Urn::owner).toList()));
      }
    }
    return new CrawlOutput(out.build(spec.batchSize()), warnings.list());
  }

  private static OwnerKind kind(String type) {
    if (type == null) {
      return null;
    }
    return switch (type.trim().toLowerCase(Locale.ROOT)) {
      case "person", "user" -> OwnerKind.PERSON;
      case "team", "group" -> OwnerKind.TEAM;
      default -> null;
    };
  }
}
