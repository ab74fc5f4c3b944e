package org.hotline.interfaces.search.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.application.search.SearchIndexService;
import org.hotline.domain.model.ticket.TicketSearchIndex;

/** The full-text index (admin): GET its status, POST to rebuild it from the database. */
@Path("/search-index")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

  @Inject private SearchIndexService index;

  @GET
  public TicketSearchIndex.Status status() {
    return index.status();
  }

  @POST
  @Path("rebuild")
  public Response rebuild() {
    boolean started = index.rebuild();
    return Response.status(started ? Response.Status.ACCEPTED : Response.Status.CONFLICT)
        .entity(index.status())
        .build();
  }
}
