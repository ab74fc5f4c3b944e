package org.hotline.application.sms;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.hotline.application.callback.ServiceRecordAccepted;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.sms.MatterType;
import org.hotline.domain.model.sms.SmsSurvey;
import org.hotline.domain.model.sms.SmsSurveyRepository;
import org.hotline.domain.model.sms.SurveyCounts;
import org.hotline.domain.model.sms.SurveyEvent;
import org.hotline.domain.model.sms.SurveyEventKind;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEventAppended;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.user.UserRepository;

/**
 * 调查入队: puts a survey in the outbox, inside the transaction that closed the ticket or stored the
 * service record (so a rolled-back closure queues nothing, and a committed one cannot lose it).
 *
 * <p>Who is surveyed: the caller of a ticket that reaches CLOSED (by the centre's approval or a
 * direct answer), and the caller of every call merged into it, each number once per closure; the
 * citizen of a new service record. Who is not: a confidential caller (保密: an SMS could reveal the
 * call to whoever holds the phone; the callback centre reaches them as they asked), a number that
 * is not a mobile (a landline cannot receive it), a matter already surveyed (a ticket closed again
 * after rectification, a re-sent record).
 */
@ApplicationScoped
public class SurveyQueue {

  private static final Logger LOG = Logger.getLogger(SurveyQueue.class.getName());
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  @Inject private SmsSurveyRepository surveys;

  @Inject private TicketRepository tickets;

  @Inject private UserRepository users;

  /**
   * A ticket reached CLOSED: survey its caller and the callers of its merged calls. Not the logging
   * of a dissatisfied QR rating (扫码评警, closed at once): the rating is the answer.
   */
  void ticketClosed(@Observes TicketEventAppended appended) {
    if (appended.event().toStatus() != TicketStatus.CLOSED
        || appended.event().fromStatus() == TicketStatus.CLOSED
        || (appended.ticket().channel() == org.hotline.domain.model.ticket.Channel.QR_RATING
            && appended.event().action()
                == org.hotline.domain.model.ticket.TicketAction.ANSWERED_DIRECTLY)) {
      return;
    }
    Ticket main = appended.ticket();
    String unitCode = unitOf(main);
    Set<String> numbers = new HashSet<>();
    queueTicket(main, unitCode, numbers);
    List<Ticket> merged = tickets.mergedInto(main.id());
    for (Ticket call : merged) {
      queueTicket(call, unitCode, numbers);
    }
  }

  /**
   * A new service record (110 incident, window service): survey the citizen; a record older than
   * {@link SurveyAge} is kept but its survey is SKIPPED ({@link SurveyAge#OLD_MATTER}).
   */
  void serviceRecordAccepted(@Observes ServiceRecordAccepted record) {
    String phone = mobile(record.citizenPhoneE164());
    if (phone == null || record.unitCode() == null) {
      return;
    }
    Instant now = BusinessTime.now();
    queue(
        new SmsSurvey(
            MatterType.SERVICE_RECORD,
            record.serviceRecordId(),
            phone,
            record.unitCode(),
            record.officerBadge(),
            SurveyTexts.forServiceRecord(),
            now),
        SurveyAge.tooOld(record.occurredAt(), now) ? SurveyAge.OLD_MATTER : null);
  }

  private void queueTicket(Ticket ticket, String unitCode, Set<String> numbersOfThisClosure) {
    String phone = mobile(ticket.caller().phoneE164());
    if (ticket.caller().confidential() || phone == null || !numbersOfThisClosure.add(phone)) {
      return;
    }
    queue(
        new SmsSurvey(
            MatterType.TICKET,
            ticket.id(),
            phone,
            unitCode,
            null,
            SurveyTexts.forTicket(),
            BusinessTime.now()),
        null);
  }

  /**
   * Stores the survey, SKIPPED with {@code skipReason} when given, or with {@link
   * SurveyLimit#RECENT_SURVEY} when the number had one within the interval. The number's row is
   * locked first ({@link SmsSurveyRepository#lockNumber}), so that of two closures or service
   * records of one number at the same moment exactly one is sent: the second waits for the first to
   * commit, then finds its survey within the interval.
   */
  private void queue(SmsSurvey survey, String skipReason) {
    // one survey per number within the interval (SurveyLimit): a later one is kept, not sent
    String reason = skipReason;
    if (reason == null) {
      Instant since = SurveyLimit.since(survey.queuedAt());
      if (since != null) {
        surveys.lockNumber(survey.phoneE164());
        if (surveys.surveyedSince(survey.phoneE164(), since)) {
          reason = SurveyLimit.RECENT_SURVEY;
        }
      }
    }
    boolean skipped = reason != null;
    if (skipped) {
      survey.skip(reason);
    }
    String why = reason;
    if (surveys.addIfAbsent(survey)) {
      surveys.counted(survey, SurveyCounts.NONE);
      surveys.addEvent(
          new SurveyEvent(survey.id(), SurveyEventKind.QUEUED, survey.queuedAt(), null, null));
      if (skipped) {
        surveys.addEvent(
            new SurveyEvent(survey.id(), SurveyEventKind.SKIPPED, survey.queuedAt(), why, null));
      }
      LOG.fine(
          () ->
              "SMS survey "
                  + survey.id()
                  + " queued for "
                  + survey.matterType()
                  + " "
                  + survey.matterId());
    }
  }

  /**
   * Locks the rows of these numbers in a fixed order (sorted), before a batch of service records
   * queues their surveys one by one: two batches that hold the same numbers in another order then
   * wait for each other instead of deadlocking. Does nothing when there is no interval limit.
   *
   * @param phonesE164 the batch's normalized numbers (null and non-mobile entries are ignored)
   */
  public void lockNumbers(java.util.Collection<String> phonesE164) {
    if (SurveyLimit.since(BusinessTime.now()) == null) {
      return;
    }
    phonesE164.stream()
        .filter(java.util.Objects::nonNull)
        .map(SurveyQueue::mobile)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .sorted()
        .forEach(surveys::lockNumber);
  }

  /**
   * The unit answerable for the ticket: its owner, or for a direct answer the operator's unit (the
   * centre).
   */
  private String unitOf(Ticket ticket) {
    if (ticket.ownerUnit() != null) {
      return ticket.ownerUnit().code();
    }
    return users
        .findByUsername(ticket.createdBy())
        .map(u -> u.unit() == null ? null : u.unit().code())
        .orElse("UNKNOWN");
  }

  /** The number when it is a valid mobile in E.164, else null. */
  static String mobile(String e164) {
    if (e164 == null || e164.isBlank()) {
      return null;
    }
    try {
      var number = PHONES.parse(e164, "CN");
      PhoneNumberType type = PHONES.getNumberType(number);
      boolean mobile =
          type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE;
      return mobile && PHONES.isValidNumber(number) ? e164 : null;
    } catch (NumberParseException e) {
      return null;
    }
  }
}
