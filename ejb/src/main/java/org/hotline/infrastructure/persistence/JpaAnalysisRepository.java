package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.domain.model.analysis.AnalysisRepository;
import org.hotline.domain.model.analysis.Dimension;
import org.hotline.domain.model.analysis.GroupCount;
import org.hotline.domain.model.ticket.TicketStatus;

/** Grouped counts over {@code ticket} on its creation-time index (ix_ticket_created). */
@ApplicationScoped
public class JpaAnalysisRepository implements AnalysisRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Override
  public List<GroupCount> countBy(Dimension by, Instant from, Instant to, String ownerUnitCode) {
    // grouped by the foreign key alone (no join per ticket row); names are looked up afterwards
    String key =
        switch (by) {
          case CATEGORY -> "t.category.id";
          case AREA -> "t.area.id";
          case UNIT -> "t.ownerUnit.id";
        };
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT "
                + key
                + ", COUNT(t) FROM Ticket t"
                + " WHERE t.createdAt >= :from AND t.createdAt < :to AND t.status <> :merged"
                + " AND t.figuresExcluded = false"
                + (by == Dimension.UNIT ? " AND t.ownerUnit IS NOT NULL" : "")
                + (ownerUnitCode == null ? "" : " AND t.ownerUnit.code = :owner")
                + " GROUP BY "
                + key,
            Object[].class);
    bind(q, from, to, ownerUnitCode);
    List<Object[]> rows = q.getResultList();
    Map<Long, String[]> names = names(by, rows.stream().map(r -> (Long) r[0]).toList());
    return rows.stream()
        .map(
            r -> {
              String[] n = names.getOrDefault((Long) r[0], new String[] {String.valueOf(r[0]), ""});
              return new GroupCount(n[0], n[1], null, null, ((Number) r[1]).longValue());
            })
        .toList();
  }

  /** Code and name of each id of the dimension's reference table (one query). */
  private Map<Long, String[]> names(Dimension by, List<Long> ids) {
    Map<Long, String[]> names = new HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    String entity =
        switch (by) {
          case CATEGORY -> "Category";
          case AREA -> "Area";
          case UNIT -> "Unit";
        };
    for (Object[] r :
        em.createQuery(
                "SELECT e.id, e.code, e.name FROM " + entity + " e WHERE e.id IN :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      names.put((Long) r[0], new String[] {(String) r[1], (String) r[2]});
    }
    return names;
  }

  @Override
  public List<GroupCount> hotspots(Instant from, Instant to, String ownerUnitCode, int limit) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT t.area.code, t.area.name, t.category.code, t.category.name, COUNT(t)"
                + " FROM Ticket t WHERE t.createdAt >= :from AND t.createdAt < :to AND t.status <> :merged"
                + " AND t.figuresExcluded = false"
                + (ownerUnitCode == null ? "" : " AND t.ownerUnit.code = :owner")
                + " GROUP BY t.area.code, t.area.name, t.category.code, t.category.name ORDER BY COUNT(t) DESC",
            Object[].class);
    bind(q, from, to, ownerUnitCode);
    return q.setMaxResults(limit).getResultList().stream()
        .map(
            r ->
                new GroupCount(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    ((Number) r[4]).longValue()))
        .toList();
  }

  @Override
  public List<GroupCount> dissatisfactionByReason(Instant from, Instant to, String unitCode) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "SELECT r, COUNT(o) FROM TicketOutcome o, Ticket t JOIN t.callback.reasons r"
                + " WHERE t.id = o.ticketId AND o.merged = false AND o.excluded = false AND o.callbackResult = :dissatisfied"
                + " AND o.callbackAt >= :from AND o.callbackAt < :to"
                + (unitCode == null ? "" : " AND o.unitCode = :unit")
                + " GROUP BY r",
            Object[].class);
    dissatisfiedParameters(q, from, to, unitCode);
    return q.getResultList().stream()
        .map(
            r ->
                new GroupCount(
                    (String) r[0], (String) r[0], null, null, ((Number) r[1]).longValue()))
        .toList();
  }

  @Override
  public long dissatisfied(Instant from, Instant to, String unitCode) {
    TypedQuery<Long> q =
        em.createQuery(
            "SELECT COUNT(o) FROM TicketOutcome o WHERE o.merged = false AND o.excluded = false"
                + " AND o.callbackResult = :dissatisfied AND o.callbackAt >= :from AND o.callbackAt < :to"
                + (unitCode == null ? "" : " AND o.unitCode = :unit"),
            Long.class);
    dissatisfiedParameters(q, from, to, unitCode);
    return q.getSingleResult();
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<GroupCount> praiseByOfficer(Instant from, Instant to, String unitCode) {
    var q =
        em.createNativeQuery(
            "SELECT o.badge_number, o.name, ou.code, ou.name, COUNT(*) FROM callback_task t"
                + " JOIN officer o ON o.id = t.praised_officer_id JOIN org_unit ou ON ou.id = o.unit_id"
                + " WHERE t.status = 'DONE' AND t.finished_at >= ?1 AND t.finished_at < ?2"
                + (unitCode == null ? "" : " AND ou.code = ?3")
                + " GROUP BY o.badge_number, o.name, ou.code, ou.name");
    q.setParameter(1, from).setParameter(2, to);
    if (unitCode != null) {
      q.setParameter(3, unitCode);
    }
    return ((List<Object[]>) q.getResultList())
        .stream()
            .map(
                r ->
                    new GroupCount(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        ((Number) r[4]).longValue()))
            .toList();
  }

  private static void dissatisfiedParameters(
      TypedQuery<?> q, Instant from, Instant to, String unitCode) {
    q.setParameter("dissatisfied", org.hotline.domain.model.ticket.CallbackResult.DISSATISFIED)
        .setParameter("from", from)
        .setParameter("to", to);
    if (unitCode != null) {
      q.setParameter("unit", unitCode);
    }
  }

  private static void bind(TypedQuery<Object[]> q, Instant from, Instant to, String owner) {
    q.setParameter("from", from).setParameter("to", to).setParameter("merged", TicketStatus.MERGED);
    if (owner != null) {
      q.setParameter("owner", owner);
    }
  }
}
