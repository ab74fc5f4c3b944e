package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * What the deadline timers may do to a ticket: each mark once, only when due, only while the unit
 * owes a reply.
 */
class TicketDeadlineRulesTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
  private static final Instant DEADLINE = T0.plus(3, ChronoUnit.DAYS);
  private static final Actor DISPATCHER = new Actor("dispatcher", "dispatcher", "RXZX");
  private static final Actor OFFICER = new Actor("officer", "officer", "PS-CHENGGUAN");
  private final Unit bureau = new Unit("GA", "县公安局", UnitKind.BUREAU, null, 0);
  private final Unit station = new Unit("PS-CHENGGUAN", "城关派出所", UnitKind.STATION, bureau, 1);

  private Ticket assigned() throws Exception {
    Category category = new Category("ZA-NOISE", "噪音", null, true, 3, true);
    Area area = new Area("CG-CG-01", "中心社区", null, AreaLevel.COMMUNITY, null);
    Ticket t =
        new Ticket(
            "20261123-000001",
            new TicketDetails(
                Channel.PHONE_12345,
                null,
                null,
                false,
                null,
                area,
                category,
                Urgency.NORMAL,
                "噪音扰民"),
            DEADLINE,
            "operator",
            T0);
    Field id = TicketIntake.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(t, 1L);
    t.routingSteps().assignTo(station, null, null, null, DISPATCHER, T0);
    t.deadlines().schedule(DEADLINE, T0.plus(4, ChronoUnit.HOURS), null);
    return t;
  }

  @Test
  void marksComeOnceAndOnlyWhenDue() throws Exception {
    Ticket t = assigned();
    assertThat(t.deadlineMarks().markSignOverdue(Actor.system(), T0.plus(1, ChronoUnit.HOURS)))
        .isEmpty();
    assertThat(t.deadlineMarks().markSignOverdue(Actor.system(), T0.plus(5, ChronoUnit.HOURS)))
        .isPresent();
    assertThat(t.deadlineMarks().markSignOverdue(Actor.system(), T0.plus(6, ChronoUnit.HOURS)))
        .isEmpty();
    assertThat(t.deadlineMarks().remind(Actor.system(), DEADLINE.minusSeconds(3600))).isPresent();
    assertThat(t.deadlineMarks().remind(Actor.system(), DEADLINE.minusSeconds(60))).isEmpty();
    assertThat(t.deadlineMarks().markOverdue(Actor.system(), DEADLINE.minusSeconds(1))).isEmpty();
    TicketEvent overdue =
        t.deadlineMarks().markOverdue(Actor.system(), DEADLINE.plusSeconds(1)).orElseThrow();
    assertThat(overdue.action()).isEqualTo(TicketAction.OVERDUE);
    assertThat(overdue.detail()).contains("unit=PS-CHENGGUAN", "+08:00");
    assertThat(t.deadlineMarks().markOverdue(Actor.system(), DEADLINE.plusSeconds(2))).isEmpty();
    assertThat(t.deadlines().overdueAt()).isEqualTo(DEADLINE.plusSeconds(1));
  }

  @Test
  void escalationNeedsAnOverdueTicketAndClimbsTheHierarchy() throws Exception {
    Ticket t = assigned();
    assertThat(
            t.deadlineMarks()
                .escalate(t.deadlineMarks().nextEscalationUnit(), Actor.system(), DEADLINE))
        .isEmpty();
    t.deadlineMarks().markOverdue(Actor.system(), DEADLINE.plusSeconds(1));
    assertThat(t.deadlineMarks().nextEscalationUnit()).isSameAs(bureau);
    assertThat(
            t.deadlineMarks().escalate(bureau, Actor.system(), DEADLINE.plus(1, ChronoUnit.DAYS)))
        .isPresent();
    assertThat(t.deadlines().escalationLevel()).isEqualTo(1);
    assertThat(t.deadlineMarks().nextEscalationUnit()).isNull();
  }

  @Test
  void aRepliedTicketIsNeitherRemindedNorOverdue() throws Exception {
    Ticket t = assigned();
    t.handlingSteps().sign(OFFICER, T0);
    t.handlingSteps().reply("已处理", false, OFFICER, T0.plus(1, ChronoUnit.DAYS));
    assertThat(t.deadlineMarks().remind(Actor.system(), DEADLINE.minusSeconds(60))).isEmpty();
    assertThat(t.deadlineMarks().markOverdue(Actor.system(), DEADLINE.plusSeconds(60))).isEmpty();
    assertThatThrownBy(
            () -> t.deadlineMarks().extend(DEADLINE.plus(5, ChronoUnit.DAYS), null, OFFICER, T0))
        .isInstanceOf(IllegalTicketTransitionException.class);
  }

  @Test
  void aReplyWithTheChiefIsStillOwedByTheUnit() throws Exception {
    Ticket t = assigned();
    t.handlingSteps().sign(OFFICER, T0);
    t.handlingSteps().reply("已处理", true, OFFICER, T0);
    assertThat(t.status()).isEqualTo(TicketStatus.CHIEF_REVIEW);
    assertThat(t.handling().repliedAt()).isNull();
    assertThat(t.deadlineMarks().markOverdue(Actor.system(), DEADLINE.plusSeconds(1))).isPresent();
    Actor chief = new Actor("chief", "chief", "PS-CHENGGUAN");
    t.handlingSteps().chiefReview(false, "事实不清", chief, DEADLINE.plusSeconds(2));
    assertThat(t.status()).isEqualTo(TicketStatus.SIGNED);
    t.handlingSteps().reply("已补充核实", true, OFFICER, DEADLINE.plusSeconds(3));
    TicketEvent approved =
        t.handlingSteps().chiefReview(true, null, chief, DEADLINE.plusSeconds(4));
    assertThat(approved.action()).isEqualTo(TicketAction.REPLY_CHIEF_APPROVED);
    assertThat(t.status()).isEqualTo(TicketStatus.REPLIED);
    assertThat(t.handling().repliedAt()).isEqualTo(DEADLINE.plusSeconds(4));
    assertThatThrownBy(
            () -> t.handlingSteps().chiefReview(true, null, chief, DEADLINE.plusSeconds(5)))
        .isInstanceOf(IllegalTicketTransitionException.class);
  }

  @Test
  void anExtensionMovesTheDeadlineAndCountsIt() throws Exception {
    Ticket t = assigned();
    Instant later = DEADLINE.plus(5, ChronoUnit.DAYS);
    TicketEvent e = t.deadlineMarks().extend(later, "同意", OFFICER, T0);
    assertThat(t.deadlines().replyDeadline()).isEqualTo(later);
    assertThat(t.deadlines().extensionCount()).isEqualTo(1);
    assertThat(e.detail()).contains("count=1");
    assertThat(t.deadlineMarks().markOverdue(Actor.system(), DEADLINE.plusSeconds(1))).isEmpty();
  }

  @Test
  void dissatisfactionOpensARectificationAndASecondProposesASlip() throws Exception {
    Ticket t = assigned();
    t.handlingSteps().sign(OFFICER, T0);
    t.handlingSteps().reply("已处理", false, OFFICER, T0);
    t.handlingSteps().review(true, null, DISPATCHER, T0);
    Actor callback = new Actor("callback", "callback", "RXZX");
    t.recordCallback(CallbackResult.DISSATISFIED, List.of("推诿扯皮"), null, callback, T0);
    Instant due = T0.plus(3, ChronoUnit.DAYS);
    assertThat(t.rectificationSteps().open(due, callback, T0)).isPresent();
    assertThat(t.status()).isEqualTo(TicketStatus.RECTIFYING);
    assertThat(t.ownerUnit()).isSameAs(station);
    assertThat(t.rectificationSteps().markOverdue(Actor.system(), due.minusSeconds(1))).isEmpty();
    assertThat(t.rectificationSteps().markOverdue(Actor.system(), due.plusSeconds(1))).isPresent();
    assertThatThrownBy(
            () -> t.rectificationSteps().revisit(CallbackResult.SATISFIED, null, callback, T0))
        .isInstanceOf(IllegalTicketTransitionException.class);
    t.rectificationSteps()
        .report("已整改", new Actor("chief", "chief", "PS-CHENGGUAN"), due.plusSeconds(2));
    List<TicketEvent> events =
        t.rectificationSteps()
            .revisit(CallbackResult.DISSATISFIED, "仍不满意", callback, due.plusSeconds(3));
    assertThat(events)
        .extracting(TicketEvent::action)
        .containsExactly(TicketAction.REVISITED, TicketAction.SLIP_PROPOSED);
    assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(t.slipProposed()).isTrue();
    assertThat(t.callbackDue()).isFalse();
  }
}
