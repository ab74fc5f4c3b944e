package org.hotline.application.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.hotline.application.ticket.TicketLoader;
import org.hotline.application.user.CurrentUser;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.catalogue.RoutingScorer;
import org.hotline.domain.model.catalogue.WordSegmenter;
import org.hotline.domain.model.catalogue.RoutingScorer.Duty;
import org.hotline.domain.model.catalogue.RoutingScorer.Matter;
import org.hotline.domain.model.catalogue.RoutingScorer.Proposal;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.user.Role;

/** 研判建议: the three most likely destinations of a ticket, with the reason for each. */
@Stateless
public class RoutingService {

  static final int PROPOSALS = 3;

  @Inject
  private CurrentUser currentUser;

  @Inject
  private TicketLoader loader;

  @Inject
  private CatalogueRepository catalogue;

  @Inject
  private WordSegmenter segmenter;

  @Inject
  private DutyWords dutyWords;

  @RolesAllowed(Role.DISPATCHER_ROLE)
  public List<Proposal> proposals(Long ticketId) {
    Ticket t = loader.visible(ticketId, currentUser.get());
    Unit station = t.area().station();
    Matter matter = new Matter(t.content(), t.address(), t.category().code(), t.category().police(),
        station == null ? null : station.code(), station == null ? null : station.name(),
        segmenter.words(t.content()));
    List<Duty> duties = catalogue.all().stream()
        .filter(i -> !i.retired() && i.unit().handlesTickets())
        .map(i -> new Duty(i.code(), i.unit().code(), i.unit().name(), i.unit().police(),
            i.current().categoryCodes(), i.current().keywords(),
            dutyWords.of(i.current())))
        .toList();
    return RoutingScorer.propose(matter, duties, PROPOSALS);
  }
}
