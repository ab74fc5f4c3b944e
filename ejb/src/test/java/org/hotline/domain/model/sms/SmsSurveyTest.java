package org.hotline.domain.model.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The survey's message states: claimed once, retried only when certainly not sent, answered once.
 */
class SmsSurveyTest {

  private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

  private static SmsSurvey queued() {
    return new SmsSurvey(
        MatterType.TICKET, 7L, "+8613912345678", "PS-CHENGGUAN", null, "回复1满意", NOW);
  }

  @Test
  void aSurveyIsClaimedOnlyOnce() {
    SmsSurvey s = queued();
    assertTrue(s.claim());
    assertFalse(s.claim(), "a second sender cannot take a survey being sent");
    assertEquals(SurveyStatus.SENDING, s.status());
    assertEquals(1, s.attempts());
  }

  @Test
  void aRefusedSubmitGoesBackToTheOutboxOrFails() {
    SmsSurvey s = queued();
    s.claim();
    s.refused("SMSC unreachable", NOW.plusSeconds(5));
    assertEquals(SurveyStatus.QUEUED, s.status());
    assertEquals(NOW.plusSeconds(5), s.nextAttemptAt());
    s.claim();
    s.refused("command_status 0x00000058", null);
    assertEquals(SurveyStatus.FAILED, s.status());
    assertFalse(s.claim(), "a failed survey is not sent again");
  }

  @Test
  void anUncertainSubmitIsNeverClaimedAgain() {
    SmsSurvey s = queued();
    s.claim();
    s.uncertain("no submit_sm_resp");
    assertEquals(SurveyStatus.SEND_UNCERTAIN, s.status());
    assertFalse(s.claim());
  }

  @Test
  void outcomesNeedAClaimFirst() {
    SmsSurvey s = queued();
    assertThrows(IllegalStateException.class, () -> s.submitted("abc", NOW));
  }

  @Test
  void aRepeatedReceiptChangesNothing() {
    SmsSurvey s = queued();
    s.claim();
    s.submitted("abc", NOW);
    assertTrue(s.receipt(true, NOW.plusSeconds(1)));
    assertFalse(s.receipt(true, NOW.plusSeconds(9)));
    assertEquals(NOW.plusSeconds(1), s.deliveredAt());
  }

  @Test
  void theFirstReplyIsTheAnswerWithItsProvenance() {
    SmsSurvey s = queued();
    assertTrue(s.answer(SurveyAnswer.DISSATISFIED, "3", NOW));
    assertFalse(s.answer(SurveyAnswer.SATISFIED, "1", NOW.plusSeconds(60)));
    assertEquals(SurveyAnswer.DISSATISFIED, s.answer());
    assertEquals("SMS", s.answerChannel());
    assertTrue(s.answerVerified());
  }
}
