package dev.meshlens.api.profile;

import dev.meshlens.catalog.Asset;
import dev.meshlens.catalog.Urn;
import java.util.Map;

/** Another asset a profile points to: its URN, type and name (null when the catalog has none). */
public record Ref(String urn, String type, String name) {
  static Ref of(Urn urn, Map<Urn, Asset> known) {
    Asset asset = known.get(urn);
    return new Ref(urn.toString(), urn.type().code(), asset == null ? null : asset.displayName());
  }

  static Ref of(Asset asset) {
    return new Ref(asset.urn().toString(), asset.type().code(), asset.displayName());
  }

  static Ref of(Urn urn, String name) {
    return new Ref(urn.toString(), urn.type().code(), name);
  }
}
