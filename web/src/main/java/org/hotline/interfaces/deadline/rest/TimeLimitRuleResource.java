package org.hotline.interfaces.deadline.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.hotline.application.deadline.TimeLimitRuleService;
import org.hotline.application.deadline.TimeLimitRuleView;

/** 时限规则: read by everyone, edited by admin. */
@Path("/time-limit-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TimeLimitRuleResource {

  @Inject private TimeLimitRuleService rules;

  @GET
  public List<TimeLimitRuleView> all() {
    return rules.all();
  }

  @POST
  public Response create(TimeLimitRuleView body) {
    TimeLimitRuleView created = rules.create(body == null ? empty() : body);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @PUT
  @Path("{id}")
  public TimeLimitRuleView update(@PathParam("id") long id, TimeLimitRuleView body) {
    return rules.update(id, body == null ? empty() : body);
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    rules.remove(id);
    return Response.noContent().build();
  }

  private static TimeLimitRuleView empty() {
    return new TimeLimitRuleView(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }
}
