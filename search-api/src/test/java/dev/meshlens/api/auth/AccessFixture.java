package dev.meshlens.api.auth;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.meshlens.api.Meshlens;
import dev.meshlens.api.ServerConfig;
import dev.meshlens.api.ShopDatabase;
import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenRequest;
import dev.meshlens.catalog.model.Classification;
import dev.meshlens.catalog.model.Classification.Sensitivity;
import dev.meshlens.catalog.model.DatasetInfo;
import dev.meshlens.catalog.model.DomainInfo;
import dev.meshlens.catalog.model.JobInfo;
import dev.meshlens.catalog.model.JobLineage;
import dev.meshlens.catalog.model.Membership;
import dev.meshlens.catalog.model.ProductInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A real server on a small seeded catalog, with a token for every kind of caller: sales (a product,
 * the public datasets {@code orders} and {@code daily_revenue}) and hr (the restricted dataset
 * {@code payroll_ledger}, fed from orders by a job), and a jdbc source {@code shop} to crawl.
 */
final class AccessFixture implements AutoCloseable {
  static final String NS = "postgres://mesh-db:5432";
  static final Urn SALES = Urn.domain("sales");
  static final Urn HR = Urn.domain("hr");
  static final Urn PRODUCT = Urn.product("sales", "orders");
  static final Urn ORDERS = Urn.dataset(NS, "sales.public.orders");
  static final Urn REVENUE = Urn.dataset(NS, "sales.public.daily_revenue");
  static final Urn PAYROLL = Urn.dataset(NS, "hr.public.payroll_ledger");
  static final String PAYROLL_NAME = "payroll_ledger";
  static final Urn REVENUE_JOB = Urn.job("airflow", "build_daily_revenue");
  static final Urn PAYROLL_JOB = Urn.job("airflow", "build_hr_ledger");

  /** Who calls. */
  enum Who {
    ANONYMOUS,
    READER,
    OWNER_IN,
    OWNER_OUT,
    STEWARD,
    CRAWLER,
    ADMIN,
    UNKNOWN,
    EXPIRED,
    REVOKED
  }

  final Meshlens meshlens;
  final Map<Who, String> secrets = new EnumMap<>(Who.class);
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ObjectMapper json = new ObjectMapper();

  private AccessFixture(Meshlens meshlens) {
    this.meshlens = meshlens;
  }

  static AccessFixture start(Path dir, boolean anonymousRead) throws Exception {
    Files.createDirectories(dir);
    ShopDatabase.create(dir);
    Path sources = dir.resolve("sources.yaml");
    Files.writeString(
        sources, "sources:\n" + ShopDatabase.source("shop", "shop.sqlite", "0 3 * * *"), UTF_8);
    Meshlens meshlens =
        Meshlens.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(dir.resolve("data"))
                .withSources(sources)
                .withAnonymousRead(anonymousRead));
    AccessFixture fixture = new AccessFixture(meshlens);
    seed(meshlens.store());
    meshlens.lineageGraph().catchUp();
    meshlens.healthScores().recomputeNow("test");
    fixture.issueTokens();
    fixture.awaitSearchable();
    return fixture;
  }

  static void seed(CatalogStore store) {
    Batch.Builder b = Batch.builder("odps:seed").actor("test");
    b.upsert(SALES, new DomainInfo("Sales", "Selling things"));
    b.upsert(HR, new DomainInfo("HR", "People"));
    b.upsert(PRODUCT, new ProductInfo("Orders", "Orders of the shop", "active", null, null, null));
    b.upsert(ORDERS, dataset("orders", "Every order", Sensitivity.INTERNAL));
    b.upsert(ORDERS, new Membership(SALES, PRODUCT));
    b.upsert(REVENUE, dataset("daily_revenue", "Revenue per day", Sensitivity.PUBLIC));
    b.upsert(REVENUE, new Membership(SALES, PRODUCT));
    b.upsert(PAYROLL, dataset(PAYROLL_NAME, "Salaries paid", Sensitivity.RESTRICTED));
    b.upsert(PAYROLL, new Membership(HR, null));
    b.upsert(REVENUE_JOB, new JobInfo("Sums orders per day", "batch", null));
    b.upsert(REVENUE_JOB, new JobLineage(List.of(ORDERS), List.of(REVENUE), List.of()));
    b.upsert(PAYROLL_JOB, new JobInfo("Commissions from orders", "batch", null));
    b.upsert(PAYROLL_JOB, new JobLineage(List.of(ORDERS), List.of(PAYROLL), List.of()));
    store.apply(b.build());
  }

  private static DatasetInfo dataset(String name, String description, Sensitivity level) {
    return new DatasetInfo(
        name, description, "postgres", "table", new Classification(level, false), null, null);
  }

  private void issueTokens() {
    var access = meshlens.store().access();
    Instant now = Instant.now();
    secrets.put(Who.READER, create(Role.READER, List.of(), null, now));
    secrets.put(Who.OWNER_IN, create(Role.OWNER, List.of(SALES), null, now));
    secrets.put(Who.OWNER_OUT, create(Role.OWNER, List.of(HR), null, now));
    secrets.put(Who.STEWARD, create(Role.STEWARD, List.of(), null, now));
    secrets.put(Who.CRAWLER, create(Role.CRAWLER, List.of(), null, now));
    secrets.put(Who.ADMIN, create(Role.ADMIN, List.of(), now.plus(Duration.ofDays(1)), now));
    secrets.put(Who.UNKNOWN, "mlt_not-a-token-anyone-issued");
    secrets.put(Who.EXPIRED, create(Role.ADMIN, List.of(), now.minus(Duration.ofMinutes(1)), now));
    var revoked = access.createToken(new TokenRequest("gone", Role.ADMIN, List.of(), null), now);
    access.revokeToken(revoked.token().id(), now);
    secrets.put(Who.REVOKED, revoked.secret());
  }

  private String create(Role role, List<Urn> domains, Instant expires, Instant now) {
    String name = role.code() + "-" + (domains.isEmpty() ? "all" : domains.getFirst().localName());
    return meshlens
        .store()
        .access()
        .createToken(new TokenRequest(name, role, domains, expires), now)
        .secret();
  }

  private void awaitSearchable() throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (tree(get("/api/v1/search?q=orders", Who.ADMIN).body()).path("total").asLong() > 0) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the seeded catalog never became searchable");
  }

  String url(String pathAndQuery) {
    return "http://localhost:" + meshlens.port() + pathAndQuery;
  }

  HttpRequest.Builder request(String pathAndQuery, Who who) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(pathAndQuery)));
    String secret = secrets.get(who);
    return secret == null ? b : b.header("Authorization", "Bearer " + secret);
  }

  HttpResponse<String> get(String pathAndQuery, Who who) {
    return send(request(pathAndQuery, who).build());
  }

  HttpResponse<String> send(String method, String path, String body, Who who) {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body);
    return send(
        request(path, who)
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode tree(String body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    meshlens.close();
  }
}
