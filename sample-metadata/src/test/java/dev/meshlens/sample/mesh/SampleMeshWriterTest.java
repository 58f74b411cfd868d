package dev.meshlens.sample.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.meshlens.sample.mesh.model.Blueprint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleMeshWriterTest {
  @Test
  void regenerating_reproduces_the_committed_mesh(@TempDir Path out) throws Exception {
    Path committed = MeshFixture.committedMesh();
    new SampleMeshWriter(Blueprint.acmeOutfitters()).write(out);

    List<String> files = Files.readAllLines(out.resolve("index.txt"));
    assertThat(files)
        .as(
            "the files of a fresh mesh are the committed ones; regenerate with the regenerate-sample-mesh profile")
        .isEqualTo(Files.readAllLines(committed.resolve("index.txt")));
    for (String file : files) {
      if (file.endsWith(".sqlite")) {
        assertThat(SqliteDump.dump(out.resolve(file)))
            .as("content of %s", file)
            .isEqualTo(SqliteDump.dump(committed.resolve(file)));
      } else {
        assertThat(Files.mismatch(out.resolve(file), committed.resolve(file)))
            .as("first differing byte of %s (-1: none)", file)
            .isEqualTo(-1L);
      }
    }
  }
}
