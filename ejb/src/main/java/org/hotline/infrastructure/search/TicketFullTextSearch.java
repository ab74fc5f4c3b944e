package org.hotline.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.hotline.domain.model.ticket.AssistingPart;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketPage;
import org.hotline.domain.model.ticket.TicketSearch;
import org.hotline.domain.model.ticket.TicketStatus;

/**
 * Answers ticket searches with a text from the Lucene index. Every criterion of {@link
 * TicketSearch} is applied here with the same meaning as in the SQL listing ({@code
 * JpaTicketRepository}): a filter must never be dropped because the user also typed a word (10.6).
 * When a criterion is added to {@link TicketSearch}, it is added to both places, and {@code
 * SearchFiltersIT} checks it both ways.
 */
@ApplicationScoped
public class TicketFullTextSearch {

  /** Statuses in which the unit still owes the reply (the SQL listing's {@code overdue=true}). */
  static final List<TicketStatus> OWED =
      org.hotline.domain.model.ticket.TicketStatusSet.OWED_BY_UNIT.asList();

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  /**
   * One page of the tickets matching {@code s.text()} and every filter of {@code s}; a page past
   * the last one is empty (with the true total), never an error.
   */
  public TicketPage search(TicketSearch s) {
    String[] fields =
        s.textMatchesCallerName()
            ? new String[] {"content", "address", "caller.name"}
            : new String[] {"content", "address"};
    List<Long> mergedCallbackDue =
        Boolean.TRUE.equals(s.callbackDue()) ? mergedCallsDueForCallback() : List.of();
    List<String> repeatPhones =
        s.repeatCallsSince() == null ? List.of() : repeatCallerPhones(s.repeatCallsSince());
    var query =
        Search.session(em)
            .search(Ticket.class)
            .where(
                f ->
                    f.bool(
                        b -> {
                          b.must(
                              f.bool()
                                  .should(f.match().fields(fields).matching(s.text()))
                                  .should(f.match().field("number").matching(s.text())));
                          filters(f, b, s, mergedCallbackDue);
                          if (s.repeatCallsSince() != null) {
                            // the same callers as the SQL listing's subquery; none at all when
                            // nobody called twice
                            b.filter(
                                repeatPhones.isEmpty()
                                    ? f.not(f.matchAll())
                                    : f.terms()
                                        .field("caller.phoneE164")
                                        .matchingAny(repeatPhones));
                          }
                        }))
            .sort(f -> sort(f, s.order()))
            .toQuery();
    long offset = (long) s.page() * s.size();
    if (offset > 0) {
      long total = query.fetchTotalHitCount();
      if (offset >= total) {
        return new TicketPage(List.of(), total, s.page(), s.size());
      }
    }
    SearchResult<Ticket> result = query.fetch((int) offset, s.size());
    return new TicketPage(result.hits(), result.total().hitCount(), s.page(), s.size());
  }

  private static void filters(
      SearchPredicateFactory f,
      BooleanPredicateClausesStep<?> b,
      TicketSearch s,
      List<Long> mergedCallbackDue) {
    if (s.status() != null) {
      b.filter(f.match().field("status").matching(s.status()));
    }
    if (s.merged() != null) {
      var mergedCall = f.match().field("status").matching(TicketStatus.MERGED);
      if (s.merged()) {
        b.filter(mergedCall);
      } else {
        b.mustNot(mergedCall);
      }
    }
    if (s.unitCode() != null) {
      b.filter(f.match().field("ownerUnit.code").matching(s.unitCode()));
    }
    if (s.visibleUnitCode() != null) {
      // the owner unit, or an assisting unit whose part was not cancelled
      b.filter(
          f.bool()
              .should(f.match().field("ownerUnit.code").matching(s.visibleUnitCode()))
              .should(
                  f.nested("assistingParts")
                      .add(
                          f.match().field("assistingParts.unit.code").matching(s.visibleUnitCode()))
                      .add(
                          f.not(
                              f.match()
                                  .field("assistingParts.status")
                                  .matching(AssistingPart.Status.CANCELLED)))));
    }
    if (s.ownerUnitIn() != null) {
      // a callback sub-centre's units (分中心); none: nothing
      b.filter(
          s.ownerUnitIn().isEmpty()
              ? f.not(f.matchAll())
              : f.terms().field("ownerUnit.code").matchingAny(s.ownerUnitIn()));
    }
    if (s.assistingUnitCode() != null) {
      b.filter(
          f.nested("assistingParts")
              .add(f.match().field("assistingParts.unit.code").matching(s.assistingUnitCode()))
              .add(
                  f.match()
                      .field("assistingParts.status")
                      .matching(AssistingPart.Status.ASSIGNED)));
    }
    if (s.callerPhone() != null) {
      // the normalised caller number starts with the typed one; never a hidden caller for a unit
      b.filter(f.wildcard().field("caller.phoneE164").matching(s.callerPhone() + "*"));
      if (!s.matchesConfidentialCallers()) {
        b.filter(f.match().field("caller.confidential").matching(false));
      }
      if (s.callerNumberShown() != null && !s.callerNumberShown().everywhere()) {
        // a number masked to the searcher is never matched (it would confirm hidden digits)
        var shown = f.bool().should(f.matchNone());
        if (!s.callerNumberShown().ticketIds().isEmpty()) {
          shown.should(f.id().matchingAny(s.callerNumberShown().ticketIds()));
        }
        for (TicketStatus status : s.callerNumberShown().statuses()) {
          shown.should(f.match().field("status").matching(status));
        }
        b.filter(shown);
      }
    }
    if (s.categoryCode() != null) {
      b.filter(f.match().field("category.code").matching(s.categoryCode()));
    }
    if (s.areaCode() != null) {
      b.filter(f.match().field("area.code").matching(s.areaCode()));
    }
    if (s.channel() != null) {
      b.filter(f.match().field("channel").matching(s.channel()));
    }
    if (s.createdFrom() != null || s.createdBefore() != null) {
      // as in SQL: createdAt >= from AND createdAt < before
      b.filter(
          f.range()
              .field("createdAt")
              .within(
                  Range.between(
                      s.createdFrom(),
                      RangeBoundInclusion.INCLUDED,
                      s.createdBefore(),
                      RangeBoundInclusion.EXCLUDED)));
    }
    if (Boolean.TRUE.equals(s.callbackDue())) {
      // closed and not called back, or a merged call whose main ticket is closed (each caller is
      // called back)
      var due = f.bool().should(f.match().field("status").matching(TicketStatus.CLOSED));
      if (!mergedCallbackDue.isEmpty()) {
        due.should(f.id().matchingAny(mergedCallbackDue));
      }
      b.filter(due);
      b.mustNot(f.exists().field("callback.result"));
    }
    if (Boolean.TRUE.equals(s.overdue())) {
      b.filter(f.exists().field("deadlines.overdueAt"));
      b.filter(f.terms().field("status").matchingAny(OWED));
    }
    if (Boolean.TRUE.equals(s.slipProposed())) {
      b.filter(f.match().field("slipProposed").matching(true));
    }
    if (s.urgency() != null) {
      b.filter(f.match().field("urgency").matching(s.urgency()));
    }
  }

  /** The listing's orders, ties broken by id as in SQL. */
  private static SortFinalStep sort(SearchSortFactory f, TicketSearch.TicketOrder order) {
    return switch (order) {
      case NEWEST ->
          f.composite()
              .add(f.field("createdAt").desc())
              .add(f.field(TicketSearchMapping.ID_SORT).desc());
      case DEADLINE ->
          f.composite()
              .add(f.field("deadlines.replyDeadline").asc().missing().last())
              .add(f.field(TicketSearchMapping.ID_SORT).asc());
      case RELEVANCE ->
          f.composite()
              .add(f.score())
              .add(f.field("createdAt").desc())
              .add(f.field(TicketSearchMapping.ID_SORT).desc());
      case URGENCY ->
          f.composite()
              .add(f.field(TicketSearchMapping.URGENCY_RANK).asc())
              .add(f.field("deadlines.replyDeadline").asc().missing().last())
              .add(f.field("createdAt").asc())
              .add(f.field(TicketSearchMapping.ID_SORT).asc());
    };
  }

  /**
   * Merged calls whose main ticket is closed and that still wait for their own callback: few at any
   * time (the callback backlog), so they are looked up in the database rather than kept in the
   * index (the main ticket's closing would otherwise have to re-index every call merged into it).
   */
  private List<Long> mergedCallsDueForCallback() {
    return em.createQuery(
            "SELECT t.id FROM Ticket t WHERE t.status = :merged AND t.callback.result IS NULL"
                + " AND t.mergeLink.mainTicket.status = :closed",
            Long.class)
        .setParameter("merged", TicketStatus.MERGED)
        .setParameter("closed", TicketStatus.CLOSED)
        .getResultList();
  }

  /**
   * E.164 numbers with two or more tickets logged since {@code since} (重复来电), as in the SQL
   * listing.
   */
  private List<String> repeatCallerPhones(java.time.Instant since) {
    return em.createQuery(
            "SELECT r.caller.phoneE164 FROM Ticket r WHERE r.createdAt >= :since"
                + " AND r.caller.phoneE164 IS NOT NULL GROUP BY r.caller.phoneE164 HAVING COUNT(r) > 1",
            String.class)
        .setParameter("since", since)
        .getResultList();
  }

  /** Tickets of the area whose content shares most of the words of {@code content} (smartcn). */
  public java.util.List<Ticket> similar(
      String areaCode, String content, java.time.Instant since, Long excludeId, int limit) {
    return Search.session(em)
        .search(Ticket.class)
        .where(
            f ->
                f.bool(
                    b -> {
                      b.must(
                          f.match()
                              .field("content")
                              .matching(content)
                              .minimumShouldMatchPercent(SIMILAR_SHARE_PERCENT));
                      b.filter(f.match().field("area.code").matching(areaCode));
                      b.filter(f.range().field("createdAt").atLeast(since));
                      if (excludeId != null) {
                        b.mustNot(f.id().matching(excludeId));
                      }
                    }))
        .fetchHits(limit);
  }

  /**
   * Share of the words of a call that another ticket's content must contain to be a likely repeat.
   */
  static final int SIMILAR_SHARE_PERCENT = 60;
}
