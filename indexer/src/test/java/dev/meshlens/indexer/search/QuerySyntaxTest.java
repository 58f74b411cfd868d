package dev.meshlens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.indexer.search.ParsedQuery.FieldValue;
import dev.meshlens.indexer.search.ParsedQuery.Group;
import dev.meshlens.indexer.search.ParsedQuery.Part;
import dev.meshlens.indexer.search.ParsedQuery.Phrase;
import dev.meshlens.indexer.search.ParsedQuery.Word;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuerySyntaxTest {

  static Word word(String text) {
    return new Word(text);
  }

  static Phrase phrase(String text) {
    return new Phrase(text);
  }

  static FieldValue field(String field, String value) {
    return new FieldValue(field, value, false);
  }

  static FieldValue quoted(String field, String value) {
    return new FieldValue(field, value, true);
  }

  static Group any(Part... alternatives) {
    return new Group(List.of(alternatives));
  }

  /** A query of single-part groups (no OR). */
  static ParsedQuery all(Part... parts) {
    return new ParsedQuery(Stream.of(parts).map(QuerySyntaxTest::any).toList(), List.of());
  }

  static void assertInvalid(String text, String... messageParts) {
    assertThatThrownBy(() -> QuerySyntax.parse(text))
        .as("parse(%s)", text)
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageContainingAll(messageParts);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n", "\u00a0", "-", " - ", "\"\"", "-\"\"", "--", "\" \""})
  void blank_text_lone_dashes_and_empty_phrases_ask_for_nothing(String text) {
    ParsedQuery query = QuerySyntax.parse(text);
    assertThat(query.isEmpty()).as("parse(%s) is empty", text).isTrue();
    assertThat(query.freeText()).isEmpty();
  }

  @Test
  void a_null_text_is_the_empty_query() {
    assertThat(QuerySyntax.parse(null)).isEqualTo(ParsedQuery.EMPTY);
  }

  @Test
  void words_keep_their_case_and_whitespace_of_any_kind_separates_groups() {
    assertThat(QuerySyntax.parse("Customer  orders\tFY2024\nEU\r\nshop\u00a0events\u2003x"))
        .isEqualTo(
            all(
                word("Customer"),
                word("orders"),
                word("FY2024"),
                word("EU"),
                word("shop"),
                word("events"),
                word("x")));
  }

  @Test
  void or_joins_its_neighbours_into_one_group_and_lower_case_or_is_a_word() {
    ParsedQuery query = QuerySyntax.parse("orders OR payments OR refunds shop or Or");
    assertThat(query.groups())
        .containsExactly(
            any(word("orders"), word("payments"), word("refunds")),
            any(word("shop")),
            any(word("or")),
            any(word("Or")));
    assertThat(query.exclusions()).isEmpty();
    assertThat(query.freeText())
        .containsExactly("orders", "payments", "refunds", "shop", "or", "Or");
  }

  @Test
  void phrases_drop_their_quotes_and_normalize_inner_whitespace() {
    assertThat(QuerySyntax.parse("\"customer orders\" \"  daily \t\n totals \" solo"))
        .isEqualTo(all(phrase("customer orders"), phrase("daily totals"), word("solo")));
  }

  @Test
  void a_quote_ends_the_term_before_and_after_it() {
    assertThat(QuerySyntax.parse("\"a b\"c")).isEqualTo(all(phrase("a b"), word("c")));
    assertThat(QuerySyntax.parse("x\"a b\"")).isEqualTo(all(word("x"), phrase("a b")));
    assertThat(QuerySyntax.parse("name:x\"a b\""))
        .isEqualTo(all(field("name", "x"), phrase("a b")));
  }

  @Test
  void an_empty_phrase_is_skipped_between_other_terms() {
    assertThat(QuerySyntax.parse("a \"\" b")).isEqualTo(all(word("a"), word("b")));
    assertThat(QuerySyntax.parse("a OR \"\" b"))
        .as("ignored terms do not break an OR")
        .isEqualTo(new ParsedQuery(List.of(any(word("a"), word("b"))), List.of()));
  }

  @Test
  void field_values_bare_and_quoted() {
    assertThat(QuerySyntax.parse("tag:pii name:\"customer orders\" owner:urn:meshlens:owner:ana"))
        .isEqualTo(
            all(
                field("tag", "pii"),
                quoted("name", "customer orders"),
                field("owner", "urn:meshlens:owner:ana")));
  }

  @Test
  void the_value_is_split_at_the_first_colon_only_and_keeps_its_case() {
    assertThat(QuerySyntax.parse("tag:pii:Email domain:urn:meshlens:domain:sales"))
        .isEqualTo(all(field("tag", "pii:Email"), field("domain", "urn:meshlens:domain:sales")));
  }

  @Test
  void a_known_field_keeps_urls_and_urns_as_its_value() {
    assertThat(QuerySyntax.parse("platform:s3://lake/raw"))
        .isEqualTo(all(field("platform", "s3://lake/raw")));
  }

  @ParameterizedTest
  @CsvSource({
    "type, type",
    "domain, domain",
    "product, product",
    "owner, owner",
    "tag, tag",
    "platform, platform",
    "classification, classification",
    "name, name",
    "column, column",
    "description, description",
    "glossary, glossary",
    "term, glossary",
    "col, column",
    "columns, column",
    "desc, description",
    "tags, tag",
    "owners, owner",
    "TAG, tag",
    "Desc, description",
    "Classification, classification"
  })
  void field_names_and_aliases_are_canonical_and_case_insensitive(String typed, String canonical) {
    assertThat(QuerySyntax.parse(typed + ":v")).isEqualTo(all(field(canonical, "v")));
  }

  @Test
  void exclusions_of_words_phrases_and_fields_are_set_apart() {
    ParsedQuery query = QuerySyntax.parse("orders -staging -\"test data\" -tag:deprecated");
    assertThat(query.groups()).containsExactly(any(word("orders")));
    assertThat(query.exclusions())
        .containsExactly(word("staging"), phrase("test data"), field("tag", "deprecated"));
    assertThat(query.freeText()).as("exclusions are not free text").containsExactly("orders");
  }

  @Test
  void a_query_of_exclusions_only_is_not_empty() {
    ParsedQuery query = QuerySyntax.parse("-staging");
    assertThat(query.groups()).isEmpty();
    assertThat(query.exclusions()).containsExactly(word("staging"));
    assertThat(query.isEmpty()).isFalse();
  }

  @Test
  void a_dash_inside_a_word_or_doubled_is_part_of_the_word() {
    assertThat(QuerySyntax.parse("order-lines a- x-y-z --verbose"))
        .isEqualTo(all(word("order-lines"), word("a-"), word("x-y-z"), word("--verbose")));
  }

  @Test
  void a_trailing_or_lone_dash_is_ignored() {
    assertThat(QuerySyntax.parse("orders -")).isEqualTo(all(word("orders")));
    assertThat(QuerySyntax.parse("orders - payments"))
        .isEqualTo(all(word("orders"), word("payments")));
    assertThat(QuerySyntax.parse("orders\t-\n")).isEqualTo(all(word("orders")));
  }

  @Test
  void a_dashed_or_is_an_excluded_word_and_a_quoted_or_is_a_phrase() {
    ParsedQuery query = QuerySyntax.parse("a -OR \"OR\"");
    assertThat(query.groups()).containsExactly(any(word("a")), any(phrase("OR")));
    assertThat(query.exclusions()).containsExactly(word("OR"));
  }

  @Test
  void the_example_of_the_brief_mixes_everything() {
    ParsedQuery query = QuerySyntax.parse("name:\"customer orders\" OR tag:pii -staging");
    assertThat(query)
        .isEqualTo(
            new ParsedQuery(
                List.of(any(quoted("name", "customer orders"), field("tag", "pii"))),
                List.of(word("staging"))));
    assertThat(query.freeText()).as("field values are not free text").isEmpty();
  }

  @Test
  void or_works_across_tabs_and_newlines_and_with_phrases() {
    assertThat(QuerySyntax.parse("\"daily totals\"\tOR\norders"))
        .isEqualTo(
            new ParsedQuery(List.of(any(phrase("daily totals"), word("orders"))), List.of()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "urn:meshlens:dataset:(pg://db,orders)",
        "URN:meshlens:domain:sales",
        "https://example.com/x",
        "s3://lake/raw/events",
        "12:30",
        "café:latte",
        "a-b:c",
        ":colon",
        "note:",
        "Todo:"
      })
  void colons_that_do_not_read_as_a_field_query_are_words(String text) {
    assertThat(QuerySyntax.parse(text)).isEqualTo(all(word(text)));
  }

  @Test
  void an_unknown_field_with_an_empty_quoted_value_is_a_word() {
    assertThat(QuerySyntax.parse("note:\"\" x")).isEqualTo(all(word("note:"), word("x")));
  }

  @Test
  void a_urn_followed_by_a_quote_stays_a_word_then_a_phrase() {
    assertThat(QuerySyntax.parse("urn:\"x y\"")).isEqualTo(all(word("urn:"), phrase("x y")));
  }

  @Test
  void accents_and_other_scripts_stay_whole() {
    assertThat(QuerySyntax.parse("Müller café:crème name:Straße \"données clients\" -été 東京"))
        .isEqualTo(
            new ParsedQuery(
                List.of(
                    any(word("Müller")),
                    any(word("café:crème")),
                    any(field("name", "Straße")),
                    any(phrase("données clients")),
                    any(word("東京"))),
                List.of(word("été"))));
  }

  @Test
  void combining_marks_and_emoji_are_kept_as_typed() {
    String decomposed = "cafe\u0301";
    assertThat(QuerySyntax.parse(decomposed + " 🙂 tag:🔥"))
        .isEqualTo(all(word(decomposed), word("🙂"), field("tag", "🔥")));
  }

  // Errors: one line per malformed input, each message naming the problem and where it is.

  @Test
  void an_unclosed_quote_names_its_position() {
    assertInvalid("\"customer orders", "Unbalanced quote", "character 1", "never closed");
    assertInvalid("orders \"x", "Unbalanced quote", "character 8");
    assertInvalid("\"a\" \"b\" \"c", "character 9");
    assertInvalid("name:\"customer", "Unbalanced quote", "character 6");
    assertInvalid("-\"draft", "Unbalanced quote", "character 2");
  }

  @Test
  void positions_count_characters_not_utf16_units() {
    assertInvalid("🙂 \"x", "Unbalanced quote", "character 3");
    assertInvalid("été 🙂🙂 OR", "OR at character 8");
  }

  @Test
  void or_at_the_start_has_nothing_before_it() {
    assertInvalid("OR orders", "OR at character 1", "nothing before it");
    assertInvalid("  OR orders", "OR at character 3", "nothing before it");
    assertInvalid("\"\" OR orders", "OR at character 4", "nothing before it");
  }

  @Test
  void or_at_the_end_has_nothing_after_it() {
    assertInvalid("orders OR", "OR at character 8", "nothing after it", "orders OR payments");
    assertInvalid("orders OR \t", "OR at character 8", "nothing after it");
    assertInvalid("orders OR -", "OR at character 8", "nothing after it");
    assertInvalid("OR", "OR at character 1", "nothing before it");
  }

  @Test
  void or_after_or_is_reported_at_the_second() {
    assertInvalid("orders OR OR payments", "OR at character 11", "follows another OR");
  }

  @Test
  void or_cannot_join_an_exclusion() {
    assertInvalid("orders OR -staging", "OR at character 8", "exclusion -staging");
    assertInvalid("-staging OR orders", "OR at character 10", "exclusion -staging");
    assertInvalid("a OR -\"x y\"", "exclusion -\"x y\"", "outside the OR");
  }

  @Test
  void an_unknown_field_lists_the_known_ones() {
    assertInvalid(
        "tga:pii",
        "Unknown field 'tga'",
        "tga:pii",
        "character 1",
        "type, domain, product, owner, tag, platform, classification, name, column, description,"
            + " glossary",
        "term, col, columns, desc, tags, owners",
        "put it in quotes");
    assertInvalid("orders colour:\"dark red\"", "Unknown field 'colour'", "character 8");
    assertInvalid("-owner_x:ana", "Unknown field 'owner_x'", "character 1");
  }

  @Test
  void quoting_an_unknown_field_searches_it_as_text() {
    assertThat(QuerySyntax.parse("\"tga:pii\"")).isEqualTo(all(phrase("tga:pii")));
  }

  @Test
  void a_known_field_needs_a_value() {
    assertInvalid(
        "tag:", "Field 'tag'", "character 1", "has no value", "tag:value or tag:\"two words\"");
    assertInvalid("orders Desc:\"\"", "Field 'Desc'", "character 8", "has no value");
    assertInvalid("name:\"  \"", "Field 'name'", "has no value");
    assertInvalid("-owner: x", "Field 'owner'", "character 1");
  }

  @Test
  void text_over_a_thousand_characters_is_refused() {
    String longest = "a".repeat(QuerySyntax.MAX_LENGTH);
    assertThat(QuerySyntax.parse(longest)).isEqualTo(all(word(longest)));
    assertInvalid(longest + "b", "1001 characters", "at most 1000");
    String emoji = "🙂".repeat(QuerySyntax.MAX_LENGTH);
    assertThat(QuerySyntax.parse(emoji).groups())
        .as("the limit counts characters, not UTF-16 units")
        .hasSize(1);
  }

  @Test
  void more_than_64_groups_and_exclusions_is_refused() {
    String groups = "w ".repeat(40);
    String exclusions = "-x ".repeat(24);
    assertThat(QuerySyntax.parse(groups + exclusions).exclusions()).hasSize(24);
    assertInvalid(groups + exclusions + "-y", "65 terms", "at most 64");
    assertInvalid("w ".repeat(65), "65 terms");
  }

  @Test
  void alternatives_joined_by_or_count_as_one_term() {
    String alternatives = String.join(" OR ", List.of("a", "b", "c", "d"));
    ParsedQuery query = QuerySyntax.parse("w ".repeat(63) + alternatives);
    assertThat(query.groups()).hasSize(64);
    assertThat(query.groups().getLast().alternatives()).hasSize(4);
  }

  static Stream<Arguments> invalidParts() {
    return Stream.of(
        Arguments.of((Runnable) () -> new Word(" "), "word must not be blank"),
        Arguments.of((Runnable) () -> new Phrase(""), "phrase must not be blank"),
        Arguments.of((Runnable) () -> new FieldValue("colour", "red", false), "colour"),
        Arguments.of((Runnable) () -> new FieldValue("tag", " ", false), "value must not be blank"),
        Arguments.of((Runnable) () -> new Group(List.of()), "at least one alternative"));
  }

  @ParameterizedTest
  @MethodSource("invalidParts")
  void the_model_refuses_what_the_parser_never_produces(Runnable create, String message) {
    assertThatThrownBy(create::run)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
