package org.hotline.interfaces.reference.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline.domain.model.rating.RatingExclusionReason;
import org.hotline.domain.model.rating.RatingFlagKind;
import org.hotline.domain.model.rating.RatingTargetKind;
import org.hotline.domain.model.servicerecord.ServiceRecordKind;
import org.hotline.domain.model.slip.SlipStatus;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.ticket.Urgency;

/**
 * {@code GET /api/choices}: the code lists (选项代码表) the pages offer in their filters and pickers,
 * read from the domain's own enumerations so that no page keeps a list by hand: {@code status}
 * (every status of the ticket lifecycle, in lifecycle order), {@code channel}, {@code urgency} (一般,
 * 紧急, 特急), {@code callbackResult}, {@code ratingFlag}, {@code ratingExclusionReason}, {@code
 * ratingTargetKind}, {@code serviceRecordKind}, {@code slipStatus} (督办单状态). Each value is a list of
 * codes; the pages show them by their names from the message bundle ({@code App.t(code)}), never
 * the codes themselves. Any logged-in user may read them (the lists are not secret); cacheable for
 * a minute. Without a login: 401 {@code UNAUTHENTICATED} ({@code
 * interfaces.rest.LoginRequiredFilter}, issue 15).
 */
@Path("/choices")
@RequestScoped
public class ChoicesResource {

  /** The lists by name; values are codes. */
  static Map<String, List<String>> lists() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put("status", codes(TicketStatus.values()));
    out.put("channel", codes(Channel.values()));
    out.put("urgency", codes(Urgency.values()));
    out.put("callbackResult", codes(CallbackResult.values()));
    out.put("ratingFlag", codes(RatingFlagKind.values()));
    out.put("ratingExclusionReason", codes(RatingExclusionReason.values()));
    out.put("ratingTargetKind", codes(RatingTargetKind.values()));
    out.put("serviceRecordKind", codes(ServiceRecordKind.values()));
    out.put("slipStatus", codes(SlipStatus.values()));
    return out;
  }

  private static List<String> codes(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  /**
   * The code lists.
   *
   * @return 200 with {@code {"status": ["PENDING_TRIAGE", …], "channel": […], …}}
   */
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response choices() {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(60);
    cache.setPrivate(true);
    return Response.ok(lists()).cacheControl(cache).build();
  }
}
