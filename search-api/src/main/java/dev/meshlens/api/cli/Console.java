package dev.meshlens.api.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;

/**
 * Standard output for what a command prints as its result (tables, summaries); logs go to SLF4J.
 */
final class Console {
  private static final PrintStream OUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);

  private Console() {}

  static PrintStream out() {
    return OUT;
  }
}
