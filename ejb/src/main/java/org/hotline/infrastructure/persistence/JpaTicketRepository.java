package org.hotline.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketPage;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketSearch;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.ticket.TicketStatusSet;

@ApplicationScoped
public class JpaTicketRepository implements TicketRepository {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  @Inject private TicketNumberBlocks numberBlocks;

  /** Keeps each ticket's 考核口径 (ticket_outcome) in step with its history. */
  @Inject private org.hotline.domain.model.ranking.RankingRepository rankingFacts;

  @Inject private org.hotline.infrastructure.search.TicketFullTextSearch fullText;

  /** Tells observers (callback centre, SMS surveys) that a ticket's history grew. */
  @Inject
  private jakarta.enterprise.event.Event<org.hotline.domain.model.ticket.TicketEventAppended>
      appended;

  @Override
  public Optional<Ticket> find(Long id) {
    return Optional.ofNullable(em.find(Ticket.class, id));
  }

  @Override
  public Optional<Ticket> findForUpdate(Long id) {
    // SELECT ... FOR UPDATE: waits for a transaction that holds the row, then reads it as
    // committed;
    // a ticket already loaded in this transaction is locked with a version check (stale: 409)
    return Optional.ofNullable(em.find(Ticket.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Ticket> findByNumber(String number) {
    return em.createNamedQuery("Ticket.findByNumber", Ticket.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Ticket> findByNumberForUpdate(String number) {
    return em.createNamedQuery("Ticket.findByNumber", Ticket.class)
        .setParameter("number", number)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Ticket> withRunningDeadlines() {
    // locked in id order: the recomputation changes them and then reschedules their timers
    return em.createQuery(
            "SELECT t FROM Ticket t WHERE t.status IN :open ORDER BY t.id", Ticket.class)
        .setParameter("open", TicketStatusSet.OPEN.asList())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<Ticket> openOfUnit(String unitCode) {
    return em.createQuery(
            "SELECT t FROM Ticket t WHERE t.ownerUnit.code = :unit AND t.status IN :open",
            Ticket.class)
        .setParameter("unit", unitCode)
        .setParameter("open", TicketStatusSet.HELD_BY_UNIT.asList())
        .getResultList();
  }

  @Override
  public void add(Ticket ticket) {
    em.persist(ticket);
  }

  @Override
  public void append(TicketEvent event) {
    em.persist(event);
    Ticket ticket = em.find(Ticket.class, event.ticketId());
    if (ticket != null) {
      rankingFacts.follow(ticket, event);
      appended.fire(new org.hotline.domain.model.ticket.TicketEventAppended(ticket, event));
    }
  }

  @Override
  public java.util.Map<Long, Instant> lastEventAt(
      java.util.Collection<Long> ticketIds, TicketAction action) {
    java.util.Map<Long, Instant> last = new java.util.HashMap<>();
    if (ticketIds.isEmpty()) {
      return last;
    }
    em.createQuery(
            "SELECT e.ticketId, MAX(e.occurredAt) FROM TicketEvent e"
                + " WHERE e.ticketId IN :ids AND e.action = :action GROUP BY e.ticketId",
            Object[].class)
        .setParameter("ids", ticketIds)
        .setParameter("action", action)
        .getResultList()
        .forEach(row -> last.put((Long) row[0], (Instant) row[1]));
    return last;
  }

  @Override
  public List<TicketEvent> history(Long ticketId) {
    return em.createNamedQuery("TicketEvent.ofTicket", TicketEvent.class)
        .setParameter("ticketId", ticketId)
        .getResultList();
  }

  /**
   * One page of the listing. With a text, the full-text index answers with the same filters ({@link
   * org.hotline.infrastructure.search.TicketFullTextSearch}); without, this SQL query. A page past
   * the last one is empty with the true total.
   */
  @Override
  public TicketPage search(TicketSearch s) {
    if (s.fullText()) {
      return fullText.search(s);
    }
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (s.status() != null) {
      where.append(" AND t.status = :status");
      params.put("status", s.status());
    }
    if (s.merged() != null) {
      where.append(s.merged() ? " AND t.status = :mergedOnly" : " AND t.status <> :mergedOnly");
      params.put("mergedOnly", TicketStatus.MERGED);
      if (!s.merged()) {
        // the tickets the analysis counts: nor the ticket of an excluded rating (不计入统计)
        where.append(" AND t.figuresExcluded = FALSE");
      }
    }
    if (s.unitCode() != null) {
      where.append(" AND t.ownerUnit.code = :unitCode");
      params.put("unitCode", s.unitCode());
    }
    if (s.visibleUnitCode() != null) {
      where.append(
          " AND (t.ownerUnit.code = :visibleUnitCode OR EXISTS (SELECT p FROM AssistingPart p"
              + " WHERE p.ticket = t AND p.unit.code = :visibleUnitCode AND p.status <> :cancelled))");
      params.put("visibleUnitCode", s.visibleUnitCode());
      params.put("cancelled", org.hotline.domain.model.ticket.AssistingPart.Status.CANCELLED);
    }
    if (s.ownerUnitIn() != null) {
      // a callback sub-centre's units (分中心); none: nothing
      where.append(
          s.ownerUnitIn().isEmpty() ? " AND 1 = 0" : " AND t.ownerUnit.code IN :ownerUnitIn");
      if (!s.ownerUnitIn().isEmpty()) {
        params.put("ownerUnitIn", s.ownerUnitIn());
      }
    }
    if (s.assistingUnitCode() != null) {
      where.append(
          " AND EXISTS (SELECT q FROM AssistingPart q WHERE q.ticket = t AND q.unit.code = :assisting"
              + " AND q.status = :pendingPart)");
      params.put("assisting", s.assistingUnitCode());
      params.put("pendingPart", org.hotline.domain.model.ticket.AssistingPart.Status.ASSIGNED);
    }
    if (s.callerPhone() != null) {
      // normalised numbers starting with the typed (partial) number; an index range scan
      where.append(" AND t.caller.phoneE164 LIKE :phonePrefix");
      params.put("phonePrefix", s.callerPhone() + "%");
      if (!s.matchesConfidentialCallers()) {
        where.append(" AND t.caller.confidential = FALSE");
      }
      if (s.callerNumberShown() != null && !s.callerNumberShown().everywhere()) {
        // a number masked to the searcher is never matched (it would confirm hidden digits)
        where.append(" AND (1 = 0");
        if (!s.callerNumberShown().statuses().isEmpty()) {
          where.append(" OR t.status IN :phoneShownStatuses");
          params.put("phoneShownStatuses", List.copyOf(s.callerNumberShown().statuses()));
        }
        if (!s.callerNumberShown().ticketIds().isEmpty()) {
          where.append(" OR t.id IN :phoneShownOn");
          params.put("phoneShownOn", s.callerNumberShown().ticketIds());
        }
        where.append(")");
      }
    }
    if (s.categoryCode() != null) {
      where.append(" AND t.category.code = :categoryCode");
      params.put("categoryCode", s.categoryCode());
    }
    if (s.areaCode() != null) {
      where.append(" AND t.area.code = :areaCode");
      params.put("areaCode", s.areaCode());
    }
    if (s.channel() != null) {
      where.append(" AND t.channel = :channel");
      params.put("channel", s.channel());
    }
    if (s.createdFrom() != null) {
      where.append(" AND t.createdAt >= :createdFrom");
      params.put("createdFrom", s.createdFrom());
    }
    if (s.createdBefore() != null) {
      where.append(" AND t.createdAt < :createdBefore");
      params.put("createdBefore", s.createdBefore());
    }
    if (Boolean.TRUE.equals(s.callbackDue())) {
      where.append(
          " AND t.callback.result IS NULL AND (t.status = :closed"
              + " OR (t.status = :merged AND t.mergeLink.mainTicket.status = :closed))");
      params.put("closed", TicketStatus.CLOSED);
      params.put("merged", TicketStatus.MERGED);
    }
    if (Boolean.TRUE.equals(s.overdue())) {
      where.append(" AND t.deadlines.overdueAt IS NOT NULL AND t.status IN (:owed)");
      params.put("owed", TicketStatusSet.OWED_BY_UNIT.asList());
    }
    if (Boolean.TRUE.equals(s.slipProposed())) {
      where.append(" AND t.slipProposed = TRUE");
    }
    if (s.urgency() != null) {
      where.append(" AND t.urgency = :urgency");
      params.put("urgency", s.urgency());
    }
    if (s.repeatCallsSince() != null) {
      // callers with two or more tickets in the window (the same E.164 number)
      where.append(
          " AND t.caller.phoneE164 IN (SELECT r.caller.phoneE164 FROM Ticket r WHERE r.createdAt >= :repeatSince"
              + " AND r.caller.phoneE164 IS NOT NULL GROUP BY r.caller.phoneE164 HAVING COUNT(r) > 1)");
      params.put("repeatSince", s.repeatCallsSince());
    }
    String order =
        switch (s.order()) {
          case DEADLINE ->
              " ORDER BY CASE WHEN t.deadlines.replyDeadline IS NULL THEN 1 ELSE 0 END, t.deadlines.replyDeadline, t.id";
          case URGENCY ->
              " ORDER BY CASE WHEN t.urgency = org.hotline.domain.model.ticket.Urgency.EMERGENCY THEN 0"
                  + " WHEN t.urgency = org.hotline.domain.model.ticket.Urgency.URGENT THEN 1 ELSE 2 END,"
                  + " CASE WHEN t.deadlines.replyDeadline IS NULL THEN 1 ELSE 0 END, t.deadlines.replyDeadline, t.createdAt, t.id";
          default -> " ORDER BY t.createdAt DESC, t.id DESC";
        };
    TypedQuery<Ticket> query =
        em.createQuery(
            "SELECT t FROM Ticket t LEFT JOIN FETCH t.ownerUnit JOIN FETCH t.area JOIN FETCH t.category"
                + " LEFT JOIN t.mergeLink.mainTicket"
                + where
                + order,
            Ticket.class);
    TypedQuery<Long> count =
        em.createQuery(
            "SELECT COUNT(t) FROM Ticket t LEFT JOIN t.ownerUnit JOIN t.area JOIN t.category LEFT JOIN t.mergeLink.mainTicket"
                + where,
            Long.class);
    params.forEach(
        (k, v) -> {
          query.setParameter(k, v);
          count.setParameter(k, v);
        });
    long total = count.getSingleResult();
    long offset = (long) s.page() * s.size();
    if (offset >= total) {
      // past the last page (however far): an empty page with the true total, never a wrapped offset
      return new TicketPage(List.of(), total, s.page(), s.size());
    }
    List<Ticket> items = query.setFirstResult((int) offset).setMaxResults(s.size()).getResultList();
    return new TicketPage(items, total, s.page(), s.size());
  }

  @Override
  public List<Ticket> samePhoneSince(
      String phone, java.time.Instant since, Long excludeId, int limit) {
    return em.createQuery(
            "SELECT t FROM Ticket t WHERE t.caller.phoneE164 = :phone AND t.createdAt >= :since"
                + " AND t.id <> :exclude ORDER BY t.createdAt DESC",
            Ticket.class)
        .setParameter("phone", phone)
        .setParameter("since", since)
        .setParameter("exclude", excludeId == null ? -1L : excludeId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Ticket> similarContentSince(
      String areaCode, String content, java.time.Instant since, Long excludeId, int limit) {
    return fullText.similar(areaCode, content, since, excludeId, limit);
  }

  @Override
  public void addTransfer(org.hotline.domain.model.ticket.TransferRecord record) {
    em.persist(record);
  }

  @Override
  public List<org.hotline.domain.model.ticket.TransferRecord> transfers(Long ticketId) {
    return em.createNamedQuery(
            "TransferRecord.ofTicket", org.hotline.domain.model.ticket.TransferRecord.class)
        .setParameter("ticketId", ticketId)
        .getResultList();
  }

  @Override
  public List<Ticket> mergedInto(Long mainId) {
    return em.createQuery(
            "SELECT t FROM Ticket t WHERE t.mergeLink.mainTicket.id = :main ORDER BY t.createdAt",
            Ticket.class)
        .setParameter("main", mainId)
        .getResultList();
  }

  @Override
  public List<Ticket> mergedIntoForUpdate(Long mainId) {
    return em.createQuery(
            "SELECT t FROM Ticket t WHERE t.mergeLink.mainTicket.id = :main ORDER BY t.id",
            Ticket.class)
        .setParameter("main", mainId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public int nextDailySequence(String day) {
    return numberBlocks.next(day);
  }
}
