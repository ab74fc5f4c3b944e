package org.hotline.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker tells a crashed run from a clean stop. */
class UncleanShutdownMarkerTest {

  @TempDir Path dir;

  @Test
  void aRunThatLeavesItsMarkerEndedUncleanly() {
    Path index = dir.resolve("index");
    UncleanShutdownMarker first = new UncleanShutdownMarker(index);
    assertThat(first.previousRunEndedUncleanly()).as("a new index directory").isFalse();
    first.set();
    // killed: no clear()
    UncleanShutdownMarker second = new UncleanShutdownMarker(index);
    assertThat(second.previousRunEndedUncleanly()).isTrue();
    second.set();
    second.clear();
    assertThat(new UncleanShutdownMarker(index).previousRunEndedUncleanly())
        .as("after a clean stop")
        .isFalse();
  }
}
