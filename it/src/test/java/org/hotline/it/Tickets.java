package org.hotline.it;

import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** Helpers that drive the ticket API the way the pages and integrations do. */
final class Tickets {

  private Tickets() {}

  static Map<String, Object> call(String content) {
    Map<String, Object> body = new HashMap<>();
    body.put("channel", "PHONE_12345");
    body.put("callerName", "测试来电人");
    body.put(
        "callerPhone", "1390000" + String.format("%04d", Math.abs(content.hashCode()) % 10000));
    body.put("address", "人民路 88 号");
    body.put("areaCode", "CG-CG-01");
    body.put("categoryCode", "ZA-NOISE");
    body.put("urgency", "NORMAL");
    body.put("content", content);
    return body;
  }

  /** Logs a ticket as the operator; returns the response body. */
  static JsonPath log(Map<String, Object> body) {
    return as("operator")
        .body(body)
        .post("/api/tickets")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  static long logged(String content) {
    return log(call(content)).getLong("id");
  }

  static JsonPath act(String user, long id, String action, Object body) {
    var request = as(user);
    if (body != null) {
      request = request.body(body);
    }
    return request
        .post("/api/tickets/" + id + "/" + action)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The officer replies and the chief of 城关派出所 lets the reply go to the centre (所长审核). */
  static JsonPath replied(long id, String text) {
    act("officer", id, "reply", Map.of("text", text));
    return act("chief", id, "chief-review", Map.of("approved", true));
  }

  /** A ticket assigned to 城关派出所 (the unit of the demo users officer and chief). */
  static long assignedToChengguan(String content) {
    long id = logged(content);
    act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    return id;
  }
}
