package org.hotline.application.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.hotline.application.ticket.TicketLoader;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.catalogue.RoutingScorer;
import org.hotline.domain.model.catalogue.RoutingScorer.Duty;
import org.hotline.domain.model.catalogue.RoutingScorer.Matter;
import org.hotline.domain.model.catalogue.RoutingScorer.Proposal;
import org.hotline.domain.model.catalogue.WordSegmenter;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.user.Role;

/** 研判建议: the three most likely destinations of a ticket, with the reason for each. */
@Stateless
public class RoutingService {

  static final int PROPOSALS = 3;

  @Inject private CurrentUser currentUser;

  @Inject private TicketLoader loader;

  @Inject private CatalogueRepository catalogue;

  @Inject private org.hotline.domain.model.category.CategoryRepository categories;

  @Inject private WordSegmenter segmenter;

  @Inject private DutyWords dutyWords;

  /**
   * The proposals for one ticket the dispatcher may see.
   *
   * @param ticketId the ticket's id
   * @param locale the language of the reasons' sentences (Chinese unless English)
   * @return at most three proposals, best first (empty when nothing fits)
   */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public List<RoutingProposal> proposals(Long ticketId, Locale locale) {
    return worded(propose(loader.visible(ticketId, currentUser.get()), duties()), locale);
  }

  /**
   * The proposals for each of several tickets, the catalogue read once (the dispatcher's page asks
   * for the whole page in one request).
   *
   * @param ticketIds the tickets' ids (each visible to the user, else NOT_FOUND)
   * @param locale the language of the reasons' sentences (Chinese unless English)
   * @return the proposals per ticket id, in the order of {@code ticketIds}
   */
  @RolesAllowed(Role.DISPATCHER_ROLE)
  public java.util.Map<Long, List<RoutingProposal>> proposals(List<Long> ticketIds, Locale locale) {
    List<Duty> duties = duties();
    java.util.Map<Long, List<RoutingProposal>> byTicket = new java.util.LinkedHashMap<>();
    for (Long id : ticketIds) {
      byTicket.put(id, worded(propose(loader.visible(id, currentUser.get()), duties), locale));
    }
    return byTicket;
  }

  private List<RoutingProposal> worded(List<Proposal> proposals, Locale locale) {
    return proposals.stream().map(p -> RoutingProposal.of(p, locale, this::categoryName)).toList();
  }

  /** A category's path of names (治安 › 噪声扰民) for its code; the code when it is unknown. */
  private String categoryName(String code) {
    return categories
        .findByCode(code)
        .map(org.hotline.domain.model.category.Category::path)
        .orElse(code);
  }

  private List<Proposal> propose(Ticket t, List<Duty> duties) {
    Unit station = t.area().station();
    Matter matter =
        new Matter(
            t.content(),
            t.address(),
            t.category().code(),
            t.category().police(),
            station == null ? null : station.code(),
            station == null ? null : station.name(),
            segmenter.words(t.content()));
    return RoutingScorer.propose(matter, duties, PROPOSALS);
  }

  /**
   * The duties of the catalogue that routing may propose: current, of a unit that handles tickets.
   */
  private List<Duty> duties() {
    return catalogue.all().stream()
        .filter(i -> !i.retired() && i.unit().handlesTickets())
        .map(
            i ->
                new Duty(
                    i.code(),
                    i.unit().code(),
                    i.unit().name(),
                    i.unit().police(),
                    i.current().categoryCodes(),
                    i.current().keywords(),
                    dutyWords.of(i.current())))
        .toList();
  }
}
