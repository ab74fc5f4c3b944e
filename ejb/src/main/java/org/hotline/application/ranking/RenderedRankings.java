package org.hotline.application.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * The printed preview of a month that has ended (已结束月份的预览 PDF), kept for a short while: the same
 * month is printed again and again (every leader, every meeting) while its figures rarely change. A
 * file is kept under the exact content it prints (the ranking rows and rules, {@code key}), so
 * changed figures are always printed afresh; an unchanged one is served as printed, with the time
 * of that printing, for at most {@code -Dhotline.rankings.pdf-cache-seconds} (default 300; 0 =
 * never kept). At most {@value #MAX_ENTRIES} files of at most {@value #MAX_BYTES} bytes each. The
 * month in progress is never kept; off under the test clock ({@code -Dhotline.testing=true}).
 */
@ApplicationScoped
public class RenderedRankings {

  static final int MAX_ENTRIES = 32;
  static final int MAX_BYTES = 4 * 1024 * 1024;

  private record Entry(Instant renderedAt, byte[] bytes) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The file of {@code key}: kept bytes when fresh, otherwise {@code render} run into memory (and
   * kept when small enough). Only for months that have ended ({@code ended}); otherwise {@code
   * render} streams straight to the caller.
   */
  public RankingReportService.File.Content content(
      boolean ended, String key, RankingReportService.File.Content render) {
    Duration ttl = Duration.ofSeconds(Long.getLong("hotline.rankings.pdf-cache-seconds", 300));
    if (!ended || ttl.isZero() || Boolean.getBoolean("hotline.testing")) {
      return render;
    }
    return out -> {
      Instant now = BusinessTime.now();
      Entry e = entries.get(key);
      if (e == null || e.renderedAt().plus(ttl).isBefore(now)) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        render.writeTo(buffer);
        e = new Entry(now, buffer.toByteArray());
        if (e.bytes().length <= MAX_BYTES) {
          if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
          }
          entries.put(key, e);
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
