package org.hotline.application.sms;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.sms.SmsSurvey;
import org.hotline.domain.model.sms.SmsSurveyRepository;
import org.hotline.domain.model.sms.SurveyEvent;
import org.hotline.domain.model.sms.SurveyEventKind;

/**
 * 发件箱: the transactions around one submit, each committed on its own. {@link #claim} marks the
 * survey SENDING and commits <em>before</em> the submit; {@link #record} stores the outcome after
 * it. A crash between the two leaves SENDING, which {@link #recoverInterrupted} turns into
 * SEND_UNCERTAIN at the next start: never sent again automatically (at most once: a citizen is
 * never asked twice; the rare uncertain message shows in the figures as failed and in its events).
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SurveyOutbox {

  /** What the sender needs to submit one claimed survey. */
  public record Claimed(Long surveyId, String phoneE164, String text) {}

  @Inject private SmsSurveyRepository surveys;

  /** Ids of QUEUED surveys due now, oldest first. */
  public List<Long> due(int limit) {
    return surveys.dueIds(BusinessTime.now(), limit);
  }

  /** Takes a QUEUED survey for sending (row locked; empty when another sender took it). */
  public Optional<Claimed> claim(Long surveyId) {
    Optional<SmsSurvey> locked = surveys.lock(surveyId);
    if (locked.isEmpty() || !locked.get().claim()) {
      return Optional.empty();
    }
    SmsSurvey s = locked.get();
    surveys.addEvent(
        new SurveyEvent(
            s.id(),
            SurveyEventKind.SUBMIT_ATTEMPT,
            BusinessTime.now(),
            "attempt " + s.attempts(),
            null));
    return Optional.of(new Claimed(s.id(), s.phoneE164(), s.messageText()));
  }

  /** Stores the outcome of the submit of a claimed survey. */
  public void record(Long surveyId, SubmitOutcome outcome, OutboxPolicy policy) {
    SmsSurvey s = surveys.lock(surveyId).orElseThrow();
    Instant now = BusinessTime.now();
    switch (outcome.kind()) {
      case ACCEPTED -> {
        s.submitted(outcome.messageId(), now);
        event(s, SurveyEventKind.SUBMITTED, now, "message id " + outcome.messageId());
      }
      case UNREACHABLE -> {
        Instant retryAt = policy.retryAt(s.attempts(), now);
        s.refused(outcome.reason(), retryAt);
        event(s, SurveyEventKind.SUBMIT_REFUSED, now, "SMSC unreachable: " + outcome.reason());
        event(s, SurveyEventKind.RETRY_SCHEDULED, now, retryAt.toString());
      }
      case REFUSED -> {
        long refusals =
            surveys.events(s.id()).stream()
                    .filter(
                        e ->
                            e.kind() == SurveyEventKind.SUBMIT_REFUSED
                                && !e.detail().startsWith("SMSC unreachable"))
                    .count()
                + 1;
        Instant retryAt =
            refusals >= policy.maxRefusals() ? null : policy.retryAt(s.attempts(), now);
        s.refused(outcome.reason(), retryAt);
        event(s, SurveyEventKind.SUBMIT_REFUSED, now, outcome.reason());
        event(
            s,
            retryAt == null ? SurveyEventKind.GAVE_UP : SurveyEventKind.RETRY_SCHEDULED,
            now,
            retryAt == null ? refusals + " refusals" : retryAt.toString());
      }
      case UNCERTAIN -> {
        s.uncertain(outcome.reason());
        event(s, SurveyEventKind.SEND_UNCERTAIN, now, outcome.reason());
      }
    }
  }

  /**
   * At start-up: surveys left SENDING by a crash become SEND_UNCERTAIN (not resent). Returns how
   * many.
   */
  public int recoverInterrupted() {
    List<SmsSurvey> stuck = surveys.sending();
    Instant now = BusinessTime.now();
    for (SmsSurvey s : stuck) {
      s.uncertain("interrupted while sending (server stopped between claim and outcome)");
      event(s, SurveyEventKind.SEND_UNCERTAIN, now, s.lastError());
    }
    return stuck.size();
  }

  private void event(SmsSurvey s, SurveyEventKind kind, Instant now, String detail) {
    surveys.addEvent(new SurveyEvent(s.id(), kind, now, detail, null));
  }
}
