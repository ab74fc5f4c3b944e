package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The idempotency fingerprint covers the request unambiguously (issue 10.8): a second body whose
 * values only shift a field boundary is another request (422), not a replay.
 */
class IdempotencyFingerprintIT {

  private static long total() {
    return as("dispatcher").get("/api/tickets?size=1").jsonPath().getLong("total");
  }

  @Test
  void valuesThatShiftAFieldBoundaryAreADifferentRequest() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> first = Tickets.call("幂等指纹测试");
    first.put("callerName", "测试甲, callerPhone=13911112222");
    first.put("callerPhone", "13933334444");
    as("operator")
        .header("Idempotency-Key", key)
        .body(first)
        .post("/api/tickets")
        .then()
        .statusCode(201);
    long before = total();

    Map<String, Object> second = Tickets.call("幂等指纹测试");
    second.put("callerName", "测试甲");
    second.put("callerPhone", "13911112222, callerPhone=13933334444");
    String code =
        as("operator")
            .header("Idempotency-Key", key)
            .body(second)
            .post("/api/tickets")
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath()
            .getString("code");
    assertThat(code).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void aValueMovedBetweenTwoFieldsIsADifferentRequest() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> first = Tickets.call("幂等指纹测试：地址与区域");
    first.put("address", "人民路 88 号, areaCode=X");
    as("operator")
        .header("Idempotency-Key", key)
        .body(first)
        .post("/api/tickets")
        .then()
        .statusCode(201);
    Map<String, Object> second = Tickets.call("幂等指纹测试：地址与区域");
    second.put("address", "人民路 88 号");
    second.put("areaCode", "X, areaCode=CG-CG-01");
    as("operator")
        .header("Idempotency-Key", key)
        .body(second)
        .post("/api/tickets")
        .then()
        .statusCode(422);
  }

  @Test
  void anAnonymousCallerIsNotACallerNamedNull() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> first = Tickets.call("幂等指纹测试：匿名");
    first.remove("callerName");
    as("operator")
        .header("Idempotency-Key", key)
        .body(first)
        .post("/api/tickets")
        .then()
        .statusCode(201);
    Map<String, Object> second = Tickets.call("幂等指纹测试：匿名");
    second.put("callerName", "null");
    as("operator")
        .header("Idempotency-Key", key)
        .body(second)
        .post("/api/tickets")
        .then()
        .statusCode(422);
  }

  @Test
  void theSameRequestIsStillAReplay() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> call = Tickets.call("幂等指纹测试：同一请求");
    long id =
        as("operator")
            .header("Idempotency-Key", key)
            .body(call)
            .post("/api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    as("operator")
        .header("Idempotency-Key", key)
        .body(call)
        .post("/api/tickets")
        .then()
        .statusCode(201)
        .header("Idempotent-Replayed", "true")
        .body("id", org.hamcrest.Matchers.equalTo((int) id));
  }
}
