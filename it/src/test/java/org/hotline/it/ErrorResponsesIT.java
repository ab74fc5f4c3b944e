package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every refusal is RFC 9457 problem+json with a stable code, the bad fields, and zh/en text. */
class ErrorResponsesIT {

  @Test
  void missingAndInvalidFieldsAreEachNamedInChineseByDefault() {
    var problem =
        as("operator")
            .body(
                Map.of(
                    "channel",
                    "FAX",
                    "areaCode",
                    "CG",
                    "categoryCode",
                    "NO-SUCH",
                    "callerPhone",
                    "abc"))
            .post("/api/tickets")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(problem.getInt("status")).isEqualTo(400);
    assertThat(problem.getList("errors.field", String.class))
        .containsExactlyInAnyOrder("channel", "callerPhone", "areaCode", "categoryCode", "content");
    assertThat(problem.getString("detail")).contains("字段错误");
    assertThat(problem.getString("errors.find { it.field == 'areaCode' }.reason"))
        .isEqualTo("NOT_LEAF");
    assertThat(problem.getString("errors.find { it.field == 'categoryCode' }.reason"))
        .isEqualTo("UNKNOWN_CODE");
    assertThat(problem.getString("errors.find { it.field == 'content' }.reason"))
        .isEqualTo("REQUIRED");
  }

  @Test
  void englishWhenTheClientAsksForIt() {
    var problem =
        as("operator")
            .header("Accept-Language", "en-US,en;q=0.9")
            .body(Map.of("channel", "PHONE_12345"))
            .post("/api/tickets")
            .then()
            .statusCode(400)
            .header("Content-Language", "en")
            .extract()
            .jsonPath();
    assertThat(problem.getString("detail")).contains("invalid field");
    assertThat(problem.getString("errors.find { it.field == 'content' }.message"))
        .isEqualTo("\"content\" is required.");
  }

  @Test
  void malformedJsonIsA400Problem() {
    as("operator")
        .body("{not json")
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void noCredentialsIsA401WithABasicChallenge() {
    anonymous()
        .get("/api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"))
        .contentType("application/problem+json");
    anonymous().body(Tickets.call("匿名提交")).post("/api/tickets").then().statusCode(401);
  }

  @Test
  void wrongPasswordIsRefused() {
    anonymous()
        .auth()
        .preemptive()
        .basic("operator", "wrong")
        .get("/api/me")
        .then()
        .statusCode(401);
  }

  @Test
  void aRoleWithoutTheRightGetsA403() {
    as("officer")
        .body(Tickets.call("民警不能受理来电"))
        .post("/api/tickets")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    long id = Tickets.logged("派单只能由派单员操作");
    as("operator")
        .body(Map.of("unitCode", "PS-CHENGGUAN"))
        .post("/api/tickets/" + id + "/assign")
        .then()
        .statusCode(403);
    as("officer")
        .body(Map.of("approved", true))
        .post("/api/tickets/" + id + "/review")
        .then()
        .statusCode(403);
  }

  @Test
  void anUnknownTicketIsA404() {
    var problem =
        as("dispatcher")
            .get("/api/tickets/987654321")
            .then()
            .statusCode(404)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("TICKET_NOT_FOUND");
  }

  @Test
  void anActionTheStatusDoesNotAllowIsA409AndChangesNothing() {
    long id = Tickets.logged("未派单的工单不能签收或回复");
    as("dispatcher")
        .body(Map.of("approved", true))
        .post("/api/tickets/" + id + "/review")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    var problem =
        as("dispatcher")
            .body(Map.of("unitCode", "PS-DONGGUAN"))
            .post("/api/tickets/" + id + "/assign")
            .then()
            .statusCode(409)
            .extract()
            .jsonPath();
    assertThat(problem.getString("code")).isEqualTo("ILLEGAL_TRANSITION");
    as("officer")
        .body(Map.of("text", "未签收就回复"))
        .post("/api/tickets/" + id + "/reply")
        .then()
        .statusCode(409);

    var ticket = as("dispatcher").get("/api/tickets/" + id).jsonPath();
    assertThat(ticket.getString("status")).isEqualTo("ASSIGNED");
    assertThat(ticket.getString("ownerUnitCode")).isEqualTo("PS-CHENGGUAN");
    assertThat(as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath().getList("action"))
        .containsExactly("LOGGED", "ASSIGNED");
  }

  @Test
  void assigningToAnUnknownOrNonHandlingUnitNamesTheField() {
    long id = Tickets.logged("派单到不存在的单位");
    var unknown =
        as("dispatcher")
            .body(Map.of("unitCode", "NOPE"))
            .post("/api/tickets/" + id + "/assign")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(unknown.getString("errors[0].field")).isEqualTo("unitCode");
    assertThat(unknown.getString("errors[0].reason")).isEqualTo("UNKNOWN_CODE");
    var centre =
        as("dispatcher")
            .body(Map.of("unitCode", "RXZX"))
            .post("/api/tickets/" + id + "/assign")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(centre.getString("errors[0].reason")).isEqualTo("NOT_HANDLING_UNIT");
    assertThat(as("dispatcher").get("/api/tickets/" + id).jsonPath().getString("status"))
        .isEqualTo("PENDING_TRIAGE");
  }

  @Test
  void badListParametersAreA400() {
    var problem =
        as("dispatcher")
            .get("/api/tickets?status=LOST&size=0")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(problem.getList("errors.field", String.class))
        .containsExactlyInAnyOrder("status", "size");
  }

  // --- 11.5: every error of every path speaks problem+json, never a stack trace or a version ---

  private static void problemWithoutInternals(
      io.restassured.response.Response r, int status, String code) {
    r.then().statusCode(status).contentType("application/problem+json");
    String body = r.asString();
    assertThat(r.jsonPath().getString("code")).isEqualTo(code);
    assertThat(body)
        .doesNotContain(
            "Exception", "at org.", "at io.", "WildFly", "Undertow", "RESTEASY", ".Final");
  }

  @Test
  void malformedBasicCredentialsAreA401Problem() {
    for (String header : new String[] {"Basic !!!", "Basic", "Basic bm9jb2xvbg==", "Basic ====="}) {
      var r = ItServer.anonymous().header("Authorization", header).get("/api/me");
      problemWithoutInternals(r, 401, "UNAUTHENTICATED");
      assertThat(r.getHeader("WWW-Authenticate")).startsWith("Basic");
    }
  }

  @Test
  void aWrongPasswordUnderApiIsA401ProblemNotTheLoginPage() {
    var r = anonymous().auth().preemptive().basic("nosuchuser", "wrong").get("/api/tickets");
    problemWithoutInternals(r, 401, "UNAUTHENTICATED");
    assertThat(r.asString()).doesNotContain("<html", "j_security_check");
    var en =
        anonymous()
            .auth()
            .preemptive()
            .basic("nosuchuser", "wrong")
            .header("Accept-Language", "en")
            .get("/api/me");
    assertThat(en.jsonPath().getString("title")).isEqualTo("Not logged in");
  }

  @Test
  void wrongMethodAcceptAndContentTypeAreProblems() {
    var method = as("operator").put("/api/me");
    problemWithoutInternals(method, 405, "METHOD_NOT_ALLOWED");
    assertThat(method.getHeader("Allow")).contains("GET");
    problemWithoutInternals(
        as("operator").accept("text/html").get("/api/me"), 406, "NOT_ACCEPTABLE");
    // (form encodings and text/plain, which a foreign page can send, are refused first as CSRF:
    // 403)
    problemWithoutInternals(
        as("operator").contentType("application/xml").body("<x/>").post("/api/tickets"),
        415,
        "UNSUPPORTED_MEDIA_TYPE");
    var en = as("operator").header("Accept-Language", "en").put("/api/me");
    assertThat(en.jsonPath().getString("title")).isEqualTo("Method not allowed");
  }

  @Test
  void unknownPathsUnderApiAreA404Problem() {
    problemWithoutInternals(as("operator").get("/api/no-such-thing"), 404, "NOT_FOUND");
    problemWithoutInternals(anonymous().get("/api/no/such/thing"), 404, "NOT_FOUND");
  }

  @Test
  void errorPagesOutsideTheApiShowNoStackTraceOrVersion() {
    var missing = anonymous().get("/assets/no-such-file.js");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.asString()).doesNotContain("Exception", "WildFly", "Undertow", ".Final");
    var direct = anonymous().get("/error");
    assertThat(direct.statusCode()).isEqualTo(404);
    assertThat(direct.asString()).doesNotContain("Exception");
  }
}
