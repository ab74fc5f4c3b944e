package org.hotline.interfaces.testing.rest;

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
import java.util.List;
import java.util.Map;
import org.hotline.infrastructure.sms.SmscSimulator;
import org.hotline.infrastructure.testing.SmsTestSupport;

/**
 * The SMSC simulator's test controls (server started with {@code -Dhotline.testing=true} and {@code
 * -Dhotline.sms.simulator=true}; 404 otherwise; admin only): GET /api/testing/sms (status), POST
 * /api/testing/sms/down and /up, POST /api/testing/sms/replies {"from": "+86…", "text": "3"}, POST
 * /api/testing/sms/receipts/{messageId}/resend, GET /api/testing/sms/messages?to=+86…, POST
 * /api/testing/sms/outbox/run, POST /api/testing/sms/throughput?count=N.
 */
@Path("/testing/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SmsSimulatorResource {

  /** A citizen's reply. */
  public record ReplyBody(String from, String text) {}

  @Inject private SmsTestSupport sms;

  @GET
  public Map<String, Object> status() {
    return sms.status();
  }

  @POST
  @Path("down")
  public Map<String, Object> down() {
    sms.down();
    return sms.status();
  }

  @POST
  @Path("up")
  public Map<String, Object> up() {
    sms.up();
    return sms.status();
  }

  @POST
  @Path("replies")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> reply(ReplyBody body) {
    sms.reply(body.from(), body.text());
    return Map.of("delivered", true);
  }

  @POST
  @Path("receipts/{messageId}/resend")
  public Map<String, Object> resend(@PathParam("messageId") String messageId) {
    return Map.of("resent", sms.resendReceipt(messageId));
  }

  @GET
  @Path("messages")
  public List<Map<String, Object>> messages(@QueryParam("to") String to) {
    return sms.submitted(to).stream()
        .map(
            (SmscSimulator.Submitted m) ->
                Map.<String, Object>of(
                    "messageId",
                    m.messageId(),
                    "to",
                    m.toE164(),
                    "text",
                    m.text(),
                    "at",
                    m.at().toString()))
        .toList();
  }

  @POST
  @Path("outbox/run")
  public Map<String, Object> runOutbox() {
    return Map.of("accepted", sms.workOff());
  }

  @POST
  @Path("throughput")
  public Map<String, Object> throughput(@QueryParam("count") Integer count) throws Exception {
    return sms.throughput(count == null ? 1000 : count);
  }
}
