package org.hotline.application.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The printed preview of a month (月度排名预览 PDF), kept for a short while: the same month is printed
 * again and again (every leader, every meeting) while its figures change far less often than it is
 * printed. A file is kept under the exact content it prints ({@code content}: a value compared with
 * {@code equals}, e.g. the reader's language, the month, the rules and every ranking row), so
 * changed figures are always printed afresh and two different contents can never share a file; an
 * unchanged one is served as printed, with the time of that printing (the figures it shows are
 * still the current ones), for at most {@code -Dhotline.rankings.pdf-cache-seconds} (default 300; 0
 * = never kept). This holds for the month in progress as for an ended month: a month in progress
 * prints afresh as soon as one figure, rank or flag moves. At most {@value #MAX_ENTRIES} files of
 * at most {@value #MAX_BYTES} bytes each. Off under the test clock ({@code
 * -Dhotline.testing=true}).
 */
@ApplicationScoped
public class RenderedRankings {

  static final int MAX_ENTRIES = 32;
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private record Entry(Instant renderedAt, byte[] bytes) {}

  private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The file printing {@code content}: kept bytes when fresh, otherwise {@code render} run into
   * memory (and kept when small enough).
   *
   * @param content what the file prints, compared by {@code equals} (records of the figures); not
   *     null
   * @param render writes the file
   * @return the file's content, to be written once to the caller's stream
   */
  public RankingReportService.File.Content content(
      Object content, RankingReportService.File.Content render) {
    Duration ttl = Duration.ofSeconds(Long.getLong("hotline.rankings.pdf-cache-seconds", 300));
    if (ttl.isZero() || Boolean.getBoolean("hotline.testing")) {
      return render;
    }
    return out -> {
      Instant now = BusinessTime.now();
      Entry e = entries.get(content);
      if (e == null || e.renderedAt().plus(ttl).isBefore(now)) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        render.writeTo(buffer);
        e = new Entry(now, buffer.toByteArray());
        if (e.bytes().length <= MAX_BYTES) {
          if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
          }
          entries.put(content, e);
        }
      }
      try {
        out.write(e.bytes());
      } catch (java.io.IOException io) {
        throw new java.io.UncheckedIOException(io);
      }
    };
  }
}
