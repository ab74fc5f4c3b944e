package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.shared.MonthKey;
import org.hotline.domain.model.sms.MatterType;
import org.hotline.domain.model.sms.SmsSurvey;
import org.hotline.domain.model.sms.SmsSurveyRepository;
import org.hotline.domain.model.sms.SurveyCounts;
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

  @jakarta.inject.Inject private SummaryRows summary;

  @jakarta.inject.Inject private SummaryRowCreator rows;

  /** The row lock of one number (migration V37). */
  private static final String NUMBER_TABLE = "sms_survey_number";

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
  @SuppressWarnings("unchecked")
  public List<SurveyTally> tally(Instant from, Instant to) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT unit_code, surveys, sent, answered, satisfied, dissatisfied, unparseable,"
                    + " failed, skipped, skipped_too_old FROM sms_survey_month WHERE month_key = ?1"
                    + " AND (surveys > 0 OR skipped > 0 OR skipped_too_old > 0) ORDER BY unit_code")
            .setParameter(1, MonthKey.of(from))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new SurveyTally(
                    (String) r[0],
                    n(r[1]),
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    n(r[6]),
                    n(r[7]),
                    n(r[8]),
                    n(r[9])))
        .toList();
  }

  @Override
  public void counted(SmsSurvey survey, SurveyCounts before) {
    SurveyCounts d = SurveyCounts.of(survey).minus(before);
    summary.add(
        "sms_survey_month",
        List.of("month_key", "unit_code"),
        List.of(MonthKey.of(survey.queuedAt()), survey.unitCode()),
        List.of(
            "surveys",
            "sent",
            "answered",
            "satisfied",
            "dissatisfied",
            "unparseable",
            "failed",
            "skipped",
            "skipped_too_old"),
        List.of(
            d.surveys(),
            d.sent(),
            d.answered(),
            d.satisfied(),
            d.dissatisfied(),
            d.unparseable(),
            d.failed(),
            d.skipped(),
            d.skippedTooOld()));
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  @Override
  public boolean surveyedSince(String phoneE164, Instant since) {
    // index ix_sms_survey_phone (phone_e164, queued_at)
    return !em.createQuery(
            "SELECT s.id FROM SmsSurvey s WHERE s.phoneE164 = :p AND s.queuedAt >= :since"
                + " AND s.status <> :skipped",
            Long.class)
        .setParameter("p", phoneE164)
        .setParameter("since", since)
        .setParameter("skipped", SurveyStatus.SKIPPED)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public void lockNumber(String phoneE164) {
    if (!lockedRow(phoneE164)) {
      // a new number: its row is inserted in a transaction of its own (two first writers cannot
      // both insert it; the loser finds it), then locked here
      rows.ensure(NUMBER_TABLE, List.of("phone_e164"), List.of(phoneE164));
      if (!lockedRow(phoneE164)) {
        throw new IllegalStateException("no " + NUMBER_TABLE + " row for " + phoneE164);
      }
    }
  }

  private boolean lockedRow(String phoneE164) {
    var query =
        em.createNativeQuery(
            "SELECT phone_e164 FROM " + NUMBER_TABLE + " WHERE phone_e164 = ?1 FOR UPDATE");
    // only this table is read: keeps Hibernate from flushing anything else first
    query.unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace(NUMBER_TABLE);
    return !query.setParameter(1, phoneE164).getResultList().isEmpty();
  }
}
