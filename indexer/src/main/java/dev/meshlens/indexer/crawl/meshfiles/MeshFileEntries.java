package dev.meshlens.indexer.crawl.meshfiles;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.support.Documents;
import dev.meshlens.indexer.crawl.support.FileTree;
import dev.meshlens.indexer.crawl.support.Nodes;
import dev.meshlens.indexer.crawl.support.UnreadableDocumentException;
import dev.meshlens.indexer.crawl.support.Warnings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of one list ({@code terms}, {@code owners}) across the YAML/JSON files of a source.
 */
final class MeshFileEntries {
  private MeshFileEntries() {}

  /** An entry, the file it is in and its JSON-pointer path there. */
  record Entry(JsonNode node, String file, String path) {}

  /**
   * The entries of {@code list} in the location (a file, or the files under a folder whose name
   * starts with {@code prefix}); a file that is not well-formed or lacks the list is a warning.
   */
  static List<Entry> read(SourceSpec spec, String prefix, String list, Warnings warnings) {
    List<Path> files =
        FileTree.find(
            spec.path(),
            n ->
                (spec.path().toFile().isFile() || n.startsWith(prefix))
                    && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")));
    List<Entry> entries = new ArrayList<>();
    for (Path file : files) {
      try {
        JsonNode document = Documents.read(file);
        if (!document.path(list).isArray()) {
          warnings.add(
              file.toString(), "/" + list, "expected a list '" + list + "'; file left out");
          continue;
        }
        List<JsonNode> nodes = Nodes.array(document, list);
        for (int i = 0; i < nodes.size(); i++) {
          entries.add(new Entry(nodes.get(i), file.toString(), "/" + list + "/" + i));
        }
      } catch (UnreadableDocumentException e) {
        warnings.add(file.toString(), "", e.getMessage());
      }
    }
    return entries;
  }
}
