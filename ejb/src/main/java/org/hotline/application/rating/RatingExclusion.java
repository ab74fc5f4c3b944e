package org.hotline.application.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Locale;
import org.hotline.application.notification.Notices;
import org.hotline.application.notification.Notifier;
import org.hotline.application.notification.Recipients;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.callback.CallbackFigures;
import org.hotline.domain.model.callback.CallbackTally;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.callback.CallbackTaskRepository;
import org.hotline.domain.model.callback.CallbackTaskStatus;
import org.hotline.domain.model.notification.NotificationKind;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingExclusionReason;
import org.hotline.domain.model.satisfaction.SatisfactionAnswer;
import org.hotline.domain.model.satisfaction.SatisfactionAnswerRepository;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketFiguresExcluded;
import org.hotline.domain.model.ticket.TicketLifecycle;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketRepository;

/**
 * What excluding a rating withdraws (剔除的后果), in the exclusion's transaction, so that an excluded
 * rating counts nowhere and calls nobody:
 *
 * <ul>
 *   <li>its rectification ticket, while rectifying or re-visiting, is closed with a {@code
 *       RECTIFICATION_WITHDRAWN} history event saying why, and its workflow (tasks, timers) ends;
 *   <li>every callback task of that ticket that is still open is cancelled; a task already done
 *       stays {@code DONE} (the record that a real call was made) but leaves the callback figures
 *       and tag counts, as every figure skips an excluded ticket;
 *   <li>a supervision slip proposed for the ticket (建议督办) is withdrawn: the mark is cleared, a
 *       {@code SLIP_PROPOSAL_WITHDRAWN} history event says why and the directors are told;
 *   <li>a spot check (抽查) the rating asked for, still open, is cancelled;
 *   <li>its provenance record ({@code satisfaction_answer}) leaves the per-channel figures;
 *   <li>its ticket, whatever its state, leaves every figure that counts tickets (不计入统计): the
 *       analysis (trends, hotspots, dissatisfaction, the ticket lists behind them), the rankings
 *       and their drill-down; kept counts of its ended month are forgotten once this commits.
 * </ul>
 *
 * A ticket closed already (re-visited) keeps its history; only the figures change.
 */
@ApplicationScoped
public class RatingExclusion {

  @Inject private TicketRepository tickets;

  @Inject private TicketProcess process;

  @Inject private CallbackTaskRepository tasks;

  @Inject private CallbackFigures figures;

  @Inject private SatisfactionAnswerRepository answers;

  @Inject private RankingRepository rankings;

  @Inject private Event<TicketFiguresExcluded> figuresExcluded;

  @Inject private Notifier notifier;

  @Inject private Recipients recipients;

  /**
   * Withdraws the consequences of an excluded rating.
   *
   * @param rating the rating just excluded
   * @param reason the reason code
   * @param note the supervisor's note (may be empty)
   * @param actor who excluded it
   * @param now when
   */
  public void withdraw(
      Rating rating, RatingExclusionReason reason, String note, Actor actor, Instant now) {
    String why =
        Messages.zh(
            "rating.withdrawnNote",
            Messages.text("ratingExclusionReason" + reason.name(), Locale.CHINESE),
            note == null || note.isBlank() ? "—" : note);
    if (rating.ticketId() != null) {
      tickets.findForUpdate(rating.ticketId()).ifPresent(t -> withdrawTicket(t, why, actor, now));
    }
    if (rating.spotCheck() && rating.serviceRecordId() != null) {
      tasks
          .openForServiceRecord(rating.serviceRecordId())
          .filter(t -> RatingSpotCheck.REASON.equals(t.reasonCode()))
          .ifPresent(t -> cancel(t, why, actor, now));
    }
    answers.find(SatisfactionAnswer.QR, rating.id()).ifPresent(SatisfactionAnswer::exclude);
  }

  private void withdrawTicket(Ticket ticket, String why, Actor actor, Instant now) {
    if (TicketLifecycle.WITHDRAW_RECTIFICATION.allowedIn(ticket.status())) {
      tickets.append(ticket.rectificationSteps().withdraw(why, actor, now));
      process.withdrawn(ticket, why);
    }
    ticket
        .rectificationSteps()
        .withdrawSlipProposal(why, actor, now)
        .ifPresent(
            e -> {
              tickets.append(e);
              notifier.send(
                  Notices.aboutTicket(
                      NotificationKind.SLIP_PROPOSED,
                      ticket.id(),
                      "slipProposalWithdrawn",
                      ticket.number(),
                      why),
                  recipients.directors());
            });
    for (CallbackTask task : tasks.ofTicket(ticket.id())) {
      if (task.status() == CallbackTaskStatus.OPEN) {
        cancel(task, why, actor, now);
      } else if (task.status() == CallbackTaskStatus.DONE) {
        // the call was made: the task stays done, only the figures forget it (excluded ticket)
        figures.record(CallbackTally.of(task), null);
      }
    }
    // whatever its state (closed after a re-visit too): no trend, hotspot or ranking counts it
    ticket.excludeFromFigures();
    rankings.exclude(ticket);
    figuresExcluded.fire(new TicketFiguresExcluded(ticket.id(), ticket.createdAt()));
  }

  private void cancel(CallbackTask task, String why, Actor actor, Instant now) {
    CallbackTally counted = CallbackTally.of(task);
    task.cancel(why.length() > 1000 ? why.substring(0, 1000) : why, actor.username(), now);
    figures.record(counted, null);
  }
}
