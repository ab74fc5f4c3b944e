package org.hotline.application.sms;

import java.util.List;
import org.hotline.domain.model.sms.SurveyTally;

/**
 * 短信调查统计: per unit, the surveys of one month (yyyy-MM, Asia/Shanghai, by the month the survey was
 * queued, i.e. the matter closed): queued, sent, answered, satisfied (满意 + 基本满意) and its percentage
 * of the answered, dissatisfied, unparseable, failed, {@code skippedRecentSurvey} (not sent: the
 * number had a survey within the configured interval, 同号码限发) and {@code skippedTooOld} (not sent:
 * the matter was older than {@code -Dhotline.sms.survey.max-age-days}, 调查时效); neither is among the
 * surveys. {@code total} sums every unit.
 */
public record SurveyStatisticsView(String month, List<Row> units, Row total) {

  /** The figures of one unit (or of all, with unitCode null). */
  public record Row(
      String unitCode,
      long surveys,
      long sent,
      long answered,
      long satisfied,
      Double satisfiedPercent,
      long dissatisfied,
      long unparseable,
      long failed,
      long skippedRecentSurvey,
      long skippedTooOld) {

    static Row of(SurveyTally t) {
      return new Row(
          t.unitCode(),
          t.surveys(),
          t.sent(),
          t.answered(),
          t.satisfied(),
          t.satisfiedPercent(),
          t.dissatisfied(),
          t.unparseable(),
          t.failed(),
          t.skipped(),
          t.skippedTooOld());
    }
  }

  static SurveyStatisticsView of(String month, List<SurveyTally> tallies) {
    SurveyTally sum =
        new SurveyTally(
            null,
            tallies.stream().mapToLong(SurveyTally::surveys).sum(),
            tallies.stream().mapToLong(SurveyTally::sent).sum(),
            tallies.stream().mapToLong(SurveyTally::answered).sum(),
            tallies.stream().mapToLong(SurveyTally::satisfied).sum(),
            tallies.stream().mapToLong(SurveyTally::dissatisfied).sum(),
            tallies.stream().mapToLong(SurveyTally::unparseable).sum(),
            tallies.stream().mapToLong(SurveyTally::failed).sum(),
            tallies.stream().mapToLong(SurveyTally::skipped).sum(),
            tallies.stream().mapToLong(SurveyTally::skippedTooOld).sum());
    return new SurveyStatisticsView(month, tallies.stream().map(Row::of).toList(), Row.of(sum));
  }
}
