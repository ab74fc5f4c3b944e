package org.hotline.interfaces.testing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.Map;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.infrastructure.testing.TestClock;

/**
 * Test support of a server started with {@code -Dhotline.testing=true} (404 otherwise, admin only):
 * PUT /api/testing/clock {"at": "..."} moves the clock, DELETE resets it, POST
 * /api/testing/jobs/run-due fires the timers now due, GET /api/testing/jobs/due counts them;
 * POST/DELETE /api/testing/tickets/bulk seeds and removes copies of a ticket (see TicketSeeder).
 */
@Path("/testing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

  /** PUT /api/testing/clock */
  public record ClockBody(OffsetDateTime at) {}

  @Inject private TestClock clock;

  @PUT
  @Path("clock")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> set(ClockBody body) {
    var now = clock.set(body == null || body.at() == null ? null : body.at().toInstant());
    return Map.of("now", BusinessTime.display(now));
  }

  @DELETE
  @Path("clock")
  public Map<String, Object> reset() {
    return Map.of("now", BusinessTime.display(clock.set(null)));
  }

  @jakarta.ws.rs.GET
  @Path("jobs/due")
  public Map<String, Object> due() {
    return Map.of("due", clock.dueJobs());
  }

  /**
   * POST /api/testing/tickets/bulk {"templateId", "count"}: copies of a ticket (load and browser
   * tests).
   */
  public record BulkBody(Long templateId, Integer count) {}

  @Inject private org.hotline.infrastructure.testing.TicketSeeder seeder;

  @POST
  @Path("tickets/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> seed(BulkBody body) {
    long template = body == null || body.templateId() == null ? 0 : body.templateId();
    int count = body == null || body.count() == null ? 0 : body.count();
    return Map.of("seeded", seeder.seed(template, count));
  }

  /** DELETE /api/testing/tickets/bulk: removes every seeded ticket. */
  @DELETE
  @Path("tickets/bulk")
  public Map<String, Object> clearSeeded() {
    return Map.of("deleted", seeder.clear());
  }

  @POST
  @Path("jobs/run-due")
  public Map<String, Object> runDue() {
    return Map.of("executed", clock.runDueJobs());
  }
}
