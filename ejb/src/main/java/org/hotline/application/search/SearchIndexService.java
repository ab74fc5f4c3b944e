package org.hotline.application.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.hotline.domain.model.ticket.TicketSearchIndex;
import org.hotline.domain.model.user.Role;

/** Administration of the full-text index: its completeness and a rebuild (admin). */
@Stateless
@RolesAllowed(Role.ADMIN_ROLE)
public class SearchIndexService {

  @Inject private TicketSearchIndex index;

  public TicketSearchIndex.Status status() {
    return index.status();
  }

  public boolean rebuild() {
    return index.rebuild();
  }
}
