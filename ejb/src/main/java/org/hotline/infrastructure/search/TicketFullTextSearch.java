package org.hotline.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketPage;
import org.hotline.domain.model.ticket.TicketSearch;
import org.hotline.domain.model.ticket.TicketStatus;

/** Answers ticket searches with a text from the Lucene index, with every filter of the listing. */
@ApplicationScoped
public class TicketFullTextSearch {

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  public TicketPage search(TicketSearch s) {
    String[] fields = s.textMatchesCallerName()
        ? new String[] {"content", "address", "callerName"}
        : new String[] {"content", "address"};
    SearchResult<Ticket> result = Search.session(em).search(Ticket.class)
        .where(f -> f.bool(b -> {
          b.must(f.bool()
              .should(f.match().fields(fields).matching(s.text()))
              .should(f.match().field("number").matching(s.text())));
          if (s.status() != null) {
            b.filter(f.match().field("status").matching(s.status()));
          }
          if (s.unitCode() != null) {
            b.filter(f.match().field("ownerUnit.code").matching(s.unitCode()));
          }
          if (s.visibleUnitCode() != null) {
            b.filter(f.match().field("ownerUnit.code").matching(s.visibleUnitCode()));
          }
          if (s.callerPhone() != null) {
            // the normalised caller number starts with the typed one; never a hidden caller for a unit
            b.filter(f.wildcard().field("callerPhoneE164").matching(s.callerPhone() + "*"));
            if (!s.matchesConfidentialCallers()) {
              b.filter(f.match().field("confidential").matching(false));
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
            b.filter(f.range().field("createdAt").between(s.createdFrom(), s.createdBefore()));
          }
          if (Boolean.TRUE.equals(s.callbackDue())) {
            b.filter(f.match().field("status").matching(TicketStatus.CLOSED));
            b.mustNot(f.exists().field("callbackResult"));
          }
        }))
        .sort(f -> s.order() == TicketSearch.TicketOrder.NEWEST
            ? f.field("createdAt").desc()
            : f.composite().add(f.score()).add(f.field("createdAt").desc()))
        .fetch(s.page() * s.size(), s.size());
    return new TicketPage(result.hits(), result.total().hitCount(), s.page(), s.size());
  }

  /** Tickets of the area whose content shares most of the words of {@code content} (smartcn). */
  public java.util.List<Ticket> similar(String areaCode, String content, java.time.Instant since, Long excludeId,
      int limit) {
    return Search.session(em).search(Ticket.class)
        .where(f -> f.bool(b -> {
          b.must(f.match().field("content").matching(content).minimumShouldMatchPercent(SIMILAR_SHARE_PERCENT));
          b.filter(f.match().field("area.code").matching(areaCode));
          b.filter(f.range().field("createdAt").atLeast(since));
          if (excludeId != null) {
            b.mustNot(f.id().matching(excludeId));
          }
        }))
        .fetchHits(limit);
  }

  /** Share of the words of a call that another ticket's content must contain to be a likely repeat. */
  static final int SIMILAR_SHARE_PERCENT = 60;
}
