package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline.domain.model.ranking.Attribution;
import org.hotline.domain.model.ranking.Measure;
import org.hotline.domain.model.ranking.MonthlyTallies;
import org.hotline.domain.model.ranking.NumberedOutcome;
import org.hotline.domain.model.ranking.RankingPublication;
import org.hotline.domain.model.ranking.RankingRepository;
import org.hotline.domain.model.ranking.RankingRules;
import org.hotline.domain.model.ranking.RankingTally;
import org.hotline.domain.model.ranking.SelfExamination;
import org.hotline.domain.model.ranking.TicketOutcome;
import org.hotline.domain.model.ranking.UnitTally;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEvent;

/**
 * The rankings' facts in JPA. A month's live tallies are its rows of the monthly summary {@code
 * ranking_tally} (one per unit, kept in step by {@link #follow}); the recount of a period (for a
 * publication) is three grouped queries over {@code ticket_outcome}, each on an index that starts
 * with the instant it filters on (due, callback, re-visit), so its cost grows with the period's
 * tickets, not with the years kept.
 */
@ApplicationScoped
public class JpaRankingRepository implements RankingRepository {

  private static final String REACHED =
      "o.callbackResult IN (org.hotline.domain.model.ticket.CallbackResult.SATISFIED, "
          + "org.hotline.domain.model.ticket.CallbackResult.BASICALLY_SATISFIED, "
          + "org.hotline.domain.model.ticket.CallbackResult.DISSATISFIED)";
  private static final String SATISFIED =
      "o.callbackResult IN (org.hotline.domain.model.ticket.CallbackResult.SATISFIED, "
          + "org.hotline.domain.model.ticket.CallbackResult.BASICALLY_SATISFIED)";
  private static final String REVISIT_SATISFIED =
      "o.revisitResult IN ("
          + "org.hotline.domain.model.ticket.CallbackResult.SATISFIED, "
          + "org.hotline.domain.model.ticket.CallbackResult.BASICALLY_SATISFIED)";

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @jakarta.ejb.EJB private RankingTallyRows tallyRows;

  @Override
  public List<UnitTally> tallies(Instant from, Instant to, Attribution attribution) {
    String unit = unitField(attribution);
    Map<String, UnitTally> byUnit = new LinkedHashMap<>();
    for (Object[] r :
        rows(
            "SELECT "
                + unit
                + ", COUNT(o), "
                + "SUM(CASE WHEN o.repliedAt IS NOT NULL AND o.repliedAt <= o.dueAt THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN o.closedAt IS NOT NULL AND o.closedAt < :to THEN 1 ELSE 0 END) "
                + "FROM TicketOutcome o WHERE o.dueAt >= :from AND o.dueAt < :to AND o.merged = false AND o.excluded = false GROUP BY "
                + unit,
            from,
            to)) {
      merge(byUnit, new UnitTally((String) r[0], n(r[1]), n(r[2]), n(r[3]), 0, 0, 0, 0, 0, 0));
    }
    for (Object[] r :
        rows(
            "SELECT "
                + unit
                + ", "
                + "SUM(CASE WHEN o.callbackResult = org.hotline.domain.model.ticket.CallbackResult.SATISFIED THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN o.callbackResult = org.hotline.domain.model.ticket.CallbackResult.BASICALLY_SATISFIED THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN o.callbackResult = org.hotline.domain.model.ticket.CallbackResult.DISSATISFIED THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN o.callbackResult = org.hotline.domain.model.ticket.CallbackResult.UNREACHABLE THEN 1 ELSE 0 END) "
                + "FROM TicketOutcome o WHERE o.callbackAt >= :from AND o.callbackAt < :to AND o.merged = false AND o.excluded = false GROUP BY "
                + unit,
            from,
            to)) {
      merge(
          byUnit, new UnitTally((String) r[0], 0, 0, 0, n(r[1]), n(r[2]), n(r[3]), n(r[4]), 0, 0));
    }
    for (Object[] r :
        rows(
            "SELECT "
                + unit
                + ", COUNT(o), "
                + "SUM(CASE WHEN "
                + REVISIT_SATISFIED
                + " THEN 1 ELSE 0 END) "
                + "FROM TicketOutcome o WHERE o.revisitAt >= :from AND o.revisitAt < :to AND o.merged = false AND o.excluded = false GROUP BY "
                + unit,
            from,
            to)) {
      merge(byUnit, new UnitTally((String) r[0], 0, 0, 0, 0, 0, 0, 0, n(r[1]), n(r[2])));
    }
    return new ArrayList<>(byUnit.values());
  }

  @Override
  public List<NumberedOutcome> outcomes(
      String unitCode,
      Instant from,
      Instant to,
      Attribution attribution,
      Measure measure,
      boolean numerator,
      int limit) {
    String where =
        switch (measure) {
          case REPLY ->
              "o.dueAt >= :from AND o.dueAt < :to"
                  + (numerator ? " AND o.repliedAt IS NOT NULL AND o.repliedAt <= o.dueAt" : "");
          case CLOSURE ->
              "o.dueAt >= :from AND o.dueAt < :to"
                  + (numerator ? " AND o.closedAt IS NOT NULL AND o.closedAt < :to" : "");
          case SATISFACTION ->
              "o.callbackAt >= :from AND o.callbackAt < :to AND "
                  + (numerator ? SATISFIED : REACHED);
          case REVISIT ->
              "o.revisitAt >= :from AND o.revisitAt < :to"
                  + (numerator ? " AND " + REVISIT_SATISFIED : "");
        };
    return numbered(
        em.createQuery(
                NUMBERED
                    + unitField(attribution)
                    + " = :unit AND o.merged = false AND o.excluded = false AND "
                    + where
                    + " ORDER BY o.ticketId",
                Object[].class)
            .setParameter("unit", unitCode)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(limit)
            .getResultList());
  }

  @Override
  public List<NumberedOutcome> unitMonthPage(
      String unitCode,
      Instant from,
      Instant to,
      Attribution attribution,
      long afterTicketId,
      int size) {
    return numbered(
        em.createQuery(
                NUMBERED
                    + unitField(attribution)
                    + " = :unit"
                    + " AND o.merged = false AND o.excluded = false AND o.ticketId > :after AND (o.dueAt >= :from AND o.dueAt < :to"
                    + " OR o.callbackAt >= :from AND o.callbackAt < :to AND "
                    + REACHED
                    + ") ORDER BY o.ticketId",
                Object[].class)
            .setParameter("unit", unitCode)
            .setParameter("after", afterTicketId)
            .setParameter("from", from)
            .setParameter("to", to)
            .setMaxResults(size)
            .getResultList());
  }

  /** Outcomes joined to their tickets' numbers; a WHERE condition follows. */
  private static final String NUMBERED =
      "SELECT o, t.number FROM TicketOutcome o JOIN Ticket t ON t.id = o.ticketId WHERE ";

  private static List<NumberedOutcome> numbered(List<Object[]> rows) {
    List<NumberedOutcome> result = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      result.add(new NumberedOutcome((TicketOutcome) r[0], (String) r[1]));
    }
    return result;
  }

  @Override
  public RankingRules latestRules() {
    return em.createNamedQuery("RankingRules.latest", RankingRules.class)
        .setMaxResults(1)
        .getSingleResult();
  }

  @Override
  public Optional<RankingRules> rules(int version) {
    return Optional.ofNullable(em.find(RankingRules.class, version));
  }

  @Override
  public void add(RankingRules rules) {
    em.persist(rules);
    em.flush();
  }

  @Override
  public List<RankingPublication> publications(String month) {
    return em.createNamedQuery("RankingPublication.ofMonth", RankingPublication.class)
        .setParameter("month", month)
        .getResultList();
  }

  @Override
  public List<RankingPublication> latestPublications(List<String> months) {
    if (months.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("RankingPublication.latestOfMonths", RankingPublication.class)
        .setParameter("months", months)
        .getResultList();
  }

  @Override
  public Map<String, Long> latestPublicationIds(List<String> months) {
    Map<String, Long> ids = new LinkedHashMap<>();
    if (!months.isEmpty()) {
      for (Object[] row :
          em.createNamedQuery("RankingPublication.latestIdsOfMonths", Object[].class)
              .setParameter("months", months)
              .getResultList()) {
        ids.put((String) row[1], (Long) row[0]);
      }
    }
    return ids;
  }

  @Override
  public Optional<RankingPublication> publication(long id) {
    return Optional.ofNullable(em.find(RankingPublication.class, id));
  }

  @Override
  public List<Object[]> publishedMonths() {
    return em.createNamedQuery("RankingPublication.months", Object[].class).getResultList();
  }

  @Override
  public void add(RankingPublication publication) {
    em.persist(publication);
    // the unique (month, version) key decides a race between two publishers here, not at commit
    em.flush();
  }

  @Override
  public List<SelfExamination> selfExaminations(String month) {
    return em.createNamedQuery("SelfExamination.ofMonth", SelfExamination.class)
        .setParameter("month", month)
        .getResultList();
  }

  @Override
  public void add(SelfExamination examination) {
    em.persist(examination);
  }

  @Override
  public List<UnitTally> monthTallies(YearMonth month, Attribution attribution) {
    return em
        .createNamedQuery("RankingTally.ofMonth", RankingTally.class)
        .setParameter("month", month.toString())
        .setParameter("attribution", attribution)
        .getResultList()
        .stream()
        .map(RankingTally::tally)
        .filter(t -> !MonthlyTallies.isZero(t))
        .toList();
  }

  /**
   * Applies the event to the ticket's outcome and the outcome's change to the monthly summary
   * ({@link MonthlyTallies#change}), rows in key order; a row met for the first time is created in
   * a transaction of its own ({@link RankingTallyRows}) and then incremented here.
   */
  @Override
  public void follow(Ticket ticket, TicketEvent event) {
    if (!TicketOutcome.concerns(event)) {
      return;
    }
    TicketOutcome current = em.find(TicketOutcome.class, ticket.id());
    MonthlyTallies.Facts before = current == null ? null : current.facts();
    TicketOutcome next = TicketOutcome.follow(current, ticket, event);
    if (next != null && current == null) {
      em.persist(next);
    }
    applyChange(before, next == null ? null : next.facts());
  }

  /**
   * Takes the ticket out of the monthly summary and every recount ({@link TicketOutcome#exclude}),
   * whatever its state; nothing when the ticket has no outcome or is out already.
   */
  @Override
  public void exclude(Ticket ticket) {
    TicketOutcome current = em.find(TicketOutcome.class, ticket.id());
    if (current == null || current.excluded()) {
      return;
    }
    MonthlyTallies.Facts before = current.facts();
    current.exclude();
    applyChange(before, current.facts());
  }

  private void applyChange(MonthlyTallies.Facts before, MonthlyTallies.Facts after) {
    for (var change : MonthlyTallies.change(before, after)) {
      if (increment(change.getKey(), change.getValue()) == 0) {
        try {
          tallyRows.create(change.getKey());
        } catch (jakarta.ejb.EJBException raced) {
          // another transaction created the row first: it exists now
        }
        if (increment(change.getKey(), change.getValue()) != 1) {
          throw new IllegalStateException("no summary row " + change.getKey());
        }
      }
    }
  }

  private int increment(MonthlyTallies.Key key, UnitTally by) {
    return em.createNamedQuery("RankingTally.increment")
        .setParameter("month", key.month())
        .setParameter("attribution", key.attribution())
        .setParameter("unit", key.unitCode())
        .setParameter("due", by.due())
        .setParameter("onTime", by.repliedOnTime())
        .setParameter("closed", by.closed())
        .setParameter("satisfied", by.satisfied())
        .setParameter("basically", by.basicallySatisfied())
        .setParameter("dissatisfied", by.dissatisfied())
        .setParameter("unreachable", by.unreachable())
        .setParameter("revisits", by.revisits())
        .setParameter("revisitsSatisfied", by.revisitsSatisfied())
        .executeUpdate();
  }

  private List<Object[]> rows(String jpql, Instant from, Instant to) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private static String unitField(Attribution attribution) {
    return attribution == Attribution.FIRST_UNIT ? "o.firstUnitCode" : "o.unitCode";
  }

  private static void merge(Map<String, UnitTally> byUnit, UnitTally t) {
    byUnit.merge(t.unitCode(), t, UnitTally::plus);
  }

  private static long n(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}
