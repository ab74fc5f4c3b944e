package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingEvent;
import org.hotline.domain.model.rating.RatingFlag;
import org.hotline.domain.model.rating.RatingFlagKind;
import org.hotline.domain.model.rating.RatingRepository;

/** JPA repository of ratings (评价) and their history. */
@ApplicationScoped
public class JpaRatingRepository implements RatingRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

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
  public List<Rating> ofUnit(List<String> unitCode, Instant from, Instant to, int max) {
    String unit = unitCode == null ? "" : " AND r.target.unit.code IN :unit";
    var q =
        em.createQuery(
                "SELECT r FROM Rating r JOIN FETCH r.target WHERE r.ratedAt >= :from AND r.ratedAt < :to"
                    + unit
                    + " ORDER BY r.ratedAt DESC, r.id DESC",
                Rating.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(max);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    return q.getResultList();
  }

  @Override
  public List<RatingEvent> history(Long ratingId) {
    return em.createQuery(
            "SELECT e FROM RatingEvent e WHERE e.rating.id = :id ORDER BY e.occurredAt, e.id",
            RatingEvent.class)
        .setParameter("id", ratingId)
        .getResultList();
  }

  @Override
  public List<long[]> countsPerTarget(List<String> unitCode, Instant from, Instant to) {
    String unit = unitCode == null ? "" : " AND r.target.unit.code IN :unit";
    var q =
        em.createQuery(
                "SELECT r.target.id, COUNT(r),"
                    + " SUM(CASE WHEN r.dissatisfied = false THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.excluded = true THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.excluded = true AND r.dissatisfied = false THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.dissatisfied = true THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.verified = true THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.verified = true AND r.excluded = false THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.verified = true AND r.excluded = false"
                    + " AND r.dissatisfied = false THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.flagged = true THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN r.dissatisfied = true AND k.status = :closed"
                    + " THEN 1 ELSE 0 END)"
                    + " FROM Rating r LEFT JOIN Ticket k ON k.id = r.ticketId"
                    + " WHERE r.ratedAt >= :from AND r.ratedAt < :to"
                    + unit
                    + " GROUP BY r.target.id",
                Object[].class)
            .setParameter("closed", org.hotline.domain.model.ticket.TicketStatus.CLOSED)
            .setParameter("from", from)
            .setParameter("to", to);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    return q.getResultList().stream()
        .map(
            row -> {
              long[] out = new long[row.length];
              for (int i = 0; i < row.length; i++) {
                out[i] = ((Number) row[i]).longValue();
              }
              return out;
            })
        .toList();
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
      List<String> unitCode, Instant from, Instant to, RatingFlagKind kind, int max) {
    // strict JPA: a fetch join has no alias, so the rating is reached by its path
    String unit = unitCode == null ? "" : " AND f.rating.target.unit.code IN :unit";
    String k = kind == null ? "" : " AND f.kind = :kind";
    var q =
        em.createQuery(
                "SELECT f FROM RatingFlag f JOIN FETCH f.rating"
                    + " WHERE f.rating.ratedAt >= :from AND f.rating.ratedAt < :to"
                    + unit
                    + k
                    + " ORDER BY f.rating.ratedAt DESC, f.rating.id DESC, f.id",
                RatingFlag.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(max);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    if (kind != null) {
      q.setParameter("kind", kind);
    }
    return q.getResultList();
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
