package dev.meshlens.api.cli;

import dev.meshlens.catalog.CatalogStore;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.IssuedToken;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.Token;
import dev.meshlens.catalog.access.TokenLifetime;
import dev.meshlens.catalog.access.TokenNotFoundException;
import dev.meshlens.catalog.access.TokenRequest;
import dev.meshlens.catalog.sqlite.SqliteCatalogStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code meshlens token create|list|revoke}: API tokens, managed directly in the catalog of the
 * data directory, which is how the first admin gets a token (whoever can write the data directory
 * runs the catalog anyway). A server may run on the same data directory meanwhile.
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = "Create, list and revoke API tokens in the catalog of the data directory.",
    subcommands = {
      TokenCommand.Create.class,
      TokenCommand.ListTokens.class,
      TokenCommand.Revoke.class
    })
final class TokenCommand {

  private TokenCommand() {}

  /** {@code meshlens token create}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Create a token and print its secret, once: the catalog keeps only its SHA-256.",
        "Example: meshlens token create --name ana --role owner --domain sales --expires 90d"
      })
  static final class Create implements Callable<Integer> {
    @Option(names = "--name", required = true, description = "Who holds it (the audit's actor)")
    String name;

    @Option(
        names = "--role",
        required = true,
        description = "reader, owner, steward, crawler or admin")
    String role;

    @Option(
        names = "--domain",
        paramLabel = "DOMAIN",
        description = "A domain an owner's token is scoped to (id or URN; repeatable)")
    List<String> domains = new ArrayList<>();

    @Option(
        names = "--expires",
        paramLabel = "LIFETIME",
        description = "Lifetime such as 90d, 12h or 30m (default: never expires)")
    String expires;

    @Mixin ServerOptions server = new ServerOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Instant now = Instant.now();
      TokenRequest request =
          new TokenRequest(
              name,
              Role.parse(role),
              domains.stream().map(TokenLifetime::domain).toList(),
              expires == null ? null : now.plus(TokenLifetime.parse(expires)));
      IssuedToken issued;
      try (CatalogStore store = SqliteCatalogStore.open(server.settings().catalogFile())) {
        issued = store.access().createToken(request, now);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(describe(issued.token()));
      out.println("secret: " + issued.secret());
      out.println("Keep the secret now: it is not stored and cannot be shown again.");
      return 0;
    }
  }

  /** {@code meshlens token list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the tokens.")
  static final class ListTokens implements Callable<Integer> {
    @Mixin ServerOptions server = new ServerOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      List<Token> tokens;
      try (CatalogStore store = SqliteCatalogStore.open(server.settings().catalogFile())) {
        tokens = store.access().listTokens();
      }
      PrintWriter out = spec.commandLine().getOut();
      tokens.forEach(t -> out.println(describe(t)));
      out.println(tokens.size() + " tokens");
      return 0;
    }
  }

  /** {@code meshlens token revoke ID}. */
  @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token.")
  static final class Revoke implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The token's id (see token list)")
    long id;

    @Mixin ServerOptions server = new ServerOptions();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Token token;
      try (CatalogStore store = SqliteCatalogStore.open(server.settings().catalogFile())) {
        token = store.access().revokeToken(id, Instant.now());
      } catch (TokenNotFoundException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      spec.commandLine().getOut().println(describe(token));
      return 0;
    }
  }

  static String describe(Token t) {
    StringBuilder line =
        new StringBuilder("token ").append(t.id()).append(" '").append(t.name()).append("' ");
    line.append(t.role().code());
    if (!t.domains().isEmpty()) {
      line.append(" of ")
          .append(String.join(", ", t.domains().stream().map(Urn::localName).toList()));
    }
    line.append(", created ").append(t.createdAt());
    line.append(t.expiresAt() == null ? ", never expires" : ", expires " + t.expiresAt());
    if (t.revokedAt() != null) {
      line.append(", revoked ").append(t.revokedAt());
    }
    return line.toString();
  }
}
