package org.hotline.domain.model.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurveyCountsSkippedTest {

  @Test
  void aSkippedSurveyCountsAsSkippedOnly() {
    SurveyCounts c = SurveyCounts.of(SurveyStatus.SKIPPED, null);
    assertThat(c.skipped()).isEqualTo(1);
    assertThat(c.surveys()).isZero();
    assertThat(c.sent()).isZero();
    assertThat(c.failed()).isZero();
    assertThat(SurveyCounts.of(SurveyStatus.QUEUED, null).skipped()).isZero();
  }
}
