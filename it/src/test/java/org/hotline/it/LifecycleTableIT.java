package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle table equals what the server does: every user action is tried from every status
 * (each ticket brought there through the API, so through the services and the real workflow
 * engine), and it must succeed exactly when {@code allowedActions} — the table's answer for that
 * user now — offers it; when refused, it is refused with 403/404/409 and the ticket is unchanged.
 * {@code assistReply} (needs assisting units, covered by AssistingUnitsIT) and {@code issueSlip} (a
 * slip endpoint, covered by RectificationAndSlipsIT) are not tried here.
 */
class LifecycleTableIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** How each action is taken: API name → (user, path, body for the ticket). */
  private record Action(String name, String user, String path, Function<Long, Object> body) {}

  private static final List<Action> ACTIONS =
      List.of(
          new Action("assign", "dispatcher", "assign", id -> Map.of("unitCode", "PS-CHENGGUAN")),
          new Action(
              "arbitrate",
              "dispatcher",
              "arbitrate",
              id -> Map.of("unitCode", "PS-CHENGGUAN", "reason", "裁定由城关派出所办理")),
          new Action(
              "merge",
              "dispatcher",
              "merge",
              id ->
                  Map.of(
                      "mainTicketId",
                      Tickets.logged("流转表测试：主工单 " + System.nanoTime()),
                      "reason",
                      "同一事项")),
          new Action(
              "reroute",
              "dispatcher",
              "reroute",
              id -> Map.of("unitCode", "PS-DONGGUAN", "reason", "属东关辖区")),
          new Action("unmerge", "dispatcher", "unmerge", id -> Map.of("reason", "误合并")),
          new Action(
              "return",
              "officer",
              "return",
              id ->
                  Map.of("reason", "物业服务纠纷属于物业管理服务中心的职责", "catalogueItemCode", "CAT-PROPERTY-01")),
          new Action("sign", "officer", "sign", id -> null),
          new Action("reply", "officer", "reply", id -> Map.of("text", "已到场处置")),
          new Action("chiefReview", "chief", "chief-review", id -> Map.of("approved", true)),
          new Action("review", "dispatcher", "review", id -> Map.of("approved", true)),
          new Action("callback", "callback", "callback", id -> Map.of("result", "SATISFIED")),
          new Action("requestExtension", "officer", "extensions", LifecycleTableIT::extensionBody),
          new Action(
              "rectificationReport",
              "chief",
              "rectification-report",
              id -> Map.of("report", "所长核实并整改")),
          new Action("revisit", "callback", "revisit", id -> Map.of("result", "SATISFIED")));

  private static final List<String> STATUSES =
      List.of(
          "PENDING_TRIAGE",
          "ASSIGNED",
          "SIGNED",
          "CHIEF_REVIEW",
          "REPLIED",
          "CLOSED",
          "RECTIFYING",
          "REVISITING",
          "RETURNED",
          "MERGED");

  @Test
  void everyActionSucceedsExactlyWhereTheTableOffersIt() {
    List<String> mismatches = new ArrayList<>();
    Map<String, List<String>> offeredByStatus = new LinkedHashMap<>();
    for (String status : STATUSES) {
      long probe = ticketIn(status);
      for (Action a : ACTIONS) {
        boolean offered = allowed(a.user(), probe).contains(a.name());
        if (offered) {
          offeredByStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(a.name());
          // a fresh ticket in the same status for each accepted action, so the probe stays as it is
          long id = ticketIn(status);
          Response r = post(a, id);
          if (r.statusCode() / 100 != 2) {
            mismatches.add(
                a.name()
                    + " from "
                    + status
                    + ": offered, but answered "
                    + r.statusCode()
                    + " "
                    + r.asString());
          }
        } else {
          Response r = post(a, probe);
          int code = r.statusCode();
          if (code != 403 && code != 404 && code != 409) {
            mismatches.add(
                a.name()
                    + " from "
                    + status
                    + ": not offered, but answered "
                    + code
                    + " "
                    + r.asString());
          }
          String now =
              as("dispatcher")
                  .get("/api/tickets/" + probe)
                  .then()
                  .extract()
                  .jsonPath()
                  .getString("status");
          if (!status.equals(now)) {
            mismatches.add(
                a.name() + " from " + status + ": refused, but the ticket moved to " + now);
          }
        }
      }
    }
    assertThat(mismatches).isEmpty();
    // the table's shape, as the server offers it to the usual users (docs/lifecycle.md)
    assertThat(offeredByStatus.get("PENDING_TRIAGE"))
        .containsExactly("assign", "arbitrate", "merge");
    assertThat(offeredByStatus.get("RETURNED")).containsExactly("assign", "arbitrate", "merge");
    assertThat(offeredByStatus.get("ASSIGNED"))
        .containsExactly("reroute", "return", "sign", "requestExtension");
    assertThat(offeredByStatus.get("SIGNED"))
        .containsExactly("reroute", "return", "reply", "requestExtension");
    assertThat(offeredByStatus.get("CHIEF_REVIEW"))
        .containsExactly("chiefReview", "requestExtension");
    assertThat(offeredByStatus.get("REPLIED")).containsExactly("review");
    assertThat(offeredByStatus.get("CLOSED")).containsExactly("callback");
    assertThat(offeredByStatus.get("RECTIFYING")).containsExactly("rectificationReport");
    assertThat(offeredByStatus.get("REVISITING")).containsExactly("revisit");
    assertThat(offeredByStatus.get("MERGED")).containsExactly("unmerge", "callback");
  }

  private static Response post(Action a, long id) {
    var request = as(a.user());
    Object body = a.body().apply(id);
    if (body != null) {
      request = request.body(body);
    }
    return request.post("/api/tickets/" + id + "/" + a.path());
  }

  /**
   * The actions the server offers {@code user} on the ticket now; none when the user may not see
   * it.
   */
  private static List<String> allowed(String user, long id) {
    Response r = as(user).get("/api/tickets/" + id);
    if (r.statusCode() == 404) {
      return List.of();
    }
    assertThat(r.statusCode()).as("GET ticket %s as %s", id, user).isEqualTo(200);
    return r.jsonPath().getList("allowedActions", String.class);
  }

  /** Two days past the ticket's reply deadline (Asia/Shanghai), or tomorrow when it has none. */
  private static Object extensionBody(long id) {
    String deadline =
        as("dispatcher")
            .get("/api/tickets/" + id)
            .then()
            .extract()
            .jsonPath()
            .getString("replyDeadline");
    LocalDate day =
        deadline == null
            ? LocalDate.now(SHANGHAI).plusDays(1)
            : OffsetDateTime.parse(deadline).atZoneSameInstant(SHANGHAI).toLocalDate().plusDays(2);
    Map<String, Object> body = new HashMap<>();
    body.put("reason", "需调取监控");
    body.put("newDeadline", day.toString());
    return body;
  }

  /** A new ticket of 城关派出所's area brought to {@code status} through the API. */
  private static long ticketIn(String status) {
    String content = "流转表测试：" + status + " " + System.nanoTime();
    switch (status) {
      case "PENDING_TRIAGE":
        return Tickets.logged(content);
      case "RETURNED":
        {
          long id = Tickets.assignedToChengguan(content);
          act(
              "officer",
              id,
              "return",
              Map.of("reason", "物业服务纠纷属于物业管理服务中心的职责", "catalogueItemCode", "CAT-PROPERTY-01"));
          return id;
        }
      case "MERGED":
        {
          // merged into a ticket answered on the call (closed): the call is due for its own
          // callback
          var main = Tickets.call("流转表测试：咨询 " + System.nanoTime());
          main.put("directAnswer", "已当场答复");
          long mainId = Tickets.log(main).getLong("id");
          long id = Tickets.logged(content);
          act("dispatcher", id, "merge", Map.of("mainTicketId", mainId, "reason", "同一事项"));
          return id;
        }
      default:
        break;
    }
    long id = Tickets.assignedToChengguan(content);
    if (status.equals("ASSIGNED")) {
      return id;
    }
    act("officer", id, "sign", null);
    if (status.equals("SIGNED")) {
      return id;
    }
    act("officer", id, "reply", Map.of("text", "已到场处置"));
    if (status.equals("CHIEF_REVIEW")) {
      return id;
    }
    act("chief", id, "chief-review", Map.of("approved", true));
    if (status.equals("REPLIED")) {
      return id;
    }
    act("dispatcher", id, "review", Map.of("approved", true));
    if (status.equals("CLOSED")) {
      return id;
    }
    act("callback", id, "callback", Map.of("result", "DISSATISFIED", "reasons", List.of("推诿扯皮")));
    if (status.equals("RECTIFYING")) {
      return id;
    }
    act("chief", id, "rectification-report", Map.of("report", "所长核实并整改"));
    return id;
  }
}
