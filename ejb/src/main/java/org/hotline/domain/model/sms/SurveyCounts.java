package org.hotline.domain.model.sms;

/**
 * What one survey adds to its month's statistics (短信调查统计), or a change of that: surveys, sent
 * (accepted by the SMSC), answered, satisfied (满意 + 基本满意), dissatisfied, unparseable, failed
 * (refused, undelivered or of uncertain fate), skipped (never sent: the number had a survey within
 * the interval of {@code SurveyLimit}; not among the surveys). The rule is the one the statistics
 * always had: {@link #of(SurveyStatus, SurveyAnswer)}.
 */
public record SurveyCounts(
    long surveys,
    long sent,
    long answered,
    long satisfied,
    long dissatisfied,
    long unparseable,
    long failed,
    long skipped) {

  /** Nothing. */
  public static final SurveyCounts NONE = new SurveyCounts(0, 0, 0, 0, 0, 0, 0, 0);

  /** What a survey in {@code status} with {@code answer} (null: none yet) counts for. */
  public static SurveyCounts of(SurveyStatus status, SurveyAnswer answer) {
    if (status == SurveyStatus.SKIPPED) {
      // not a survey sent or to be sent: counted as skipped only
      return new SurveyCounts(0, 0, 0, 0, 0, 0, 0, 1);
    }
    boolean failed =
        status == SurveyStatus.FAILED
            || status == SurveyStatus.UNDELIVERED
            || status == SurveyStatus.SEND_UNCERTAIN;
    return new SurveyCounts(
        1,
        status.sent() ? 1 : 0,
        answer != null ? 1 : 0,
        answer == SurveyAnswer.SATISFIED || answer == SurveyAnswer.BASICALLY_SATISFIED ? 1 : 0,
        answer == SurveyAnswer.DISSATISFIED ? 1 : 0,
        answer == SurveyAnswer.UNPARSEABLE ? 1 : 0,
        failed ? 1 : 0,
        0);
  }

  /** What {@code survey} counts for now. */
  public static SurveyCounts of(SmsSurvey survey) {
    return of(survey.status(), survey.answer());
  }

  /** This minus {@code other}, field by field. */
  public SurveyCounts minus(SurveyCounts other) {
    return new SurveyCounts(
        surveys - other.surveys,
        sent - other.sent,
        answered - other.answered,
        satisfied - other.satisfied,
        dissatisfied - other.dissatisfied,
        unparseable - other.unparseable,
        failed - other.failed,
        skipped - other.skipped);
  }

  /** Whether every count is zero (nothing to write). */
  public boolean isNone() {
    return equals(NONE);
  }
}
