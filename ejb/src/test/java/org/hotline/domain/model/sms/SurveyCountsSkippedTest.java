package org.hotline.domain.model.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurveyCountsSkippedTest {

  @Test
  void aSkippedSurveyCountsAsSkippedOnly() {
    SurveyCounts c = SurveyCounts.of(SurveyStatus.SKIPPED, null, "RECENT_SURVEY");
    assertThat(c.skipped()).isEqualTo(1);
    assertThat(c.skippedTooOld()).isZero();
    assertThat(c.surveys()).isZero();
    assertThat(c.sent()).isZero();
    assertThat(c.failed()).isZero();
    assertThat(SurveyCounts.of(SurveyStatus.QUEUED, null, null).skipped()).isZero();
  }

  @Test
  void aSurveySkippedForTheMattersAgeIsNotARecentSurvey() {
    SurveyCounts c = SurveyCounts.of(SurveyStatus.SKIPPED, null, SurveyCounts.OLD_MATTER);
    assertThat(c.skippedTooOld()).isEqualTo(1);
    assertThat(c.skipped()).isZero();
    assertThat(c.surveys()).isZero();
  }
}
