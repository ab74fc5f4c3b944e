package org.hotline.interfaces.callback.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hotline.application.callback.CallbackOutcome;
import org.hotline.application.callback.CallbackOutcomeService;
import org.hotline.application.callback.CallbackQueueService;
import org.hotline.application.callback.CallbackTaskPage;
import org.hotline.application.callback.CallbackTaskService;
import org.hotline.application.callback.CallbackTaskView;
import org.hotline.application.callback.SpotCheckService;

/**
 * The callback queue (回访任务): {@code GET
 * /api/callbacks?status=OPEN|DONE|ALL&due=now|yyyy-MM-dd&subCentre=&q=&reason=&sort=due|-due&page=&size=},
 * {@code GET /api/callbacks/{id}}, {@code POST /api/callbacks/{id}/claim}, {@code POST
 * /api/callbacks/{id}/spot-check {"verdict", "note"}} (抽查, the city centre), {@code POST
 * /api/callbacks/next} (204 when nothing is due), {@code POST /api/callbacks/{id}/outcome}.
 */
@Path("/callbacks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

  @Inject private CallbackTaskService service;

  @Inject private CallbackQueueService queue;

  @Inject private CallbackOutcomeService outcomes;

  @Inject private SpotCheckService spotChecks;

  @GET
  public CallbackTaskPage list(
      @QueryParam("status") String status,
      @QueryParam("due") String due,
      @QueryParam("subCentre") String subCentre,
      @QueryParam("q") String q,
      @QueryParam("reason") String reason,
      @QueryParam("sort") String sort,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return queue.list(
        status, due, subCentre, q, reason, sort, page == null ? 0 : page, size == null ? 20 : size);
  }

  /** POST body of a spot check. */
  public record SpotCheck(String verdict, String note) {}

  @POST
  @Path("{id}/spot-check")
  @Consumes(MediaType.APPLICATION_JSON)
  public CallbackTaskView spotCheck(@PathParam("id") long id, SpotCheck body) {
    SpotCheck b = body == null ? new SpotCheck(null, null) : body;
    return spotChecks.spotCheck(id, b.verdict(), b.note());
  }

  @GET
  @Path("{id}")
  public CallbackTaskView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @Path("{id}/claim")
  public CallbackTaskView claim(@PathParam("id") long id) {
    return service.claim(id);
  }

  @POST
  @Path("next")
  public Response next() {
    CallbackTaskView next = queue.next();
    return next == null ? Response.noContent().build() : Response.ok(next).build();
  }

  @POST
  @Path("{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  public CallbackTaskView outcome(@PathParam("id") long id, CallbackOutcome body) {
    return outcomes.outcome(id, body);
  }
}
