package dev.meshlens.indexer.crawl;

/**
 * Reads one kind of source into batches. A reader is stateless between calls and safe to call from
 * one thread at a time per source.
 */
public interface SourceReader {

  /** The source type this reader handles, such as {@code jdbc}; it is the kind of its batches. */
  String type();

  /**
   * Reads the whole source. Bad items (an invalid file, an unreadable table) become warnings and
   * the rest is still read.
   *
   * @throws SourceUnreadableException when the source as a whole cannot be read (a missing folder,
   *     an unreachable database); nothing was produced then
   */
  CrawlOutput read(SourceSpec spec);
}
