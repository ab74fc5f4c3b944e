package org.hotline.application.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hotline.domain.model.ranking.RankingRepository;

/**
 * 已发布排名: the rankings of published months as read from their canonical JSON, kept by publication
 * id. A publication never changes once written (a correction is a new version with a new id), so a
 * parsed snapshot stays true for the life of the server; what changes is only which version is the
 * latest, and that is asked of the database on every call (a query of ids, without the content).
 * Replaces re-reading and re-parsing the whole JSON (≈ 150 KB for 300 units) of the earlier months
 * on every live ranking request. At most {@value #MAX_ENTRIES} snapshots are kept (then the cache
 * starts afresh).
 */
@ApplicationScoped
public class PublishedRankings {

  static final int MAX_ENTRIES = 256;

  @Inject private RankingRepository rankings;

  private final Map<Long, RankingView> parsed = new ConcurrentHashMap<>();

  /**
   * The latest published version of each of {@code months} (yyyy-MM, Asia/Shanghai) that has one,
   * by month in the order given; months never published are absent.
   */
  public Map<String, RankingView> latest(List<String> months) {
    Map<String, RankingView> result = new LinkedHashMap<>();
    Map<String, Long> ids = rankings.latestPublicationIds(months);
    for (String month : months) {
      Long id = ids.get(month);
      if (id != null) {
        result.put(month, view(id));
      }
    }
    return result;
  }

  private RankingView view(long id) {
    RankingView kept = parsed.get(id);
    if (kept != null) {
      return kept;
    }
    RankingView read =
        rankings
            .publication(id)
            .map(p -> CanonicalJson.read(p.content(), RankingView.class))
            .orElseThrow(() -> new IllegalStateException("publication " + id + " vanished"));
    if (parsed.size() >= MAX_ENTRIES) {
      parsed.clear();
    }
    parsed.put(id, read);
    return read;
  }
}
