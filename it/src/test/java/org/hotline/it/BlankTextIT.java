package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hotline.it.ItServer.as;

import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Blank text that looks like text (issue 10.5): a required text made only of no-break spaces,
 * zero-width spaces, ideographic spaces, a byte-order mark … is blank in every endpoint (400 naming
 * the field, nothing changed), and invisible padding around a text is not stored.
 */
class BlankTextIT {

  static List<String> blanks() {
    return List.of(
        "\u00a0\u00a0\u00a0",
        "\u200b\u200b",
        "\u3000\u200b\u3000",
        "\ufeff",
        "\u2060\u200c\u200d",
        "\u00a0\u200b \u3000\ufeff\t");
  }

  /**
   * Three kinds of invisible text for the tests that need a ticket in a given state (each costs a
   * ticket).
   */
  static List<String> someBlanks() {
    return List.of("\u00a0\u00a0\u00a0", "\u3000\u200b\u3000", "\ufeff");
  }

  private static long total() {
    return as("dispatcher").get("/api/tickets?size=1").jsonPath().getLong("total");
  }

  private static void assertRequired(ValidatableResponse response, String field) {
    response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.find { it.field == '" + field + "' }.reason", equalTo("REQUIRED"));
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("blanks")
  void ticketContentOfInvisibleCharactersIsRequired(String blank) {
    long before = total();
    Map<String, Object> call = Tickets.call("x");
    call.put("content", blank);
    assertRequired(as("operator").body(call).post("/api/tickets").then(), "content");
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void theProblemNamesTheFieldInChineseAndInEnglish() {
    Map<String, Object> call = Tickets.call("x");
    call.put("content", "\u3000\u200b");
    String zh =
        as("operator")
            .body(call)
            .post("/api/tickets")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getString("errors[0].message");
    String en =
        as("operator")
            .header("Accept-Language", "en")
            .body(call)
            .post("/api/tickets")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath()
            .getString("errors[0].message");
    assertThat(zh).isNotBlank().isNotEqualTo(en);
    assertThat(en).isNotBlank();
  }

  @Test
  void invisiblePaddingAroundATextIsNotStored() {
    Map<String, Object> call = Tickets.call("x");
    call.put("content", "\ufeff\u200b\u00a0楼下烧烤摊油烟扰民\u3000\u200b");
    call.put("callerName", "\u200b\u3000张三\u00a0");
    call.put("address", "\u200b\u200b");
    var ticket = Tickets.log(call);
    assertThat(ticket.getString("content")).isEqualTo("楼下烧烤摊油烟扰民");
    assertThat(ticket.getString("callerName")).isEqualTo("张三");
    assertThat(ticket.getString("address")).isNull();
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("someBlanks")
  void everyRequiredTextOfTheHandlingStepsIsRequired(String blank) {
    long id = Tickets.assignedToChengguan("空白文本测试：办理各步");
    // 改派 reason
    assertRequired(
        as("dispatcher")
            .body(Map.of("unitCode", "PS-DONGGUAN", "reason", blank))
            .post("/api/tickets/" + id + "/reroute")
            .then(),
        "reason");
    // 退单 reason
    assertRequired(
        as("officer")
            .body(Map.of("reason", blank, "catalogueItemCode", "CAT-PROPERTY-01"))
            .post("/api/tickets/" + id + "/return")
            .then(),
        "reason");
    Tickets.act("officer", id, "sign", null);
    // 延期 reason
    String deadline = as("officer").get("/api/tickets/" + id).jsonPath().getString("replyDeadline");
    LocalDate later = OffsetDateTime.parse(deadline).toLocalDate().plusDays(3);
    assertRequired(
        as("officer")
            .body(Map.of("reason", blank, "newDeadline", later.toString()))
            .post("/api/tickets/" + id + "/extensions")
            .then(),
        "reason");
    // 回复 text
    assertRequired(
        as("officer").body(Map.of("text", blank)).post("/api/tickets/" + id + "/reply").then(),
        "text");
    var ticket = as("officer").get("/api/tickets/" + id).jsonPath();
    assertThat(ticket.getString("status")).isEqualTo("SIGNED");
    assertThat(ticket.getInt("extensionCount")).isZero();
    // 所长审核: a comment is required to send back
    Tickets.act("officer", id, "reply", Map.of("text", "已处理完毕"));
    assertRequired(
        as("chief")
            .body(Map.of("approved", false, "comment", blank))
            .post("/api/tickets/" + id + "/chief-review")
            .then(),
        "comment");
    assertThat(as("chief").get("/api/tickets/" + id).jsonPath().getString("status"))
        .isEqualTo("CHIEF_REVIEW");
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("someBlanks")
  void callbackReasonsOfInvisibleCharactersAreRequired(String blank) {
    Map<String, Object> call = Tickets.call("空白文本测试：回访原因");
    call.put("directAnswer", "已当场答复");
    long id = Tickets.log(call).getLong("id");
    assertRequired(
        as("callback")
            .body(Map.of("result", "DISSATISFIED", "reasons", List.of(blank)))
            .post("/api/tickets/" + id + "/callback")
            .then(),
        "reasons");
    assertThat(as("callback").get("/api/tickets/" + id).jsonPath().getString("callbackResult"))
        .isNull();
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("blanks")
  void slipAndCatalogueTextsOfInvisibleCharactersAreRequired(String blank) {
    as("director")
        .body(Map.of("title", blank, "requirements", blank))
        .post("/api/slips")
        .then()
        .statusCode(400)
        .body(
            "errors.findAll { it.reason == 'REQUIRED' }.field", hasItems("title", "requirements"));
    Map<String, Object> item =
        new HashMap<>(
            Map.of(
                "code",
                "CAT-BLANK-" + System.nanoTime() % 100000,
                "unitCode",
                "AG-GAS",
                "title",
                blank,
                "duties",
                blank,
                "reason",
                blank,
                "keywords",
                List.of(blank)));
    as("admin")
        .body(item)
        .post("/api/catalogue")
        .then()
        .statusCode(400)
        .body(
            "errors.findAll { it.reason == 'REQUIRED' }.field",
            hasItems("title", "duties", "reason", "keywords"));
    as("admin").get("/api/catalogue/" + item.get("code") + "/versions").then().statusCode(404);
  }
}
