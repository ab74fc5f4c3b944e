package org.hotline.application.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedRankingsTest {

  private final RenderedRankings rendered = new RenderedRankings();
  private final AtomicInteger renders = new AtomicInteger();

  private RankingReportService.File.Content render(String text) {
    return out -> {
      renders.incrementAndGet();
      try {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
  }

  private String write(Object key, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    rendered.content(key, render(text)).writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anEndedMonthWithTheSameContentIsRenderedOnce() {
    assertThat(write("k1", "first")).isEqualTo("first");
    assertThat(write("k1", "second")).isEqualTo("first");
    assertThat(renders).hasValue(1);
  }

  @Test
  void changedFiguresAreRenderedAfresh() {
    write("k1", "first");
    assertThat(write("k2", "changed")).isEqualTo("changed");
    assertThat(renders).hasValue(2);
  }

  /** A figure's value, as the ranking rows hold them: records compared field by field. */
  private record Row(String unit, long numerator, long denominator) {}

  @Test
  void equalFiguresShareAFileAndOneChangedFigurePrintsAfresh() {
    // the month in progress too: equal content (a new but equal list of rows) is the same file
    assertThat(write(java.util.List.of(new Row("PS-A", 3, 4), new Row("PS-B", 1, 1)), "a"))
        .isEqualTo("a");
    assertThat(write(java.util.List.of(new Row("PS-A", 3, 4), new Row("PS-B", 1, 1)), "b"))
        .isEqualTo("a");
    assertThat(write(java.util.List.of(new Row("PS-A", 4, 4), new Row("PS-B", 1, 1)), "c"))
        .isEqualTo("c");
    assertThat(renders).hasValue(2);
  }

  @Test
  void nothingIsKeptWhenTheCacheIsOff() {
    System.setProperty("hotline.rankings.pdf-cache-seconds", "0");
    try {
      write("k1", "a");
      assertThat(write("k1", "b")).isEqualTo("b");
    } finally {
      System.clearProperty("hotline.rankings.pdf-cache-seconds");
    }
  }
}
