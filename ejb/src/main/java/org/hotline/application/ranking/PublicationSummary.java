package org.hotline.application.ranking;

import org.hotline.application.user.UserNames;
import org.hotline.domain.model.ranking.RankingPublication;
import org.hotline.domain.model.shared.BusinessTime;

/**
 * A published version of a month's ranking without its rows; {@code publishedAt} in Asia/Shanghai;
 * {@code publishedByName} the publisher's display name beside the username (null if unknown).
 */
public record PublicationSummary(
    String month,
    int version,
    int ruleVersion,
    String publishedAt,
    String publishedBy,
    String publishedByName,
    String note,
    String correctionReason,
    String sha256) {

  /** The summary of {@code p}, its publisher named through {@code names}. */
  public static PublicationSummary of(RankingPublication p, UserNames names) {
    return new PublicationSummary(
        p.month(),
        p.version(),
        p.ruleVersion(),
        BusinessTime.display(p.publishedAt()).toString(),
        p.publishedBy(),
        names.displayName(p.publishedBy()),
        p.note(),
        p.correctionReason(),
        p.sha256());
  }
}
