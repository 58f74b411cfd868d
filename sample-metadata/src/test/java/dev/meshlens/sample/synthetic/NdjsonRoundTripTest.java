package dev.meshlens.sample.synthetic;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meshlens.catalog.Batch;
import dev.meshlens.catalog.InvalidBatchException;
import dev.meshlens.sample.synthetic.NdjsonMeshWriter.Compression;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NdjsonRoundTripTest {
  private static final SyntheticMeshGenerator GENERATOR =
      new SyntheticMeshGenerator(SyntheticMeshConfig.of(2_000).withBatchSize(400));

  @TempDir Path dir;

  private static List<Batch> read(Path file) throws IOException {
    try (Stream<Batch> batches = new NdjsonBatchReader().read(file)) {
      return batches.toList();
    }
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void batches_read_back_equal_the_generated_ones(Compression compression) throws IOException {
    MeshManifest manifest = new NdjsonMeshWriter().write(GENERATOR, dir, compression);

    assertThat(read(dir.resolve(manifest.file()))).isEqualTo(GENERATOR.batches().toList());
  }

  @Test
  void the_manifest_describes_the_file_and_reads_back() throws Exception {
    MeshManifest written = new NdjsonMeshWriter().write(GENERATOR, dir, Compression.GZIP);
    MeshManifest read = MeshManifest.read(dir);
    Path file = dir.resolve("batches.ndjson.gz");
    String sha256 =
        HexFormat.of()
            .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));

    assertThat(read).isEqualTo(written);
    assertThat(read.format()).isEqualTo("meshlens-batches-ndjson/1");
    assertThat(read.file()).isEqualTo("batches.ndjson.gz");
    assertThat(read.bytes()).isEqualTo(Files.size(file));
    assertThat(read.sha256()).isEqualTo(sha256);
    assertThat(read.config()).isEqualTo(GENERATOR.config());
    assertThat(read.counts().batches()).isEqualTo(6);
    assertThat(read.counts().datasets()).isEqualTo(2_000);
    assertThat(read.hubs()).isEqualTo(GENERATOR.hubs());
  }

  @Test
  void the_gzip_file_holds_the_same_lines_as_the_plain_one() throws IOException {
    new NdjsonMeshWriter().write(GENERATOR, dir.resolve("plain"), Compression.NONE);
    new NdjsonMeshWriter().write(GENERATOR, dir.resolve("gzip"), Compression.GZIP);

    byte[] plain = Files.readAllBytes(dir.resolve("plain/batches.ndjson"));
    try (InputStream gzip =
        new GZIPInputStream(Files.newInputStream(dir.resolve("gzip/batches.ndjson.gz")))) {
      assertThat(gzip.readAllBytes()).isEqualTo(plain);
    }
    assertThat(new String(plain, UTF_8).lines()).hasSize(GENERATOR.batchCount());
  }

  @Test
  void a_malformed_line_is_reported_with_its_number() throws IOException {
    Path file = dir.resolve("bad.ndjson");
    Files.writeString(file, "{\"source\":\"s\",\"upserts\":[]}\n\n{\"upserts\": 3}\n", UTF_8);

    assertThatThrownBy(() -> read(file))
        .isInstanceOf(InvalidBatchException.class)
        .hasMessageContaining("line 3: upserts: must be an array");
  }
}
