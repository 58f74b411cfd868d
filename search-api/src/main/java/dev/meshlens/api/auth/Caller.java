package dev.meshlens.api.auth;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.access.AssetAccess;
import dev.meshlens.catalog.access.Role;
import dev.meshlens.catalog.access.Token;
import dev.meshlens.catalog.access.Viewer;
import dev.meshlens.indexer.search.Visibility;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * Who is behind a request: set on the context by the access check before the handler runs (a
 * token's holder, or an anonymous reader). Handlers ask it what the caller may see and edit. A
 * context the check never saw has an anonymous caller who sees public assets only.
 */
public final class Caller {
  static final String ATTRIBUTE = "meshlens.caller";
  private static final String ANONYMOUS_NAME = "anonymous";
  private static final Caller ANONYMOUS = new Caller(null, Viewer.publicOnly());

  private final Token token;
  private final Viewer viewer;

  private Caller(Token token, Viewer viewer) {
    this.token = token;
    this.viewer = viewer;
  }

  /** The caller of this request. */
  public static Caller of(Context ctx) {
    Caller caller = ctx.attribute(ATTRIBUTE);
    return caller == null ? ANONYMOUS : caller;
  }

  static Caller anonymous() {
    return ANONYMOUS;
  }

  static Caller holding(Token token) {
    return new Caller(token, Viewer.of(token.role(), token.domains()));
  }

  /** The token behind the request; empty for an anonymous caller. */
  public Optional<Token> token() {
    return Optional.ofNullable(token);
  }

  /** The name writes are recorded under: the token's name, or {@code anonymous}. */
  public String name() {
    return token == null ? ANONYMOUS_NAME : token.name();
  }

  /** The caller's role; empty for an anonymous caller. */
  public Optional<Role> role() {
    return token == null ? Optional.empty() : Optional.of(token.role());
  }

  /** The domains an owner's token is scoped to; empty for the other callers. */
  public List<Urn> domains() {
    return token == null ? List.of() : token.domains();
  }

  /** What the caller may see. */
  public Viewer viewer() {
    return viewer;
  }

  /** What the caller may see in search and suggestions. */
  public Visibility visibility() {
    return viewer.unrestricted() ? Visibility.all() : Visibility.granted(viewer.grants());
  }

  /** Whether the caller may see this asset (its classification, its domain). */
  public boolean sees(Asset asset) {
    return viewer.sees(asset);
  }

  /**
   * Whether the caller may edit this asset's curated metadata: stewards and admins any asset,
   * owners the assets of their domains.
   */
  public boolean mayEdit(Asset asset) {
    if (token == null) {
      return false;
    }
    return switch (token.role()) {
      case STEWARD, ADMIN -> true;
      case OWNER -> AssetAccess.domainOf(asset).map(token.domains()::contains).orElse(false);
      case READER, CRAWLER -> false;
    };
  }

  @Override
  public String toString() {
    return "Caller[" + name() + role().map(r -> ", " + r.code()).orElse("") + "]";
  }
}
