package org.hotline.domain.model.sms;

/**
 * The survey figures of one unit in one month (短信调查统计): surveys queued in the month, sent (accepted
 * by the SMSC), answered, satisfied (满意 + 基本满意), dissatisfied, unparseable, and failed (refused,
 * undelivered or of uncertain fate), skipped (not sent: the number had a survey within the
 * configured interval, 同号码限发), and skippedTooOld (not sent: the matter was older than the
 * configured age, 调查时效).
 */
public record SurveyTally(
    String unitCode,
    long surveys,
    long sent,
    long answered,
    long satisfied,
    long dissatisfied,
    long unparseable,
    long failed,
    long skipped,
    long skippedTooOld) {

  /**
   * Satisfied answers per answered survey, in percent with one decimal, or null when none answered.
   */
  public Double satisfiedPercent() {
    return answered == 0 ? null : Math.round(satisfied * 1000.0 / answered) / 10.0;
  }
}
