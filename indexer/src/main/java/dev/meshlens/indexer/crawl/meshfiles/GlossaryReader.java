package dev.meshlens.indexer.crawl.meshfiles;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.SourceReader;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.meshfiles.MeshFileEntries.Entry;
import dev.meshlens.indexer.crawl.support.BatchAssembler;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the glossary: {@code terms: [{id, name, definition, synonyms, owner, related}]} from a
 * file, or from the {@code glossary*.yaml|yml|json} files under a folder. Each term becomes a
 * glossary term (with its owner); a term without id or name, or with an id seen before, is a
 * warning. Options: {@code batchSize}.
 */
public final class GlossaryReader implements SourceReader {
  public static final String TYPE = "glossary";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public CrawlOutput read(SourceSpec spec) {
    Warnings warnings = new Warnings();
    BatchAssembler out = new BatchAssembler(spec.batchSource());
    Set<String> seen = new HashSet<>();
    for (Entry entry : MeshFileEntries.read(spec, "glossary", "terms", warnings)) {
      String id = text(entry.node(), "id");
      String name = text(entry.node(), "name");
      if (id == null || name == null) {
        warnings.add(entry.file(), entry.path(), "a term needs an id and a name; left out");
      } else if (!seen.add(id)) {
        warnings.add(
            entry.file(), entry.path() + "/id", "term " + id + " is defined twice; left out");
      } else {
        Urn term = Urn.term(id);
        List<Urn> related = Nodes.texts(entry.node(), "related").stream().map(Urn::term).toList();
        out.upsert(
            term,
            new GlossaryTermInfo(
                name,
                text(entry.node(), "definition"),
                Nodes.texts(entry.node(), "synonyms"),
                related));
        String owner = text(entry.node(), "owner");
        if (owner != null) {
          out.upsert(term, new Ownership(List.of(new Owner(Urn.owner(owner), "owner"))));
        }
      }
    }
    return new CrawlOutput(out.build(spec.batchSize()), warnings.list());
  }
}
