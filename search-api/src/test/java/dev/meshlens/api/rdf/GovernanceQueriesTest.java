package dev.meshlens.api.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.api.SampleMeshServer;
import dev.meshlens.api.TestAuth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code sparql} block of {@code docs/governance-queries.md} runs as written against {@code
 * /sparql} on the sample mesh and answers at least one row, so the page stays true.
 */
@ExtendWith(SampleMeshServer.Extension.class)
class GovernanceQueriesTest {
  static final Pattern BLOCK = Pattern.compile("(?ms)^## ([^\\n]+)\\n.*?^```sparql\\n(.*?)^```$");

  static SampleMeshServer server;

  @BeforeAll
  static void start(SampleMeshServer shared) {
    server = shared;
  }

  /** The page's queries, each named by the heading above it. */
  static List<Object[]> queries() throws IOException {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("docs/governance-queries.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("docs/governance-queries.md not found above the module");
    }
    String page = Files.readString(dir.resolve("docs/governance-queries.md"));
    List<Object[]> queries = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(page);
    while (matcher.find()) {
      queries.add(new Object[] {matcher.group(1).trim(), matcher.group(2)});
    }
    return queries;
  }

  @Test
  void the_page_holds_at_least_six_queries_one_per_section() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "governance-queries.md"));

    assertThat(queries()).hasSizeGreaterThanOrEqualTo(6);
    assertThat(queries())
        .as("every sparql block is found")
        .hasSize(page.split("```sparql", -1).length - 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void each_query_runs_as_written_and_answers_rows_on_the_sample_mesh(String title, String query) {
    int rows = 0;
    try (QueryExecution exec =
        QueryExecutionHTTP.service(server.url() + "/sparql")
            .httpHeader("Authorization", TestAuth.admin(server.meshlens()))
            .query(query)
            .build()) {
      ResultSet results = exec.execSelect();
      while (results.hasNext()) {
        results.next();
        rows++;
      }
    }

    assertThat(rows).as(title).isPositive();
  }
}
