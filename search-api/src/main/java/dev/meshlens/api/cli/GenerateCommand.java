package dev.meshlens.api.cli;

import dev.meshlens.sample.synthetic.MeshManifest;
import dev.meshlens.sample.synthetic.NdjsonMeshWriter;
import dev.meshlens.sample.synthetic.NdjsonMeshWriter.Compression;
import dev.meshlens.sample.synthetic.SyntheticMeshConfig;
import dev.meshlens.sample.synthetic.SyntheticMeshGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes a synthetic mesh of N datasets as NDJSON batches, streaming, with progress. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Write a synthetic mesh of N datasets (batches as NDJSON, one a line, and a manifest).")
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--datasets", required = true, description = "Number of datasets")
  int datasets;

  @Mixin MeshShape shape;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder")
  Path out;

  @Option(names = "--gzip", description = "Compress the batches with gzip")
  boolean gzip;

  @Override
  public Integer call() throws IOException {
    SyntheticMeshConfig config =
        SyntheticMeshConfig.of(datasets)
            .withColumnsPerDataset(shape.columns)
            .withSeed(shape.seed)
            .withBatchSize(shape.batch);
    MeshManifest manifest =
        new NdjsonMeshWriter()
            .write(
                new SyntheticMeshGenerator(config),
                out,
                gzip ? Compression.GZIP : Compression.NONE);
    Console.out()
        .printf(
            Locale.ROOT,
            "Wrote %,d datasets in %,d batches to %s (%,d bytes)%n",
            manifest.counts().datasets(),
            manifest.counts().batches(),
            out.resolve(manifest.file()),
            manifest.bytes());
    return 0;
  }
}
