package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.sms.MatterType;
import org.hotline.domain.model.sms.SmsSurvey;
import org.hotline.domain.model.sms.SmsSurveyRepository;
import org.hotline.domain.model.sms.SurveyAnswer;
import org.hotline.domain.model.sms.SurveyEvent;
import org.hotline.domain.model.sms.SurveyStatus;
import org.hotline.domain.model.sms.SurveyTally;

/** Surveys and their events in {@code sms_survey} / {@code sms_survey_event} (migration V18). */
@ApplicationScoped
public class JpaSmsSurveyRepository implements SmsSurveyRepository {

  private static final List<SurveyStatus> SENT =
      List.of(SurveyStatus.SUBMITTED, SurveyStatus.DELIVERED, SurveyStatus.UNDELIVERED);

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public boolean addIfAbsent(SmsSurvey survey) {
    if (exists(survey.matterType(), survey.matterId())) {
      return false;
    }
    em.persist(survey);
    em.flush();
    return true;
  }

  @Override
  public Optional<SmsSurvey> find(Long id) {
    return Optional.ofNullable(em.find(SmsSurvey.class, id));
  }

  @Override
  public boolean exists(MatterType type, Long matterId) {
    return !em.createQuery(
            "SELECT s.id FROM SmsSurvey s WHERE s.matterType = :t AND s.matterId = :m", Long.class)
        .setParameter("t", type)
        .setParameter("m", matterId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Long> dueIds(Instant now, int limit) {
    return em.createQuery(
            "SELECT s.id FROM SmsSurvey s WHERE s.status = :q AND s.nextAttemptAt <= :now"
                + " ORDER BY s.nextAttemptAt, s.id",
            Long.class)
        .setParameter("q", SurveyStatus.QUEUED)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<SmsSurvey> lock(Long id) {
    return Optional.ofNullable(em.find(SmsSurvey.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public List<SmsSurvey> sending() {
    return em.createQuery("SELECT s FROM SmsSurvey s WHERE s.status = :s", SmsSurvey.class)
        .setParameter("s", SurveyStatus.SENDING)
        .getResultList();
  }

  @Override
  public Optional<SmsSurvey> byMessageId(String messageId) {
    return em.createQuery("SELECT s FROM SmsSurvey s WHERE s.messageId = :m", SmsSurvey.class)
        .setParameter("m", messageId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<SmsSurvey> latestSentTo(String phoneE164) {
    List<Long> ids =
        em.createQuery(
                "SELECT s.id FROM SmsSurvey s WHERE s.phoneE164 = :p AND s.status IN :sent"
                    + " ORDER BY s.submittedAt DESC, s.id DESC",
                Long.class)
            .setParameter("p", phoneE164)
            .setParameter("sent", SENT)
            .setMaxResults(1)
            .getResultList();
    return ids.isEmpty() ? Optional.empty() : lock(ids.get(0));
  }

  @Override
  public List<SmsSurvey> ofTickets(List<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT s FROM SmsSurvey s WHERE s.matterType = :t AND s.matterId IN :ids ORDER BY s.id",
            SmsSurvey.class)
        .setParameter("t", MatterType.TICKET)
        .setParameter("ids", ticketIds)
        .getResultList();
  }

  @Override
  public List<SmsSurvey> ofServiceRecord(Long serviceRecordId) {
    return em.createQuery(
            "SELECT s FROM SmsSurvey s WHERE s.matterType = :t AND s.matterId = :id",
            SmsSurvey.class)
        .setParameter("t", MatterType.SERVICE_RECORD)
        .setParameter("id", serviceRecordId)
        .getResultList();
  }

  @Override
  public boolean addEvent(SurveyEvent event) {
    if (event.dedupeKey() != null
        && !em.createQuery("SELECT e.id FROM SurveyEvent e WHERE e.dedupeKey = :k", Long.class)
            .setParameter("k", event.dedupeKey())
            .setMaxResults(1)
            .getResultList()
            .isEmpty()) {
      return false;
    }
    em.persist(event);
    return true;
  }

  @Override
  public List<SurveyEvent> events(Long surveyId) {
    return em.createQuery(
            "SELECT e FROM SurveyEvent e WHERE e.surveyId = :s ORDER BY e.id", SurveyEvent.class)
        .setParameter("s", surveyId)
        .getResultList();
  }

  @Override
  public List<SurveyTally> tally(Instant from, Instant to) {
    return em
        .createQuery(
            "SELECT s.unitCode, COUNT(s),"
                + " SUM(CASE WHEN s.status IN :sent THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.answer IS NOT NULL THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.answer IN :satisfied THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.answer = :dissatisfied THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.answer = :unparseable THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.status IN :failed THEN 1 ELSE 0 END)"
                + " FROM SmsSurvey s WHERE s.queuedAt >= :from AND s.queuedAt < :to"
                + " GROUP BY s.unitCode ORDER BY s.unitCode",
            Object[].class)
        .setParameter("sent", SENT)
        .setParameter(
            "satisfied", List.of(SurveyAnswer.SATISFIED, SurveyAnswer.BASICALLY_SATISFIED))
        .setParameter("dissatisfied", SurveyAnswer.DISSATISFIED)
        .setParameter("unparseable", SurveyAnswer.UNPARSEABLE)
        .setParameter(
            "failed",
            List.of(SurveyStatus.FAILED, SurveyStatus.UNDELIVERED, SurveyStatus.SEND_UNCERTAIN))
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(
            r ->
                new SurveyTally(
                    (String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])))
        .toList();
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
