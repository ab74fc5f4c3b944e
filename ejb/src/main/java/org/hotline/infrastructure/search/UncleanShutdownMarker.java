package org.hotline.infrastructure.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A file next to the full-text index that exists while the server runs (未正常关闭标记). Found at
 * start-up, it means the last run did not stop cleanly (killed, crashed, power cut): Lucene keeps
 * committed index changes only, and Hibernate Search commits them up to a second after a request
 * was answered, so index updates acknowledged just before the crash may be missing although the
 * database holds them. The caller then rebuilds the index from the database.
 */
final class UncleanShutdownMarker {

  static final String FILE_NAME = "server-running.marker";

  private final Path file;

  /**
   * @param indexRoot the directory that holds the index (created if missing)
   */
  UncleanShutdownMarker(Path indexRoot) {
    this.file = indexRoot.resolve(FILE_NAME);
  }

  /** Whether the previous run left its marker behind, i.e. did not stop cleanly. */
  boolean previousRunEndedUncleanly() {
    return Files.exists(file);
  }

  /**
   * Marks this run as running until {@link #clear()}.
   *
   * @throws UncheckedIOException when the index directory cannot be written
   */
  void set() {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "started " + Instant.now() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Removes the marker on a clean stop. */
  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + file, e);
    }
  }
}
