package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.rating.Rating;
import org.hotline.domain.model.rating.RatingEvent;
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
  public List<Rating> ofUnit(String unitCode, Instant from, Instant to, int max) {
    String unit = unitCode == null ? "" : " AND r.target.unit.code = :unit";
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
  public List<long[]> countsPerTarget(String unitCode, Instant from, Instant to) {
    String unit = unitCode == null ? "" : " AND r.target.unit.code = :unit";
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
                    + " AND r.dissatisfied = false THEN 1 ELSE 0 END)"
                    + " FROM Rating r WHERE r.ratedAt >= :from AND r.ratedAt < :to"
                    + unit
                    + " GROUP BY r.target.id",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    return q.getResultList().stream()
        .map(
            row -> {
              long[] out = new long[9];
              for (int i = 0; i < 9; i++) {
                out[i] = ((Number) row[i]).longValue();
              }
              return out;
            })
        .toList();
  }
}
