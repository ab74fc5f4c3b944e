package org.hotline.application.ranking;

import org.hotline.domain.model.ranking.RankingPublication;
import org.hotline.domain.model.shared.BusinessTime;

/** A published version of a month's ranking without its rows; {@code publishedAt} in Asia/Shanghai. */
public record PublicationSummary(String month, int version, int ruleVersion, String publishedAt, String publishedBy,
    String note, String correctionReason, String sha256) {

  public static PublicationSummary of(RankingPublication p) {
    return new PublicationSummary(p.month(), p.version(), p.ruleVersion(),
        BusinessTime.display(p.publishedAt()).toString(), p.publishedBy(), p.note(), p.correctionReason(), p.sha256());
  }
}
