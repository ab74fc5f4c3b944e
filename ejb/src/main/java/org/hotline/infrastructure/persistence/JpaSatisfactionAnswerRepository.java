package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hotline.domain.model.satisfaction.SatisfactionAnswer;
import org.hotline.domain.model.satisfaction.SatisfactionAnswerRepository;

/** JPA repository of the provenance records of satisfaction answers (满意度答复来源). */
@ApplicationScoped
public class JpaSatisfactionAnswerRepository implements SatisfactionAnswerRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public void saveOnce(SatisfactionAnswer answer) {
    if (find(answer.channel(), answer.sourceId()).isEmpty()) {
      em.persist(answer);
    }
  }

  @Override
  public Optional<SatisfactionAnswer> find(String channel, Long sourceId) {
    return em.createQuery(
            "SELECT a FROM SatisfactionAnswer a WHERE a.channel = :c AND a.sourceId = :s",
            SatisfactionAnswer.class)
        .setParameter("c", channel)
        .setParameter("s", sourceId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Object[]> countsPerChannel(List<String> unitCode, Instant from, Instant to) {
    String unit = unitCode == null ? "" : " AND a.unitCode IN :unit";
    var q =
        em.createQuery(
                "SELECT a.channel, COUNT(a), SUM(CASE WHEN a.satisfied = true THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN a.verified = true THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN a.verified = true AND a.satisfied = true THEN 1 ELSE 0 END)"
                    + " FROM SatisfactionAnswer a WHERE a.excluded = false"
                    + " AND a.answeredAt >= :from AND a.answeredAt < :to"
                    + unit
                    + " GROUP BY a.channel",
                Object[].class)
            .setParameter("from", from)
            .setParameter("to", to);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
    return q.getResultList();
  }
}
