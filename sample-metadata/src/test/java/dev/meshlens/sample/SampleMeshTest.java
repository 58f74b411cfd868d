package dev.meshlens.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleMeshTest {
  @Test
  void extract_to_copies_every_file_listed_in_the_index(@TempDir Path dir) throws Exception {
    SampleMesh.extractTo(dir);

    List<String> files = SampleMesh.files();
    assertThat(files)
        .contains("README.md", "mesh.yaml", "owners.yaml", "lineage/openlineage.ndjson");
    assertThat(files).hasSizeGreaterThan(100);
    for (String file : files) {
      assertThat(dir.resolve(file)).as(file).isRegularFile();
      try (var in = SampleMesh.class.getClassLoader().getResourceAsStream("sample-mesh/" + file)) {
        assertThat(Files.readAllBytes(dir.resolve(file))).as(file).isEqualTo(in.readAllBytes());
      }
    }
    assertThat(dir.resolve("index.txt")).isRegularFile();
  }

  @Test
  void the_anchor_is_the_twentieth_of_november_2026() {
    assertThat(SampleMesh.anchor()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
  }
}
