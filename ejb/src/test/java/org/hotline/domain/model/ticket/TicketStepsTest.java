package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * The rules carved out of {@link Ticket} into its steps ({@link RoutingSteps}, {@link
 * HandlingSteps}, {@link MergeSteps}, {@link DeadlineMarks}, {@link RectificationSteps}) and value
 * objects: each asserted on a ticket driven through real transitions.
 */
class TicketStepsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
  private static final Actor DISPATCHER = new Actor("dispatcher", "dispatcher", "RXZX");
  private static final Actor OFFICER = new Actor("officer", "officer", "PS-CHENGGUAN");
  private final Unit bureau = new Unit("GA", "县公安局", UnitKind.BUREAU, null, 0);
  private final Unit station = new Unit("PS-CHENGGUAN", "城关派出所", UnitKind.STATION, bureau, 1);
  private final Unit east = new Unit("PS-DONGGUAN", "东关派出所", UnitKind.STATION, bureau, 0);

  private Ticket assignedToStation() throws Exception {
    Ticket t = TicketMergeRulesTest.ticket(1);
    t.routingSteps().assignTo(station, null, null, null, DISPATCHER, T0);
    t.deadlines().schedule(T0.plus(7, ChronoUnit.DAYS), T0.plus(4, ChronoUnit.HOURS), null);
    return t;
  }

  private Ticket signedAtStation() throws Exception {
    Ticket t = assignedToStation();
    t.handlingSteps().sign(OFFICER, T0);
    return t;
  }

  @Test
  void aRerouteEndsTheFirstUnitsPartsSignatureAndSignMarks() throws Exception {
    Ticket t = assignedToStation();
    t.deadlineMarks().markSignOverdue(Actor.system(), T0.plus(5, ChronoUnit.HOURS));
    assertThat(t.deadlines().signOverdue()).isTrue();
    t.handlingSteps().sign(OFFICER, T0);
    t.handlingSteps().addAssistingUnits(List.of(east), OFFICER, T0);

    TicketEvent e = t.routingSteps().reroute(east, "改派", null, null, DISPATCHER, T0);

    assertThat(e.detail()).isEqualTo("from=PS-CHENGGUAN;unit=PS-DONGGUAN");
    assertThat(t.status()).isEqualTo(TicketStatus.ASSIGNED);
    assertThat(t.ownerUnit()).isSameAs(east);
    assertThat(t.assisting().active()).isEmpty();
    assertThat(t.handling().signedAt()).isNull();
    assertThat(t.deadlines().signOverdue()).isFalse();
  }

  @Test
  void onlyAReturnOrARerouteMakesTheNextAssignmentRestartTheReplyDeadline() throws Exception {
    Ticket t = TicketMergeRulesTest.ticket(1);
    assertThat(t.routingSteps().routedBefore()).isFalse();
    t.routingSteps().assignTo(station, null, null, null, DISPATCHER, T0);
    assertThat(t.routingSteps().routedBefore()).isFalse();
    t.routingSteps().returnToCentre("非本单位职责", null, OFFICER, T0);
    assertThat(t.routingSteps().routedBefore()).isTrue();
  }

  @Test
  void theOwnerRepliesOnlyOnceEveryAssistingUnitHasReplied() throws Exception {
    Ticket t = signedAtStation();
    t.handlingSteps().addAssistingUnits(List.of(east), OFFICER, T0);
    assertThatThrownBy(() -> t.handlingSteps().reply("已处理", false, OFFICER, T0))
        .isInstanceOfSatisfying(
            TicketRuleException.class,
            e -> assertThat(e.rule()).isEqualTo(TicketRuleException.ASSISTING_PARTS_PENDING));
    assertThat(t.status()).isEqualTo(TicketStatus.SIGNED);

    t.handlingSteps().replyOnPart(east, "协办意见", OFFICER, T0);
    t.handlingSteps().reply("已处理", false, OFFICER, T0);
    assertThat(t.status()).isEqualTo(TicketStatus.REPLIED);
    assertThat(t.handling().repliedAt()).isEqualTo(T0);
  }

  @Test
  void aUnitWithoutAPendingPartCannotReplyOnOne() throws Exception {
    Ticket t = signedAtStation();
    assertThatThrownBy(() -> t.handlingSteps().replyOnPart(east, "协办意见", OFFICER, T0))
        .isInstanceOf(IllegalTicketTransitionException.class);
  }

  @Test
  void aFollowerThatDoesNotHangOffTheMergedCallIsRefused() throws Exception {
    Ticket a = TicketMergeRulesTest.ticket(1);
    Ticket b = TicketMergeRulesTest.ticket(2);
    Ticket stranger = TicketMergeRulesTest.ticket(3);
    assertThatThrownBy(() -> a.mergeSteps().mergeInto(b, List.of(stranger), null, DISPATCHER, T0))
        .isInstanceOf(IllegalTicketTransitionException.class);
    assertThat(stranger.status()).isEqualTo(TicketStatus.PENDING_TRIAGE);
    assertThat(stranger.mergedInto()).isNull();
  }

  @Test
  void anUnmergedCallIsATicketOfItsOwnAgainAndItsMainTicketSaysSo() throws Exception {
    Ticket a = TicketMergeRulesTest.ticket(1);
    Ticket b = TicketMergeRulesTest.ticket(2);
    a.mergeSteps().mergeInto(b, List.of(), null, DISPATCHER, T0);
    List<TicketEvent> events = a.mergeSteps().unmerge("误合并", DISPATCHER, T0);
    assertThat(a.status()).isEqualTo(TicketStatus.PENDING_TRIAGE);
    assertThat(a.mergedInto()).isNull();
    assertThat(events)
        .extracting(TicketEvent::action)
        .containsExactly(TicketAction.UNMERGED, TicketAction.CALL_UNMERGED);
    assertThat(events.get(1).ticketId()).isEqualTo(2L);
  }

  @Test
  void anExtensionCountsMovesTheDeadlineAndAllowsAFreshReminder() throws Exception {
    Ticket t = signedAtStation();
    Instant deadline = t.deadlines().replyDeadline();
    assertThat(t.deadlineMarks().remind(Actor.system(), deadline.minusSeconds(60))).isPresent();
    Instant later = deadline.plus(3, ChronoUnit.DAYS);
    TicketEvent e = t.deadlineMarks().extend(later, "同意", DISPATCHER, T0);
    assertThat(e.action()).isEqualTo(TicketAction.EXTENSION_APPROVED);
    assertThat(t.deadlines().replyDeadline()).isEqualTo(later);
    assertThat(t.deadlines().extensionCount()).isEqualTo(1);
    assertThat(t.deadlineMarks().remind(Actor.system(), later.minusSeconds(60))).isPresent();
  }

  @Test
  void aCalendarChangeMovesTheDeadlinesOnceAndAnUnchangedOneRecordsNothing() throws Exception {
    Ticket t = signedAtStation();
    Instant reply = t.deadlines().replyDeadline();
    assertThat(t.deadlineMarks().recompute(reply, null, Actor.system(), T0)).isEmpty();
    Instant moved = reply.plus(1, ChronoUnit.DAYS);
    TicketEvent e = t.deadlineMarks().recompute(moved, null, Actor.system(), T0).orElseThrow();
    assertThat(e.action()).isEqualTo(TicketAction.DEADLINES_RECOMPUTED);
    assertThat(t.deadlines().replyDeadline()).isEqualTo(moved);
  }

  @Test
  void aSatisfiedCallbackOpensNoRectification() throws Exception {
    Ticket t = signedAtStation();
    t.handlingSteps().reply("已处理", false, OFFICER, T0);
    t.handlingSteps().review(true, null, DISPATCHER, T0);
    t.recordCallback(CallbackResult.SATISFIED, List.of(), null, DISPATCHER, T0);
    Instant due = T0.plus(3, ChronoUnit.DAYS);
    assertThat(t.rectificationSteps().open(due, DISPATCHER, T0)).isEmpty();
    assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(t.closedAt()).isEqualTo(T0);
    assertThat(t.rectificationSteps().current()).isNull();
  }

  @Test
  void aCallbackAttemptCarriesItsReasonsAsCodesAndLeavesOutNone() {
    CallbackState.Attempt none = new CallbackState.Attempt(1, false, List.of());
    CallbackState.Attempt some = new CallbackState.Attempt(1, true, List.of("SLOW", "ATTITUDE"));
    assertThat(none.detail(CallbackResult.UNREACHABLE).values())
        .containsEntry("result", "UNREACHABLE")
        .containsEntry("attempt", 1L)
        .doesNotContainKey("reasons");
    assertThat(some.detail(CallbackResult.DISSATISFIED).values())
        .containsEntry("reasons", List.of("SLOW", "ATTITUDE"));
  }

  @Test
  void anUnreachedRevisitIsRecordedAndTheTicketStillWaitsForItsRevisit() throws Exception {
    Ticket t = signedAtStation();
    assertThatThrownBy(() -> t.rectificationSteps().revisitAttempt(null, DISPATCHER, T0))
        .isInstanceOf(IllegalTicketTransitionException.class);
    t.handlingSteps().reply("已处理", false, OFFICER, T0);
    t.handlingSteps().review(true, null, DISPATCHER, T0);
    t.recordCallback(CallbackResult.DISSATISFIED, List.of("SLOW"), "不满意", DISPATCHER, T0);
    t.rectificationSteps().open(T0.plus(3, ChronoUnit.DAYS), DISPATCHER, T0).orElseThrow();
    t.rectificationSteps().report("已整改", OFFICER, T0);

    TicketEvent e = t.rectificationSteps().revisitAttempt("未接通", DISPATCHER, T0);

    assertThat(e.action()).isEqualTo(TicketAction.REVISIT_ATTEMPTED);
    assertThat(t.status()).isEqualTo(TicketStatus.REVISITING);
    assertThat(t.rectificationSteps().revisit(CallbackResult.SATISFIED, null, DISPATCHER, T0))
        .extracting(TicketEvent::action)
        .containsExactly(TicketAction.REVISITED);
  }
}
