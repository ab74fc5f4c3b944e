package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** 办理时限状态: the reply deadline, overdue once, extensions and calendar moves. */
class HandlingDeadlinesTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
  private static final Instant REPLY = T0.plusSeconds(86_400);

  @Test
  void overdueIsMarkedOnceAndNotBeforeTheReplyDeadline() {
    HandlingDeadlines d = new HandlingDeadlines(T0, REPLY);
    assertThat(d.beforeReplyDeadline(REPLY.minusSeconds(1))).isTrue();
    assertThat(d.markOverdue(REPLY.minusSeconds(1))).isFalse();
    assertThat(d.overdueAt()).isNull();
    assertThat(d.beforeReplyDeadline(REPLY)).isFalse();
    assertThat(d.markOverdue(REPLY)).isTrue();
    assertThat(d.overdueAt()).isEqualTo(REPLY);
    assertThat(d.markOverdue(REPLY.plusSeconds(60))).isFalse();
    assertThat(d.overdueAt()).isEqualTo(REPLY);
  }

  @Test
  void aTicketWithoutReplyDeadlineIsNeverOverdue() {
    HandlingDeadlines d = new HandlingDeadlines(T0, null);
    assertThat(d.beforeReplyDeadline(T0)).isFalse();
    assertThat(d.markOverdue(T0.plusSeconds(10_000_000))).isFalse();
  }

  @Test
  void aNewScheduleClearsTheOverdueMarkAndTheReminderAndMayRestartTheCount() {
    HandlingDeadlines d = new HandlingDeadlines(T0, REPLY);
    d.remind(REPLY.minusSeconds(3600));
    d.markOverdue(REPLY);
    Instant restart = REPLY.plusSeconds(60);
    Instant later = REPLY.plusSeconds(86_400);
    d.schedule(later, restart.plusSeconds(3600), restart);
    assertThat(d.replyDeadline()).isEqualTo(later);
    assertThat(d.signDeadline()).isEqualTo(restart.plusSeconds(3600));
    assertThat(d.start()).isEqualTo(restart);
    assertThat(d.overdueAt()).isNull();
    assertThat(d.remindedAt()).isNull();
    d.schedule(later, null, null);
    assertThat(d.start()).as("null keeps the count").isEqualTo(restart);
  }

  @Test
  void anExtensionMovesTheReplyDeadlineCountsAndRemindsAgain() {
    HandlingDeadlines d = new HandlingDeadlines(T0, REPLY);
    d.remind(T0);
    Instant later = REPLY.plusSeconds(86_400);
    EventDetail detail = d.extend(later);
    assertThat(detail)
        .isEqualTo(
            EventDetail.of("from", BusinessTime.text(REPLY))
                .and("to", BusinessTime.text(later))
                .and("count", 1));
    assertThat(d.replyDeadline()).isEqualTo(later);
    assertThat(d.extensionCount()).isEqualTo(1);
    assertThat(d.remind(T0)).as("a fresh reminder").isTrue();
  }

  @Test
  void aCalendarChangeMovesOnlyTheDeadlinesGivenAndSaysSo() {
    HandlingDeadlines d = new HandlingDeadlines(T0, REPLY);
    Instant sign = T0.plusSeconds(7200);
    d.schedule(REPLY, sign, null);
    assertThat(d.recompute(REPLY, null)).as("nothing moved").isEmpty();
    assertThat(d.recompute(null, sign)).isEmpty();
    Instant later = REPLY.plusSeconds(3600);
    assertThat(d.recompute(later, null))
        .contains(
            EventDetail.of("reply", BusinessTime.text(REPLY) + "->" + BusinessTime.text(later))
                .and("sign", BusinessTime.text(sign) + "->" + BusinessTime.text(null))
                .and("cause", "CALENDAR_CHANGED"));
    assertThat(d.replyDeadline()).isEqualTo(later);
    assertThat(d.signDeadline()).as("null leaves it").isEqualTo(sign);
  }

  @Test
  void escalationClimbsFromTheOwnerAndANewUnitStartsAfresh() {
    Unit bureau = new Unit("GA", "公安局", UnitKind.BUREAU, null, 0);
    Unit station = new Unit("PS-CHENGGUAN", "城关派出所", UnitKind.STATION, bureau, 0);
    HandlingDeadlines d = new HandlingDeadlines(T0, REPLY);
    assertThat(d.nextEscalationUnit(station)).isSameAs(bureau);
    assertThat(d.escalateTo(bureau, REPLY)).isEqualTo(1);
    assertThat(d.nextEscalationUnit(station)).isNull();
    d.newUnit();
    assertThat(d.escalationLevel()).isZero();
    assertThat(d.escalatedTo()).isNull();
  }
}
