package dev.meshlens.indexer.search;

import dev.meshlens.catalog.AssetQuery;
import dev.meshlens.catalog.AssetSummary;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;

/**
 * The plain BM25 baseline the relevance suite measures search against: for each live asset of a
 * store, the text of the same document search indexes ({@link AssetDocuments#toDocument}), all its
 * text values joined into one field analyzed with Lucene's {@link StandardAnalyzer}, searched with
 * default BM25 as a disjunction of the query's terms. No field weights, identifier splitting,
 * stemming, synonyms, typo tolerance or exact-name boost. In memory; built once, it does not follow
 * the store.
 */
public final class BaselineIndex implements AutoCloseable {

  static final String ID = "id";
  static final String TEXT = "text";

  private final Directory directory;
  private final StandardAnalyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private BaselineIndex(Directory directory, StandardAnalyzer analyzer) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
  }

  /** Indexes every live asset of {@code store}. */
  public static BaselineIndex build(CatalogStore store) {
    Directory directory = new ByteBuffersDirectory();
    StandardAnalyzer analyzer = new StandardAnalyzer();
    try {
      write(store, directory, analyzer);
      return new BaselineIndex(directory, analyzer);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(analyzer, directory);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      IOUtils.closeWhileHandlingException(analyzer, directory);
      throw e;
    }
  }

  private static void write(CatalogStore store, Directory directory, StandardAnalyzer analyzer)
      throws IOException {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (int page = 1; ; page++) {
        Page<AssetSummary> assets = store.listAssets(AssetQuery.all(page, AssetQuery.MAX_SIZE));
        for (AssetSummary summary : assets.items()) {
          Optional<Document> doc =
              store.findAsset(summary.urn()).flatMap(AssetDocuments::toDocument);
          if (doc.isPresent()) {
            writer.addDocument(baselineDocument(summary.urn().toString(), doc.get()));
          }
        }
        if ((long) page * AssetQuery.MAX_SIZE >= assets.total()) {
          return;
        }
      }
    }
  }

  /**
   * The baseline document: the URN, and the distinct values of the search document's text fields
   * joined into one. Distinct, because search indexes one value under several analyzed views (the
   * name four times, the description twice), and those copies are not more text.
   */
  static Document baselineDocument(String urn, Document searchDocument) {
    Set<String> values = new LinkedHashSet<>();
    for (IndexableField field : searchDocument.getFields()) {
      if (field instanceof TextField && field.stringValue() != null) {
        values.add(field.stringValue());
      }
    }
    Document doc = new Document();
    doc.add(new StringField(ID, urn, Store.YES));
    doc.add(new TextField(TEXT, String.join("\n", values), Store.NO));
    return doc;
  }

  /** The URNs of the best {@code n} assets for {@code text}, best first; none for blank text. */
  public List<String> search(String text, int n) {
    Query query = new QueryBuilder(analyzer).createBooleanQuery(TEXT, text);
    if (query == null) {
      return List.of();
    }
    try {
      ScoreDoc[] top = searcher.search(query, n).scoreDocs;
      StoredFields stored = searcher.storedFields();
      List<String> urns = new ArrayList<>();
      for (ScoreDoc hit : top) {
        urns.add(stored.document(hit.doc).get(ID));
      }
      return urns;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many assets the baseline holds. */
  public int size() {
    return reader.numDocs();
  }

  @Override
  public void close() {
    try {
      IOUtils.close(reader, analyzer, directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
