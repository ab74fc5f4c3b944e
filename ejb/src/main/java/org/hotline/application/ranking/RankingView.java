package org.hotline.application.ranking;

import java.util.List;
import org.hotline.domain.model.ranking.RankingRow;

/**
 * A month's ranking: the live preview ({@code preview} true: the month so far, not published) or a
 * published version. Rates are fractions in [0, 1]; {@code generatedAt} ISO-8601 Asia/Shanghai.
 * This record, serialised as canonical JSON, is what a publication stores and hashes.
 */
public record RankingView(
    String month,
    boolean preview,
    Integer version,
    String generatedAt,
    String publishedBy,
    String note,
    String correctionReason,
    RulesView rules,
    List<RankingRow> rows) {

  /** The same ranking with only {@code rows}. */
  public RankingView withRows(List<RankingRow> newRows) {
    return new RankingView(
        month,
        preview,
        version,
        generatedAt,
        publishedBy,
        note,
        correctionReason,
        rules,
        List.copyOf(newRows));
  }
}
