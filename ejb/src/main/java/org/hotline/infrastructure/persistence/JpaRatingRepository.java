package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingEvent;
import org.hotline.domain.model.rating.RatingFlag;
import org.hotline.domain.model.rating.RatingFlagKind;
import org.hotline.domain.model.rating.RatingRepository;
import org.hotline.domain.model.rating.RatingTally;
import org.hotline.domain.model.shared.BusinessTime;

/** JPA repository of ratings (评价) and their history. */
@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @jakarta.inject.Inject private SummaryRows summary;

  @Override
  public void save(Rating rating) {
    em.persist(rating);
  }

  @Override
  public void save(RatingEvent event) {
    em.persist(event);
  }

  @Override
  public void save(org.hotline.domain.model.rating.RatingInvitation invitation) {
    em.persist(invitation);
  }

  @Override
  public Optional<org.hotline.domain.model.rating.RatingInvitation> invitationByToken(
      String token) {
    return em.createNamedQuery(
            "RatingInvitation.byToken", org.hotline.domain.model.rating.RatingInvitation.class)
        .setParameter("token", token)
        .getResultStream()
        .filter(i -> i.token().equals(token))
        .findFirst();
  }

  @Override
  public boolean invitationUsed(Long invitationId) {
    return !em.createQuery("SELECT r.id FROM Rating r WHERE r.invitation.id = :id", Long.class)
        .setParameter("id", invitationId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Rating> find(Long id) {
    return Optional.ofNullable(em.find(Rating.class, id));
  }

  @Override
  public Optional<Rating> findForUpdate(Long id) {
    return Optional.ofNullable(
        id == null ? null : em.find(Rating.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void lock(org.hotline.domain.model.rating.RatingInvitation invitation) {
    em.lock(invitation, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public List<Rating> batch(Instant from, Instant to, long afterId, int max) {
    return em.createQuery(
            "SELECT r FROM Rating r WHERE r.ratedAt >= :from AND r.ratedAt < :to AND r.id > :after"
                + " ORDER BY r.id",
            Rating.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("after", afterId)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<org.hotline.domain.model.rating.RatingInvitation> invitationsOf(
      Long serviceRecordId) {
    return em.createQuery(
            "SELECT i FROM RatingInvitation i WHERE i.serviceRecord.id = :id ORDER BY i.id",
            org.hotline.domain.model.rating.RatingInvitation.class)
        .setParameter("id", serviceRecordId)
        .getResultList();
  }

  @Override
  public List<Rating> ofUnit(List<String> unitCode, Instant from, Instant to, long first, int max) {
    String unit = unitCode == null ? "" : " AND r.target.unit.code IN :unit";
    var q =
        em.createQuery(
                "SELECT r FROM Rating r JOIN FETCH r.target WHERE r.ratedAt >= :from AND r.ratedAt < :to"
                    + unit
                    + " ORDER BY r.ratedAt DESC, r.id DESC",
                Rating.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setFirstResult(Math.toIntExact(first))
            .setMaxResults(max);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    return q.getResultList();
  }

  @Override
  public long countOfUnit(List<String> unitCode, Instant from, Instant to) {
    String unit = unitCode == null ? "" : " AND r.target.unit.code IN :unit";
    var q =
        em.createQuery(
                "SELECT COUNT(r) FROM Rating r WHERE r.ratedAt >= :from AND r.ratedAt < :to" + unit,
                Long.class)
            .setParameter("from", from)
            .setParameter("to", to);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    return q.getSingleResult();
  }

  @Override
  public List<RatingEvent> history(Long ratingId) {
    return em.createQuery(
            "SELECT e FROM RatingEvent e WHERE e.rating.id = :id ORDER BY e.occurredAt, e.id",
            RatingEvent.class)
        .setParameter("id", ratingId)
        .getResultList();
  }

  /**
   * Answered from the monthly summary ({@code rating_month}, one row per month and target: a month
   * of all units reads ≈ 2,400 rows instead of ≈ 78,000 ratings) for every month touched by [from,
   * to) — the statistics ask for whole Asia/Shanghai months — and, for {@code dissatisfiedHandled},
   * the month's dissatisfied ratings (a few per thousand) joined to their tickets (index {@code
   * ix_rating_dissatisfied}): whether a ticket is closed changes with the ticket, not the rating.
   */
  @Override
  public List<long[]> countsPerTarget(List<String> unitCode, Instant from, Instant to) {
    List<Integer> months = new java.util.ArrayList<>();
    java.time.YearMonth last = java.time.YearMonth.from(to.minusNanos(1).atZone(BusinessTime.ZONE));
    for (java.time.YearMonth m = java.time.YearMonth.from(from.atZone(BusinessTime.ZONE));
        !m.isAfter(last);
        m = m.plusMonths(1)) {
      months.add(RatingTally.monthKey(m));
    }
    StringBuilder sql = new StringBuilder("SELECT m.target_id");
    for (String c : RatingTally.COLUMNS) {
      sql.append(", SUM(m.").append(c).append(')');
    }
    sql.append(" FROM rating_month m")
        .append(
            unitCode == null
                ? ""
                : " JOIN rating_target t ON t.id = m.target_id JOIN org_unit u ON u.id = t.unit_id")
        .append(" WHERE m.month_key IN (?1) AND m.ratings > 0")
        .append(unitCode == null ? "" : " AND u.code IN (?2)")
        .append(" GROUP BY m.target_id");
    var q = em.createNativeQuery(sql.toString());
    q.unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("rating_month");
    q.setParameter(1, months);
    if (unitCode != null) {
      q.setParameter(2, unitCode);
    }
    Map<Long, Long> handled = dissatisfiedHandled(unitCode, from, to);
    List<long[]> out = new java.util.ArrayList<>();
    for (Object row : q.getResultList()) {
      Object[] r = (Object[]) row;
      long[] c = new long[r.length + 1];
      for (int i = 0; i < r.length; i++) {
        c[i] = ((Number) r[i]).longValue();
      }
      c[r.length] = handled.getOrDefault(c[0], 0L);
      out.add(c);
    }
    return out;
  }

  /**
   * Per target: the dissatisfied ratings in [from, to) that count (not excluded) whose
   * rectification ticket is closed again after its re-visit (整改已办结).
   */
  private Map<Long, Long> dissatisfiedHandled(List<String> unitCode, Instant from, Instant to) {
    var q =
        em.createQuery(
                "SELECT r.target.id, COUNT(r) FROM Rating r, Ticket k WHERE k.id = r.ticketId"
                    + " AND r.dissatisfied = true AND r.excluded = false AND k.status = :closed"
                    + " AND r.ratedAt >= :from AND r.ratedAt < :to"
                    + (unitCode == null ? "" : " AND r.target.unit.code IN :unit")
                    + " GROUP BY r.target.id",
                Object[].class)
            .setParameter("closed", org.hotline.domain.model.ticket.TicketStatus.CLOSED)
            .setParameter("from", from)
            .setParameter("to", to);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    Map<Long, Long> out = new HashMap<>();
    for (Object[] r : q.getResultList()) {
      out.put((Long) r[0], ((Number) r[1]).longValue());
    }
    return out;
  }

  @Override
  public void keepTally(Rating rating) {
    RatingTally now = RatingTally.of(rating);
    summary.add(
        "rating_month",
        List.of("month_key", "target_id"),
        List.of(now.monthKey(), now.targetId()),
        RatingTally.COLUMNS,
        now.minus(rating.tallied()));
    rating.markTallied();
  }

  @Override
  public void save(RatingFlag flag) {
    em.persist(flag);
  }

  @Override
  public List<Rating> ofTarget(Long targetId, Instant from, Instant to) {
    return between("r.target.id", targetId, from, to, Integer.MAX_VALUE);
  }

  @Override
  public List<Rating> fromDevice(String deviceHash, Instant from, Instant to, int max) {
    return between("r.deviceHash", deviceHash, from, to, max);
  }

  @Override
  public List<Rating> fromPhone(String phoneE164, Instant from, Instant to, int max) {
    return between("r.phoneE164", phoneE164, from, to, max);
  }

  /** The ratings whose {@code path} equals {@code value} in [from, to), oldest first. */
  private List<Rating> between(String path, Object value, Instant from, Instant to, int max) {
    return em.createQuery(
            "SELECT r FROM Rating r WHERE "
                + path
                + " = :v AND r.ratedAt >= :from AND r.ratedAt < :to ORDER BY r.ratedAt, r.id",
            Rating.class)
        .setParameter("v", value)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public List<RatingFlag> flagsOf(Long ratingId) {
    return em.createQuery(
            "SELECT f FROM RatingFlag f WHERE f.rating.id = :id ORDER BY f.id", RatingFlag.class)
        .setParameter("id", ratingId)
        .getResultList();
  }

  @Override
  public List<RatingFlag> flags(
      List<String> unitCode, Instant from, Instant to, RatingFlagKind kind, long first, int max) {
    // strict JPA: a fetch join has no alias, so the rating is reached by its path
    var q =
        em.createQuery(
                "SELECT f FROM RatingFlag f JOIN FETCH f.rating"
                    + flagWhere(unitCode, kind)
                    + " ORDER BY f.rating.ratedAt DESC, f.rating.id DESC, f.id",
                RatingFlag.class)
            .setFirstResult(Math.toIntExact(first))
            .setMaxResults(max);
    flagParameters(q, unitCode, from, to, kind);
    return q.getResultList();
  }

  @Override
  public long countFlags(List<String> unitCode, Instant from, Instant to, RatingFlagKind kind) {
    var q =
        em.createQuery("SELECT COUNT(f) FROM RatingFlag f" + flagWhere(unitCode, kind), Long.class);
    flagParameters(q, unitCode, from, to, kind);
    return q.getSingleResult();
  }

  private static String flagWhere(List<String> unitCode, RatingFlagKind kind) {
    return " WHERE f.rating.ratedAt >= :from AND f.rating.ratedAt < :to"
        + (unitCode == null ? "" : " AND f.rating.target.unit.code IN :unit")
        + (kind == null ? "" : " AND f.kind = :kind");
  }

  private static void flagParameters(
      jakarta.persistence.TypedQuery<?> q,
      List<String> unitCode,
      Instant from,
      Instant to,
      RatingFlagKind kind) {
    q.setParameter("from", from).setParameter("to", to);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    if (kind != null) {
      q.setParameter("kind", kind);
    }
  }

  @Override
  public List<RatingFlag> flagsOfMatter(Long serviceRecordId, Long ticketId) {
    return em.createQuery(
            "SELECT f FROM RatingFlag f JOIN FETCH f.rating"
                + " WHERE (f.rating.serviceRecordId = :sr OR f.rating.ticketId = :ticket)"
                + " ORDER BY f.rating.ratedAt DESC, f.id",
            RatingFlag.class)
        .setParameter("sr", serviceRecordId == null ? -1L : serviceRecordId)
        .setParameter("ticket", ticketId == null ? -1L : ticketId)
        .setMaxResults(200)
        .getResultList();
  }

  @Override
  public Optional<Long> serviceRecordNear(Long officerId, Long unitId, Instant from, Instant to) {
    String who = officerId != null ? "s.officer.id = :who" : "s.unit.id = :who";
    return em.createQuery(
            "SELECT s.id FROM ServiceRecord s WHERE "
                + who
                + " AND s.occurredAt >= :from AND s.occurredAt <= :to"
                + " ORDER BY s.occurredAt DESC, s.id DESC",
            Long.class)
        .setParameter("who", officerId != null ? officerId : unitId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
