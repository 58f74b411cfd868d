package dev.meshlens.indexer.search;

import java.util.Set;

/** The names of the fields of an asset document. */
final class SearchFields {

  /** The asset URN, one term, stored. */
  static final String ID = "id";

  /** The entity type code (dataset, product...), keyword and facet. */
  static final String TYPE = "type";

  /** The display name as one lower-cased, folded term. */
  static final String NAME_EXACT = "name.exact";

  /** The display name split into identifier parts, the original kept. */
  static final String NAME_IDENT = "name.ident";

  /** The display name split into identifier parts, then stemmed English. */
  static final String NAME_STEM = "name.stem";

  /** The display name, tokenized but unstemmed, for typo tolerance. */
  static final String NAME_PLAIN = "name.plain";

  /** The display name as given, stored for hits. */
  static final String NAME = "name";

  /** The URN's parts joined with dots (namespace.name), identifier-split. */
  static final String QUALIFIED_NAME = "qualifiedName";

  /** The description, stemmed English. */
  static final String DESCRIPTION = "description";

  /** The description, unstemmed. */
  static final String DESCRIPTION_PLAIN = "description.plain";

  /** Column names, identifier-split. */
  static final String COLUMN_NAME = "column.name";

  /** Column names, one exact term each, stored so a hit can say which columns matched. */
  static final String COLUMN_NAME_EXACT = "column.name.exact";

  /**
   * Column descriptions, stemmed English, stored ("" when none) in the order of the column names.
   */
  static final String COLUMN_DESCRIPTION = "column.description";

  /** Tags of the asset and its columns, analyzed. */
  static final String TAG_TEXT = "tag.text";

  /** Glossary term names of the asset and its columns, analyzed. */
  static final String GLOSSARY_TEXT = "glossary.text";

  /** Domain display name, analyzed. */
  static final String DOMAIN_TEXT = "domain.text";

  /** Product name (the URN's local part), analyzed. */
  static final String PRODUCT_TEXT = "product.text";

  /** Owner names (the URN's local part), analyzed. */
  static final String OWNER_TEXT = "owner.text";

  /** Facet and filter keywords: exact values, doc values for counting. */
  static final String TAG = "tag";

  static final String GLOSSARY_TERM = "glossaryTerm";
  static final String DOMAIN = "domain";
  static final String PRODUCT = "product";
  static final String OWNER = "owner";
  static final String PLATFORM = "platform";
  static final String CLASSIFICATION = "classification";

  /** Access labels ({@link AccessLabels}): who may see the asset. */
  static final String ACCESS = "access";

  /** "true" or "false". */
  static final String DEPRECATED = "deprecated";

  /** Fields analyzed with the identifier-split view. */
  static final Set<String> IDENTIFIER_FIELDS =
      Set.of(
          NAME_IDENT,
          QUALIFIED_NAME,
          COLUMN_NAME,
          TAG_TEXT,
          GLOSSARY_TEXT,
          PRODUCT_TEXT,
          OWNER_TEXT);

  /** Fields analyzed with the stemmed English view. */
  static final Set<String> STEMMED_FIELDS = Set.of(DESCRIPTION, COLUMN_DESCRIPTION, DOMAIN_TEXT);

  /** Fields analyzed with the unstemmed view. */
  static final Set<String> PLAIN_FIELDS = Set.of(NAME_PLAIN, DESCRIPTION_PLAIN);

  private SearchFields() {}
}
