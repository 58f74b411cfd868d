package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Domain;
import dev.meshlens.sample.mesh.model.Mesh;
import dev.meshlens.sample.mesh.model.Person;
import dev.meshlens.sample.mesh.model.Product;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The team block, support channels and creation time of a product's descriptor and contracts. The
 * team's {@code name} is the owning team's id in {@code owners.yaml} ({@code team:...}); each
 * member's {@code username} is a person's id (e-mail).
 */
final class ProductTeams {
  static final String STEWARD = "ingrid.berg@acme.example";

  private final Mesh mesh;

  ProductTeams(Mesh mesh) {
    this.mesh = mesh;
  }

  String teamId(Product product) {
    return mesh.findDomain(product.domain()).map(Domain::teamId).orElseThrow();
  }

  Map<String, Object> team(Product product) {
    String teamId = teamId(product);
    List<Object> members = new ArrayList<>();
    Person owner = mesh.findPerson(product.owner()).orElseThrow();
    members.add(Maps.of("username", owner.email(), "name", owner.name(), "role", "owner"));
    for (Person p : mesh.people()) {
      if (p.teams().contains(teamId) && !p.email().equals(owner.email())) {
        members.add(Maps.of("username", p.email(), "name", p.name(), "role", p.title()));
      }
    }
    Person steward = mesh.findPerson(STEWARD).orElseThrow();
    members.add(
        Maps.of("username", steward.email(), "name", steward.name(), "role", "data steward"));
    String name = mesh.findTeam(teamId).orElseThrow().name();
    return Maps.of("name", teamId, "description", name + " team", "members", members);
  }

  List<Object> support(Product product) {
    String team = teamId(product).substring("team:".length());
    String email = mesh.findTeam(teamId(product)).orElseThrow().email();
    return List.of(
        Maps.of(
            "channel",
            "#" + team,
            "url",
            "https://acme-outfitters.slack.example/channels/" + team,
            "tool",
            "slack",
            "scope",
            "interactive"),
        Maps.of("channel", email, "url", "mailto:" + email, "tool", "email", "scope", "issues"));
  }

  /** A fixed creation time per product and salt, between 2024 and early 2026. */
  String createdAt(Product product, String salt) {
    int days = Math.floorMod((product.key() + salt).hashCode(), 700);
    Instant created = Instant.parse("2024-03-01T09:00:00Z").plusSeconds(days * 86_400L);
    return created.toString();
  }
}
