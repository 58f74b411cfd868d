package dev.meshlens.indexer.crawl.product;

import static dev.meshlens.indexer.crawl.support.Nodes.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.meshlens.catalog.Urn;
import dev.meshlens.catalog.model.Owner;
import dev.meshlens.indexer.crawl.support.Nodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The owners named by the {@code team} of a product or contract: the team itself (by its id, else
 * its name) as {@code owner}, and each current member (by username) in their role. Members who left
 * ({@code dateOut}) are not owners. ODCS 3.0 writes the team as a bare list of members.
 */
final class TeamOwners {
  private TeamOwners() {}

  static List<Owner> owners(JsonNode document) {
    JsonNode team = document.get("team");
    if (team == null || team.isNull()) {
      return List.of();
    }
    Map<Urn, Owner> owners = new LinkedHashMap<>();
    List<JsonNode> members = new ArrayList<>();
    if (team.isArray()) {
      team.forEach(members::add);
    } else {
      String teamId = Nodes.firstText(team, "id", "name");
      if (teamId != null) {
        owners.put(Urn.owner(teamId), new Owner(Urn.owner(teamId), "owner"));
      }
      members.addAll(Nodes.array(team, "members"));
    }
    for (JsonNode member : members) {
      String username = text(member, "username");
      if (username != null && text(member, "dateOut") == null) {
        String role = text(member, "role");
        Urn urn = Urn.owner(username);
        owners.putIfAbsent(
            urn, new Owner(urn, role == null ? "member" : role.toLowerCase(Locale.ROOT)));
      }
    }
    return List.copyOf(owners.values());
  }
}
