package org.hotline.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The requests the scan-to-rate and callback tests share (issue 15), in one place: a target and its
 * code, a rating and its bodies, the rating found again, a service record and its invitation, and
 * the callback tasks of a matter (a ticket or a service record) looked up through the queue's
 * pages.
 */
final class RatingRequests {

  private RatingRequests() {}

  /** A new rating target created by the admin; the created target as JSON. */
  static JsonPath newTarget(String kind, String name, String unitCode) {
    return as("admin")
        .body(Map.of("kind", kind, "name", name, "unitCode", unitCode))
        .post("/api/rating-targets")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  /** A new window of 城关派出所; the token of its code. */
  static String newCode(String name) {
    String url = newTarget("WINDOW", name, "PS-CHENGGUAN").getString("ratingUrl");
    return url.substring("/r/".length());
  }

  /** A citizen's rating through a code or an invitation token, from a device (no login). */
  static Response rate(String token, String device, Map<String, Object> body) {
    return anonymous()
        .header("X-Rating-Device", device)
        .body(body)
        .post("/api/public/rating-codes/" + token + "/ratings");
  }

  /** A satisfied rating's answers (conduct basically satisfied). */
  static Map<String, Object> satisfied() {
    return Map.of(
        "attitude",
        "SATISFIED",
        "efficiency",
        "SATISFIED",
        "conduct",
        "BASICALLY_SATISFIED",
        "result",
        "SATISFIED");
  }

  /** A satisfied rating with a comment (to find it again). */
  static Map<String, Object> satisfied(String comment) {
    Map<String, Object> body = new HashMap<>(satisfied());
    body.put("comment", comment);
    return body;
  }

  /** A rating dissatisfied with the attitude and the result, with a comment and maybe a number. */
  static Map<String, Object> dissatisfiedWithAttitude(String comment, String phone) {
    Map<String, Object> body = new HashMap<>();
    body.put("attitude", "DISSATISFIED");
    body.put("efficiency", "SATISFIED");
    body.put("conduct", "SATISFIED");
    body.put("result", "DISSATISFIED");
    body.put("reasons", List.of("ATTITUDE_POOR"));
    body.put("comment", comment);
    if (phone != null) {
      body.put("phone", phone);
    }
    return body;
  }

  /** The rating with this comment, as the director sees it in this month's list of 城关派出所. */
  static Map<String, Object> ratingWithComment(String comment) {
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    List<Map<String, Object>> all =
        as("director")
            .queryParam("month", month)
            .queryParam("unit", "PS-CHENGGUAN")
            .get("/api/ratings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    return all.stream()
        .filter(x -> comment.equals(x.get("comment")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rating with comment " + comment));
  }

  /** The rectification ticket of a rating (null when it has none). */
  static Long ticketOf(Map<String, Object> rating) {
    Object id = rating.get("ticketId");
    return id == null ? null : ((Number) id).longValue();
  }

  /** A new 110 service record of 城关派出所 by officer 003001 (张伟); its id. */
  static long serviceRecord() {
    Map<String, Object> r = new HashMap<>();
    r.put("sourceSystem", "JJ110-INV");
    r.put("externalId", UUID.randomUUID().toString());
    r.put("kind", "INCIDENT_110");
    r.put("occurredAt", OffsetDateTime.now().minusHours(1).toString());
    r.put("citizenPhone", "139-1234-5678");
    r.put("officerBadge", "003001");
    r.put("unitCode", "PS-CHENGGUAN");
    r.put("summary", "邻里纠纷，民警到场调解");
    return as("callback")
        .body(List.of(r))
        .post("/api/service-records")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("results[0].id");
  }

  /** A new invitation (邀码) for a service record asked by {@code user}; its token. */
  static String invite(String user, long recordId) {
    String url =
        as(user)
            .post("/api/service-records/" + recordId + "/rating-invitation")
            .then()
            .statusCode(201)
            .body("serviceRecordId", equalTo((int) recordId))
            .extract()
            .path("ratingUrl");
    return url.substring("/r/".length());
  }

  /**
   * Every callback task (any status) that {@code user} sees in the queue and that matches, in the
   * queue's order, through all its pages (the queue of a whole test run is long).
   */
  static List<Map<String, Object>> callbackTasks(
      String user, Predicate<Map<String, Object>> matches) {
    List<Map<String, Object>> tasks = new ArrayList<>();
    for (int p = 0; ; p++) {
      List<Map<String, Object>> items =
          as(user)
              .queryParam("size", 100)
              .queryParam("page", p)
              .queryParam("status", "ALL")
              .get("/api/callbacks")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getList("items");
      if (items.isEmpty()) {
        return tasks;
      }
      items.stream().filter(matches).forEach(tasks::add);
    }
  }

  /** Every callback task (any status) of a ticket, as the callback centre sees them. */
  static List<Map<String, Object>> tasksOfTicket(long ticket) {
    return callbackTasks("callback", t -> is(t.get("ticketId"), ticket));
  }

  /** Every callback task (any status) of a service record, as the callback centre sees them. */
  static List<Map<String, Object>> tasksOfRecord(long record) {
    return callbackTasks("callback", t -> is(t.get("serviceRecordId"), record));
  }

  /** Whether a JSON number is this id. */
  static boolean is(Object jsonNumber, long id) {
    return jsonNumber != null && ((Number) jsonNumber).longValue() == id;
  }
}
