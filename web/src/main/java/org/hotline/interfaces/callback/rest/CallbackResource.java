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
import org.hotline.application.callback.CallbackTaskPage;
import org.hotline.application.callback.CallbackTaskService;
import org.hotline.application.callback.CallbackTaskView;

/**
 * The callback queue (回访任务): {@code GET /api/callbacks?status=OPEN|DONE|ALL&due=now|yyyy-MM-dd&page=&size=},
 * {@code GET /api/callbacks/{id}}, {@code POST /api/callbacks/{id}/claim}, {@code POST
 * /api/callbacks/next} (204 when nothing is due), {@code POST /api/callbacks/{id}/outcome}.
 */
@Path("/callbacks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CallbackResource {

  @Inject
  private CallbackTaskService service;

  @GET
  public CallbackTaskPage list(@QueryParam("status") String status, @QueryParam("due") String due,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return service.list(status, due, page == null ? 0 : page, size == null ? 20 : size);
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
    CallbackTaskView next = service.next();
    return next == null ? Response.noContent().build() : Response.ok(next).build();
  }

  @POST
  @Path("{id}/outcome")
  @Consumes(MediaType.APPLICATION_JSON)
  public CallbackTaskView outcome(@PathParam("id") long id, CallbackOutcome body) {
    return service.outcome(id, body);
  }
}
