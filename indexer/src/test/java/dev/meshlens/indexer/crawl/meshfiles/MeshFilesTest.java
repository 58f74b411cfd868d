package dev.meshlens.indexer.crawl.meshfiles;

import static dev.meshlens.indexer.crawl.support.Batches.load;
import static dev.meshlens.indexer.crawl.support.Batches.valid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.GlossaryTermInfo;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.catalog.model.OwnerInfo;
import dev.meshlens.catalog.model.OwnerInfo.OwnerKind;
import dev.meshlens.catalog.model.Ownership;
import dev.meshlens.indexer.crawl.CrawlOutput;
import dev.meshlens.indexer.crawl.CrawlWarning;
import dev.meshlens.indexer.crawl.SourceSpec;
import dev.meshlens.indexer.crawl.support.Batches;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshFilesTest {
  private static Path folder() throws URISyntaxException {
    return Path.of(MeshFilesTest.class.getResource("/meshfiles").toURI());
  }

  @Test
  void glossary_terms_have_definition_synonyms_related_terms_and_owner() throws Exception {
    CrawlOutput output =
        valid(new GlossaryReader().read(new SourceSpec("mesh", "glossary", folder().toString())));
    GlossaryTermInfo customer = load(output, Urn.term("customer"), GlossaryTermInfo.class);
    assertThat(customer.name()).isEqualTo("Customer");
    assertThat(customer.synonyms()).containsExactly("client", "buyer");
    assertThat(customer.related()).containsExactly(Urn.term("order"));
    assertThat(load(output, Urn.term("customer"), Ownership.class).owners())
        .containsExactly(new Owner(Urn.owner("sales-data"), "owner"));
    assertThat(Batches.assetsWith(output, GlossaryTermInfo.class)).hasSize(3);
    assertThat(output.warnings())
        .extracting(CrawlWarning::path)
        .containsExactly("/terms/3", "/terms/4/id");
  }

  @Test
  void owners_are_people_and_teams_with_their_teams() throws Exception {
    CrawlOutput output =
        valid(new OwnersReader().read(new SourceSpec("mesh", "owners", folder().toString())));
    assertThat(load(output, Urn.owner("sales-data"), OwnerInfo.class).kind())
        .isEqualTo(OwnerKind.TEAM);
    OwnerInfo ben = load(output, Urn.owner("ben.okafor@acme.example"), OwnerInfo.class);
    assertThat(ben.kind()).isEqualTo(OwnerKind.PERSON);
    assertThat(ben.teams()).containsExactly(Urn.owner("sales-data"));
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.path()).isEqualTo("/owners/3"));
  }

  @Test
  void a_file_without_the_list_is_a_warning(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("glossary.yaml"), "term:\n  - id: x\n");
    CrawlOutput output = new GlossaryReader().read(new SourceSpec("g", "glossary", dir.toString()));
    assertThat(output.warnings()).extracting(CrawlWarning::path).containsExactly("/terms");
  }

  @Test
  void a_file_that_is_not_yaml_is_a_warning(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("owners.yaml");
    Files.writeString(file, "owners: [ {id: a\n");
    CrawlOutput output = new OwnersReader().read(new SourceSpec("o", "owners", file.toString()));
    assertThat(output.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w.reason()).contains("not well-formed"));
    assertThat(output.batches()).allMatch(b -> b.size() == 0);
    assertThat(List.of(file.toString())).contains(output.warnings().getFirst().file());
  }
}
