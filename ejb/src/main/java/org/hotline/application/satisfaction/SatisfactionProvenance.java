package org.hotline.application.satisfaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.hotline.application.callback.ServiceRecordCallbackAnswered;
import org.hotline.application.sms.SurveyAnswered;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.satisfaction.SatisfactionAnswer;
import org.hotline.domain.model.satisfaction.SatisfactionAnswerRepository;
import org.hotline.domain.model.servicerecord.ServiceRecordRepository;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketEventAppended;
import org.hotline.domain.model.ticket.TicketRepository;

/**
 * Records one provenance record (满意度答复来源) per satisfaction answer, inside the transaction that
 * stored the answer:
 *
 * <ul>
 *   <li>{@code QR}: a rating, verified as the rating is ({@code INVITATION}, {@code
 *       OFFICER_RECORD_NEARBY}, else not), with its hashed fingerprints;
 *   <li>{@code SMS}: a citizen's first reply to a survey ({@link SurveyAnswered}), verified {@code
 *       FROM_SURVEYED_NUMBER} (the reply came from the number surveyed), else {@code OTHER_NUMBER};
 *   <li>{@code CALLBACK}: a ticket's final callback outcome ({@code CALLED_BACK} with a
 *       satisfaction answer, not an unreachable one), verified {@code INDEPENDENT_AGENT} when the
 *       agent took no other step on the ticket, else {@code AGENT_HANDLED_MATTER}. Its source is
 *       the history event. The rectification tickets of dissatisfied QR ratings are skipped: their
 *       "callback" is the rating itself, already recorded.
 * </ul>
 */
@ApplicationScoped
public class SatisfactionProvenance {

  /** Answers that are satisfaction answers (others, e.g. unreachable, are not recorded). */
  static final Set<String> ANSWERS = Set.of("SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED");

  /** Steps that are the callback itself, not handling. */
  static final Set<TicketAction> CALLBACK_STEPS =
      Set.of(TicketAction.CALLBACK_ATTEMPTED, TicketAction.CALLED_BACK);

  @Inject private SatisfactionAnswerRepository answers;

  @Inject private TicketRepository tickets;

  @Inject private ServiceRecordRepository records;

  /** Records a QR rating's provenance (after its authenticity checks). */
  public void rated(Rating r) {
    answers.saveOnce(
        new SatisfactionAnswer(
            SatisfactionAnswer.QR,
            r.id(),
            r.target().unit().code(),
            r.dissatisfied() ? "DISSATISFIED" : "SATISFIED",
            r.verified(),
            r.verification(),
            r.deviceHash(),
            r.networkHash(),
            r.ratedAt()));
  }

  void onSurveyAnswered(@Observes SurveyAnswered a) {
    if (!ANSWERS.contains(a.answer())) {
      return;
    }
    String unit = null;
    if (a.ticketId() != null) {
      unit = tickets.find(a.ticketId()).map(SatisfactionProvenance::unitOf).orElse(null);
    } else if (a.serviceRecordId() != null) {
      unit = records.find(a.serviceRecordId()).map(s -> s.unit().code()).orElse(null);
    }
    answers.saveOnce(
        new SatisfactionAnswer(
            SatisfactionAnswer.SMS,
            a.surveyId(),
            unit,
            a.answer(),
            a.verified(),
            a.verified() ? "FROM_SURVEYED_NUMBER" : "OTHER_NUMBER",
            null,
            null,
            a.answeredAt()));
  }

  void onTicketEvent(@Observes TicketEventAppended appended) {
    TicketEvent event = appended.event();
    Ticket ticket = appended.ticket();
    if (event.action() == TicketAction.REVISITED) {
      revisited(ticket, event);
      return;
    }
    if (event.action() != TicketAction.CALLED_BACK
        || ticket.channel() == Channel.QR_RATING
        || ticket.callback().result() == null
        || !ANSWERS.contains(ticket.callback().result().name())) {
      return;
    }
    String agent = event.actor() == null ? null : event.actor().username();
    boolean handled =
        agent != null
            && tickets.history(ticket.id()).stream()
                .anyMatch(
                    e ->
                        !CALLBACK_STEPS.contains(e.action())
                            && e.actor() != null
                            && agent.equals(e.actor().username()));
    answers.saveOnce(
        new SatisfactionAnswer(
            SatisfactionAnswer.CALLBACK,
            event.id(),
            unitOf(ticket),
            ticket.callback().result().name(),
            agent != null && !handled,
            handled || agent == null ? "AGENT_HANDLED_MATTER" : "INDEPENDENT_AGENT",
            null,
            null,
            event.occurredAt()));
  }

  /**
   * A service record's callback (no ticket): verified {@code INDEPENDENT_AGENT} — the agent of the
   * callback centre is never the officer who served the citizen. Its source is the task, stored as
   * the task's id negated so that it never meets a ticket event's id in the same channel ({@code
   * CALLBACK}, unique by channel and source).
   */
  void onServiceRecordCallback(@Observes ServiceRecordCallbackAnswered a) {
    if (!ANSWERS.contains(a.answer())) {
      return;
    }
    answers.saveOnce(
        new SatisfactionAnswer(
            SatisfactionAnswer.CALLBACK,
            -a.taskId(),
            a.unitCode(),
            a.answer(),
            a.agent() != null,
            a.agent() != null ? "INDEPENDENT_AGENT" : "AGENT_HANDLED_MATTER",
            null,
            null,
            a.answeredAt()));
  }

  /**
   * A re-visit (复访) is a satisfaction answer by phone too (also a QR rating's: the rater's own
   * verdict on the rectification, not the rating again): channel {@code CALLBACK}, source the
   * history event, verified as a callback is.
   */
  private void revisited(Ticket ticket, TicketEvent event) {
    var r = ticket.rectificationSteps().current();
    if (r == null || r.revisitResult() == null || !ANSWERS.contains(r.revisitResult().name())) {
      return;
    }
    String agent = event.actor() == null ? null : event.actor().username();
    boolean handled = agent == null || handledBy(ticket, agent);
    answers.saveOnce(
        new SatisfactionAnswer(
            SatisfactionAnswer.CALLBACK,
            event.id(),
            unitOf(ticket),
            r.revisitResult().name(),
            !handled,
            handled ? "AGENT_HANDLED_MATTER" : "INDEPENDENT_AGENT",
            null,
            null,
            event.occurredAt()));
  }

  private boolean handledBy(Ticket ticket, String agent) {
    return tickets.history(ticket.id()).stream()
        .anyMatch(
            e ->
                !CALLBACK_STEPS.contains(e.action())
                    && e.action() != TicketAction.REVISITED
                    && e.actor() != null
                    && agent.equals(e.actor().username()));
  }

  private static String unitOf(Ticket t) {
    return t.ownerUnit() == null ? null : t.ownerUnit().code();
  }
}
