package dev.meshlens.api.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db:5432/shop?user=reader&password=s3cret&ssl=true"
            + " | jdbc:postgresql://db:5432/shop?user=reader&password=****&ssl=true",
        "jdbc:postgresql://db:5432/shop?PASSWORD=s3cret | jdbc:postgresql://db:5432/shop?PASSWORD=****",
        "jdbc:mysql://reader:s3cret@db:3306/shop | jdbc:mysql://reader:****@db:3306/shop",
        "jdbc:sqlserver://db:1433;databaseName=shop;user=sa;password=s3cret;encrypt=true"
            + " | jdbc:sqlserver://db:1433;databaseName=shop;user=sa;password=****;encrypt=true",
        "jdbc:oracle:thin:scott/tiger@db:1521:orcl | jdbc:oracle:thin:scott/****@db:1521:orcl",
        "jdbc:sqlite:/srv/mesh/orders.sqlite | jdbc:sqlite:/srv/mesh/orders.sqlite",
        "/srv/mesh/domains | /srv/mesh/domains"
      })
  void a_locations_password_is_masked_and_the_rest_kept(String location, String shown) {
    assertThat(Secrets.location(location)).isEqualTo(shown);
  }

  @org.junit.jupiter.api.Test
  void options_named_like_secrets_are_masked() {
    assertThat(
            Secrets.options(
                Map.of("password", "hunter2", "apiToken", "t0k", "user", "reader", "schema", "x")))
        .containsEntry("password", Secrets.MASK)
        .containsEntry("apiToken", Secrets.MASK)
        .containsEntry("user", "reader")
        .containsEntry("schema", "x");
  }
}
