package dev.meshlens.catalog.sqlite;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Page;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.AccessStore;
import dev.meshlens.catalog.access.AuditEntry;
import dev.meshlens.catalog.access.AuditQuery;
import dev.meshlens.catalog.access.IssuedToken;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.TokenCheck;
import dev.meshlens.catalog.access.TokenNotFoundException;
import dev.meshlens.catalog.access.TokenRequest;
import dev.meshlens.catalog.access.TokenSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens and the audit log in a real SQLite file. */
class SqliteAccessStoreTest {
  static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
  static final Urn SALES = Urn.domain("sales");

  @TempDir Path dir;
  SqliteCatalogStore store;
  AccessStore access;

  @BeforeEach
  void open() {
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
    access = store.access();
  }

  @AfterEach
  void close() {
    store.close();
  }

  IssuedToken issue(String name, Role role, List<Urn> domains, Instant expires) {
    return access.createToken(new TokenRequest(name, role, domains, expires), NOW);
  }

  @Test
  void the_secret_is_stored_nowhere_only_its_sha256() throws Exception {
    IssuedToken issued = issue("ana", Role.OWNER, List.of(SALES), null);
    store.close();

    StringBuilder files = new StringBuilder();
    try (Stream<Path> all = Files.list(dir)) {
      for (Path f : all.toList()) {
        files.append(new String(Files.readAllBytes(f), ISO_8859_1));
      }
    }
    assertThat(issued.secret()).startsWith(TokenSecrets.PREFIX).hasSizeGreaterThan(40);
    assertThat(files.toString())
        .as("the catalog files hold the hash and not the secret")
        .doesNotContain(issued.secret())
        .doesNotContain(issued.secret().substring(TokenSecrets.PREFIX.length()))
        .contains(TokenSecrets.hash(issued.secret()));
    assertThat(issued.toString()).doesNotContain(issued.secret());
    store = SqliteCatalogStore.open(dir.resolve("catalog.db"));
  }

  @Test
  void a_secret_checks_as_valid_unknown_expired_or_revoked() {
    IssuedToken ana = issue("ana", Role.OWNER, List.of(SALES), NOW.plus(Duration.ofDays(90)));
    IssuedToken old = issue("old", Role.READER, List.of(), NOW.plus(Duration.ofHours(1)));
    IssuedToken gone = issue("gone", Role.ADMIN, List.of(), null);
    access.revokeToken(gone.token().id(), NOW.plusSeconds(5));

    Instant later = NOW.plus(Duration.ofHours(2));
    assertThat(access.check(ana.secret(), later))
        .isEqualTo(new TokenCheck.Valid(access.listTokens().getFirst()));
    assertThat(((TokenCheck.Valid) access.check(ana.secret(), later)).token().domains())
        .containsExactly(SALES);
    assertThat(access.check(old.secret(), later)).isInstanceOf(TokenCheck.Expired.class);
    assertThat(access.check(old.secret(), NOW)).isInstanceOf(TokenCheck.Valid.class);
    assertThat(access.check(gone.secret(), later)).isInstanceOf(TokenCheck.Revoked.class);
    assertThat(access.check(ana.secret() + "x", later)).isEqualTo(new TokenCheck.Unknown());
  }

  @Test
  void revoking_keeps_the_first_time_and_an_unknown_id_is_named() {
    IssuedToken t = issue("bot", Role.CRAWLER, List.of(), null);
    Instant first = NOW.plusSeconds(10);
    assertThat(access.revokeToken(t.token().id(), first).revokedAt()).isEqualTo(first);
    assertThat(access.revokeToken(t.token().id(), NOW.plusSeconds(99)).revokedAt())
        .isEqualTo(first);
    assertThatThrownBy(() -> access.revokeToken(4711, NOW))
        .isInstanceOf(TokenNotFoundException.class)
        .hasMessage("No token with id 4711");
  }

  @Test
  void token_requests_state_their_rule() {
    assertThatThrownBy(() -> new TokenRequest("ana", Role.OWNER, List.of(), null))
        .hasMessage("an owner's token needs at least one domain");
    assertThatThrownBy(() -> new TokenRequest("ana", Role.READER, List.of(SALES), null))
        .hasMessage("only owners' tokens are scoped to domains; a reader has none");
    assertThatThrownBy(() -> new TokenRequest(" ", Role.READER, List.of(), null))
        .hasMessageStartingWith("Invalid token name ' '");
    assertThatThrownBy(() -> Role.parse("root"))
        .hasMessage("Unknown role 'root' (known: reader, owner, steward, crawler, admin)");
  }

  @Test
  void the_audit_log_pages_newest_first_by_time_and_actor() {
    for (int i = 0; i < 5; i++) {
      access.record(
          new AuditEntry(
              0,
              NOW.plusSeconds(i),
              i % 2 == 0 ? "ana" : "bot",
              "POST",
              "/api/v1/ingest",
              null,
              201,
              "done",
              "entry " + i));
    }

    Page<AuditEntry> page = access.audit(new AuditQuery(null, null, 1, 2));
    assertThat(page.total()).isEqualTo(5);
    assertThat(page.items()).extracting(AuditEntry::summary).containsExactly("entry 4", "entry 3");
    assertThat(access.audit(new AuditQuery(null, "ana", 1, 10)).items())
        .extracting(AuditEntry::summary)
        .containsExactly("entry 4", "entry 2", "entry 0");
    assertThat(access.audit(new AuditQuery(NOW.plusSeconds(3), null, 1, 10)).total()).isEqualTo(2);
    assertThatThrownBy(() -> new AuditQuery(null, null, 1, 501))
        .hasMessage("size must be in [1, 500], got 501");
  }
}
