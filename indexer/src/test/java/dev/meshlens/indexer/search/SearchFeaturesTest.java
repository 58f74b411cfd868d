package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.Field;
import dev.meshlens.catalog.model.GlossaryLinks;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.Schema;
import dev.meshlens.catalog.model.Tag;
import dev.meshlens.catalog.model.Tags;
import dev.meshlens.catalog.model.UsageEvent;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user of search notices: synonyms, typos, query syntax, matched columns, signals. */
class SearchFeaturesTest {

  static final String NS = "postgres://shop";
  static final Urn SALES = Urn.domain("sales");
  static final Urn HR = Urn.domain("hr");
  static final Urn CUSTOMER = Urn.term("customer");

  @TempDir Path dir;
  SqliteCatalogStore store;
  SearchIndex index;

  @BeforeEach
  void open() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
    Batch.Builder batch = Batch.builder("test:search");
    batch.upsert(
        CUSTOMER,
        new GlossaryTermInfo("Customer", "A person with an account", List.of("client"), List.of()));
    dataset(batch, "crm_accounts", "Accounts of people who buy from us", SALES, null);
    batch.upsert(urn("crm_accounts"), new GlossaryLinks(List.of(CUSTOMER)));
    batch.upsert(
        urn("crm_accounts"),
        new Schema(
            List.of(
                column("account_id", "Key of the account"),
                column("email_address", "Where receipts are sent"),
                column("created_at", "When the account was opened")),
            List.of(),
            List.of()));
    dataset(batch, "order_lines", "One row per item of an order", SALES, null);
    batch.upsert(
        urn("orders_archive"),
        new DatasetInfo(
            "orders_archive",
            "Old orders kept for audits",
            "postgres",
            "table",
            null,
            null,
            Map.of("deprecated", "true")));
    batch.upsert(urn("orders_archive"), new Membership(SALES, null));
    dataset(batch, "orders_history", "Old orders kept for audits", SALES, null);
    dataset(batch, "inventory_snapshots", "Stock levels per warehouse", SALES, null);
    dataset(
        batch,
        "salaries",
        "Pay of every employee",
        HR,
        new Classification(Sensitivity.RESTRICTED, true));
    dataset(batch, "payroll_runs", "Monthly payroll runs and their orders", HR, null);
    batch.upsert(urn("payroll_runs"), new Tags(List.of(new Tag("finance"))));
    store.apply(batch.build());
    index = SearchIndex.open(store, dir.resolve("index"));
  }

  @AfterEach
  void close() {
    index.close();
    store.close();
  }

  static Urn urn(String name) {
    return Urn.dataset(NS, name);
  }

  static Field column(String name, String description) {
    return new Field(name, "text", true, description, List.of(), List.of(), null);
  }

  static void dataset(
      Batch.Builder batch, String name, String description, Urn domain, Classification c) {
    batch.upsert(
        urn(name), new DatasetInfo(name, description, "postgres", "table", c, null, Map.of()));
    batch.upsert(urn(name), new Membership(domain, null));
  }

  List<String> names(String query) {
    return index.search(query, 1, 10).hits().stream().map(SearchHit::name).toList();
  }

  @Test
  void a_glossary_synonym_finds_what_is_linked_to_its_term() {
    assertThat(names("client")).contains("crm_accounts", "Customer");
    assertThat(names("client email")).first().isEqualTo("crm_accounts");
  }

  @Test
  void synonyms_follow_the_glossary_as_it_changes() throws Exception {
    assertThat(names("shopper")).isEmpty();
    store.apply(
        Batch.builder("test:search")
            .upsert(
                CUSTOMER,
                new GlossaryTermInfo(
                    "Customer",
                    "A person with an account",
                    List.of("client", "shopper"),
                    List.of()))
            .build());
    index.catchUp();
    assertThat(names("shopper")).contains("crm_accounts");
  }

  @Test
  void a_misspelled_word_is_found_by_the_fuzzy_pass_and_corrected() {
    SearchResults results = index.search("inventroy", 1, 10);
    assertThat(results.hits()).extracting(SearchHit::name).first().isEqualTo("inventory_snapshots");
    assertThat(results.didYouMean()).isEqualTo("inventory");
    assertThat(index.search("\"inventroy\"", 1, 10).hits())
        .as("quoted text is never matched fuzzily")
        .isEmpty();
    assertThat(index.search("inventory", 1, 10).didYouMean()).isNull();
  }

  @Test
  void every_word_must_match_unless_too_few_assets_do() {
    assertThat(names("orders audits"))
        .as("the deprecated one of two equal matches comes second")
        .containsExactly("orders_history", "orders_archive");
    assertThat(names("which tables hold the stock levels of each warehouse"))
        .first()
        .isEqualTo("inventory_snapshots");
  }

  @Test
  void query_syntax_narrows_excludes_and_joins() {
    assertThat(names("orders -payroll")).doesNotContain("payroll_runs").contains("order_lines");
    assertThat(names("orders domain:hr")).containsExactly("payroll_runs");
    assertThat(names("tag:finance")).containsExactly("payroll_runs");
    assertThat(names("salaries OR inventory"))
        .containsExactlyInAnyOrder("salaries", "inventory_snapshots");
    assertThat(names("\"per warehouse\"")).containsExactly("inventory_snapshots");
    assertThat(names("\"warehouse per\"")).isEmpty();
    assertThat(names("column:email")).containsExactly("crm_accounts");
    assertThat(names("classification:pii")).containsExactly("salaries");
    assertThat(index.search(SearchRequest.of("").withFilter("platform", "Postgres")).total())
        .as("keyword filters match in any case, as the facets show them lower-cased")
        .isEqualTo(index.search(SearchRequest.of("").withFilter("platform", "postgres")).total())
        .isPositive();
    assertThatThrownBy(() -> index.search("colour:red", 1, 10))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContaining("colour");
    assertThatThrownBy(() -> index.search("\"unbalanced", 1, 10))
        .isInstanceOf(InvalidSearchException.class);
  }

  @Test
  void a_dataset_hit_names_its_matched_columns_and_highlights_its_description() {
    SearchHit hit = index.search("email receipts", 1, 10).hits().getFirst();
    assertThat(hit.name()).isEqualTo("crm_accounts");
    assertThat(hit.matchedColumns()).containsExactly("email_address");
    SearchHit warehouse = index.search("warehouses", 1, 10).hits().getFirst();
    assertThat(warehouse.highlights()).containsExactly("Stock levels per <mark>warehouse</mark>");
    assertThat(warehouse.domain()).isEqualTo(SALES.toString());
    assertThat(warehouse.description()).isEqualTo("Stock levels per warehouse");
  }

  @Test
  void usage_lifts_a_hit_but_never_above_an_exact_name_and_deprecation_lowers_one() {
    SearchResults audits = index.search(SearchRequest.of("audits").withExplain(true));
    assertThat(audits.hits())
        .extracting(h -> h.explain().deprecationFactor())
        .containsExactly(1.0, Reranker.DEPRECATED);
    Batch.Builder usage = Batch.builder("usage-log");
    Instant now = Instant.now();
    for (int i = 0; i < 500; i++) {
      usage.usage(
          new UsageEvent(
              now.minus(Duration.ofMinutes(i + 1)),
              urn("payroll_runs"),
              "user" + (i % 7) + "@acme.example",
              UsageEvent.PrincipalKind.USER,
              "select " + i));
    }
    store.apply(usage.build());
    index.refreshSignals();
    SearchResults results = index.search(SearchRequest.of("orders").withExplain(true));
    SearchHit payroll =
        results.hits().stream()
            .filter(h -> h.name().equals("payroll_runs"))
            .findFirst()
            .orElseThrow();
    assertThat(payroll.usage()).isEqualTo(500);
    assertThat(payroll.explain().usageFactor()).isBetween(1.4, 1.5);
    assertThat(results.hits().getFirst().explain().finalScore())
        .isGreaterThanOrEqualTo(results.hits().get(1).explain().finalScore());

    store.apply(
        Batch.builder("test:search")
            .upsert(
                urn("payroll"),
                new DatasetInfo(
                    "payroll", "Who is paid", "postgres", "table", null, null, Map.of()))
            .build());
    index.catchUp();
    SearchResults exact = index.search(SearchRequest.of("payroll").withExplain(true));
    assertThat(exact.hits()).extracting(SearchHit::name).containsExactly("payroll", "payroll_runs");
    assertThat(exact.hits().getFirst().explain().exactName()).isTrue();
    assertThat(exact.hits().getFirst().explain().matchedFields()).contains("name.exact");
  }

  @Test
  void visibility_is_inside_the_query_so_totals_and_facets_agree() {
    SearchRequest all = SearchRequest.of("");
    SearchResults everything = index.search(all);
    SearchResults reader = index.search(all.withVisibility(Visibility.publicOnly()));
    assertThat(everything.total() - reader.total()).isEqualTo(1);
    assertThat(reader.hits()).extracting(SearchHit::name).doesNotContain("salaries");
    assertThat(reader.facets().get(SearchFields.CLASSIFICATION)).isEmpty();
    assertThat(
            index
                .search(SearchRequest.of("salaries").withVisibility(Visibility.publicOnly()))
                .total())
        .isZero();
    Visibility hrOwner = Visibility.granted(List.of(AccessLabels.PUBLIC, AccessLabels.domain(HR)));
    assertThat(index.search(SearchRequest.of("salaries").withVisibility(hrOwner)).total()).isOne();
  }

  @Test
  void autocomplete_follows_the_catalog_and_hides_what_the_caller_may_not_see() {
    assertThat(index.suggest("inv", 10, Visibility.all()))
        .extracting(Suggestion::name)
        .containsExactly("inventory_snapshots");
    assertThat(index.suggest("snap", 10, Visibility.all()))
        .extracting(Suggestion::name)
        .containsExactly("inventory_snapshots");
    assertThat(index.suggest("sal", 10, Visibility.all()))
        .extracting(Suggestion::name)
        .containsExactly("salaries");
    assertThat(index.suggest("sal", 10, Visibility.publicOnly())).isEmpty();

    store.apply(Batch.builder("test:search").remove(urn("inventory_snapshots")).build());
    index.catchUp();
    assertThat(index.suggest("inv", 10, Visibility.all())).isEmpty();
    assertThatThrownBy(() -> index.suggest("x".repeat(2000), 10, Visibility.all()))
        .isInstanceOf(InvalidSearchException.class);
  }
}
