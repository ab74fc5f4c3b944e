package org.hotline.domain.model.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The merge steps of one ticket (重复件合并、取消合并): a repeat call joins a main ticket, the calls already
 * merged into it follow it there, and an unmerged call becomes a ticket of its own again. Each step
 * records an event on the call and one on the main ticket. The status rules are the {@link
 * TicketLifecycle}'s rows; the rules of the link (no chains, no cycles) are {@link MergeLink}'s.
 * Obtained from {@link Ticket#mergeSteps()}; it keeps no state of its own.
 */
public final class MergeSteps {

  private final Ticket call;

  MergeSteps(Ticket call) {
    this.call = call;
  }

  /**
   * 合并: this repeat call joins {@code main}; {@code followers}, the calls merged into this one,
   * follow it to {@code main}. The caller holds row locks on all.
   *
   * @return the events on the calls and on {@code main}, in order
   * @throws IllegalTicketTransitionException outside the {@code MERGE} row's statuses, or when a
   *     follower does not hang off this call (see {@link #follow})
   * @throws TicketRuleException NOT_MERGEABLE into itself or into a merged ticket
   */
  public List<TicketEvent> mergeInto(
      Ticket main, List<Ticket> followers, String reason, Actor actor, Instant now) {
    TicketLifecycle.MERGE.require(call.status());
    MergeLink.requireMergeable(call, main);
    List<TicketEvent> events = new ArrayList<>(joined(main, null, reason, actor, now));
    for (Ticket follower : followers) {
      events.addAll(follower.mergeSteps().follow(call, main, reason, actor, now));
    }
    return events;
  }

  /**
   * This call's main ticket {@code via} joined {@code main}: the call follows it there. Reached
   * through {@link Ticket#mergeSteps()} so that a lazy reference acts on the loaded ticket.
   *
   * @throws IllegalTicketTransitionException when the call is not merged into {@code via}
   */
  public List<TicketEvent> follow(
      Ticket via, Ticket main, String reason, Actor actor, Instant now) {
    if (call.status() != TicketStatus.MERGED || !call.mergeLink().hangsOff(via)) {
      throw new IllegalTicketTransitionException(TicketAction.MERGED, call.status());
    }
    return joined(main, via.number(), reason, actor, now);
  }

  /**
   * 取消合并: the call becomes a ticket of its own again, back in the triage queue.
   *
   * @return the event on the call and the one on its former main ticket
   * @throws IllegalTicketTransitionException outside the {@code UNMERGE} row's statuses
   */
  public List<TicketEvent> unmerge(String reason, Actor actor, Instant now) {
    TicketLifecycle.UNMERGE.require(call.status());
    Ticket main = call.mergeLink().leave();
    EventDetail detail = EventDetail.of("main", main.number());
    TicketAction action = TicketAction.UNMERGED;
    return List.of(
        call.moveTo(TicketStatus.PENDING_TRIAGE, action, actor, now, reason, detail),
        noteCall(main, TicketAction.CALL_UNMERGED, call.number(), null, reason, actor, now));
  }

  /** Points this call at {@code main} ({@code via}: the call it hung off, or null). */
  private List<TicketEvent> joined(
      Ticket main, String via, String reason, Actor actor, Instant now) {
    call.mergeLink().join(main);
    EventDetail detail = EventDetail.of("main", main.number()).and("via", via);
    return List.of(
        call.moveTo(TicketStatus.MERGED, TicketAction.MERGED, actor, now, reason, detail),
        noteCall(main, TicketAction.CALL_MERGED, call.number(), via, reason, actor, now));
  }

  /** Records on {@code main} a call merged in (maybe {@code via} another) or taken out. */
  private static TicketEvent noteCall(
      Ticket main,
      TicketAction action,
      String callNumber,
      String via,
      String reason,
      Actor actor,
      Instant now) {
    EventDetail detail = EventDetail.of("call", callNumber).and("via", via);
    return main.note(action, reason, detail, actor, now);
  }
}
