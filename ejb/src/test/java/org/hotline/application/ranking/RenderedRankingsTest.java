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

  private String write(boolean ended, String key, String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    rendered.content(ended, key, render(text)).writeTo(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anEndedMonthWithTheSameContentIsRenderedOnce() {
    assertThat(write(true, "k1", "first")).isEqualTo("first");
    assertThat(write(true, "k1", "second")).isEqualTo("first");
    assertThat(renders).hasValue(1);
  }

  @Test
  void changedFiguresAreRenderedAfresh() {
    write(true, "k1", "first");
    assertThat(write(true, "k2", "changed")).isEqualTo("changed");
    assertThat(renders).hasValue(2);
  }

  @Test
  void theMonthInProgressIsAlwaysRendered() {
    write(false, "k1", "a");
    assertThat(write(false, "k1", "b")).isEqualTo("b");
    assertThat(renders).hasValue(2);
  }

  @Test
  void nothingIsKeptWhenTheCacheIsOff() {
    System.setProperty("hotline.rankings.pdf-cache-seconds", "0");
    try {
      write(true, "k1", "a");
      assertThat(write(true, "k1", "b")).isEqualTo("b");
    } finally {
      System.clearProperty("hotline.rankings.pdf-cache-seconds");
    }
  }
}
