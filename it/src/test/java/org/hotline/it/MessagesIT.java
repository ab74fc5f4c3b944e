package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, item 3 (text in one place): the pages' texts come from the server's message bundle, and
 * choices (callback reasons) are stored as codes whatever the language of the agent's page.
 */
class MessagesIT {

  @Test
  void thePagesTextsAreServedWithoutLoginInBothLanguages() {
    Response zh = anonymous().get("/api/messages?lang=zh");
    assertThat(zh.statusCode()).isEqualTo(200);
    assertThat(zh.contentType()).startsWith("application/json");
    assertThat(zh.jsonPath().getString("appName")).isEqualTo("警务热线工单系统");
    assertThat(zh.jsonPath().getString("UNREACHABLE")).isEqualTo("未接通");
    assertThat(zh.jsonPath().getString("reason_PASSING_THE_BUCK")).isEqualTo("推诿扯皮");
    assertThat(zh.jsonPath().getString("login")).isEqualTo("登录");
    // the server's own texts (PDF, notifications, history sentences) are not the pages' business
    assertThat(zh.jsonPath().getMap("$").keySet()).noneMatch(k -> k.toString().contains("."));

    Response en = anonymous().get("/api/messages?lang=en");
    assertThat(en.jsonPath().getString("appName")).isEqualTo("Police Hotline Case Management");
    assertThat(en.jsonPath().getString("reason_PASSING_THE_BUCK")).isEqualTo("Passing the buck");
    assertThat(en.jsonPath().getMap("$").keySet()).isEqualTo(zh.jsonPath().getMap("$").keySet());

    // without lang: Accept-Language, Chinese by default
    assertThat(
            anonymous()
                .header("Accept-Language", "en-GB,en;q=0.8")
                .get("/api/messages")
                .jsonPath()
                .getString("logout"))
        .isEqualTo("Log out");
    assertThat(anonymous().get("/api/messages").jsonPath().getString("logout")).isEqualTo("退出");
  }

  @Test
  void theTextsAreCacheableWithAnETag() {
    Response first = anonymous().get("/api/messages?lang=zh");
    String etag = first.header("ETag");
    assertThat(etag).isNotBlank();
    assertThat(first.header("Cache-Control")).contains("no-cache").doesNotContain("no-store");
    assertThat(anonymous().get("/api/messages?lang=en").header("ETag")).isNotEqualTo(etag);

    Response again = anonymous().header("If-None-Match", etag).get("/api/messages?lang=zh");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.asByteArray()).isEmpty();
    // If-Match of another version: 412 as a problem, not an empty answer
    Response stale = anonymous().header("If-Match", "\"zh-0\"").get("/api/messages?lang=zh");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(stale.contentType()).startsWith("application/problem+json");
    assertThat(stale.jsonPath().getString("code")).isEqualTo("PRECONDITION_FAILED");
    assertThat(anonymous().header("If-Match", etag).get("/api/messages?lang=zh").statusCode())
        .isEqualTo(200);
    // every other API answer is still never stored
    assertThat(as("operator").get("/api/me").header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void anUnknownLanguageIsAProblem() {
    anonymous()
        .get("/api/messages?lang=fr")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("lang"))
        .body("errors[0].reason", equalTo("INVALID"));
    anonymous()
        .header("Accept-Language", "en")
        .get("/api/messages?lang=fr")
        .then()
        .statusCode(400)
        .body(
            "errors[0].message",
            org.hamcrest.Matchers.not(
                org.hamcrest.Matchers.matchesPattern(".*[\\u4e00-\\u9fff].*")));
  }

  private static long closedByChengguan(String content) {
    long id = Tickets.assignedToChengguan(content);
    act("officer", id, "sign", null);
    Tickets.replied(id, "已到场处置");
    act("dispatcher", id, "review", Map.of("approved", true));
    return id;
  }

  @Test
  void callbackReasonsAreStoredAsCodesWhateverTheAgentsLanguage() {
    // an English page (old client) sends English labels, a Chinese one Chinese labels, a new one
    // codes
    long english = closedByChengguan("文案统一：英文界面回访");
    as("callback")
        .header("Accept-Language", "en")
        .body(Map.of("result", "DISSATISFIED", "reasons", List.of("Passing the buck", "Slow")))
        .post("/api/tickets/" + english + "/callback")
        .then()
        .statusCode(200);
    long chinese = closedByChengguan("文案统一：中文界面回访");
    as("callback")
        .body(Map.of("result", "DISSATISFIED", "reasons", List.of("推诿扯皮", "效率低")))
        .post("/api/tickets/" + chinese + "/callback")
        .then()
        .statusCode(200);
    long codes = closedByChengguan("文案统一：编码回访");
    as("callback")
        .header("Accept-Language", "en")
        .body(Map.of("result", "DISSATISFIED", "reasons", List.of("PASSING_THE_BUCK", "SLOW")))
        .post("/api/tickets/" + codes + "/callback")
        .then()
        .statusCode(200);

    for (long id : List.of(english, chinese, codes)) {
      for (String lang : List.of("zh", "en")) {
        var t =
            as("dispatcher")
                .header("Accept-Language", lang)
                .get("/api/tickets/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(t.getList("callbackReasons", String.class))
            .as(id + " " + lang)
            .containsExactly("PASSING_THE_BUCK", "SLOW");
        assertThat(t.getList("rectification.dissatisfactionReasons", String.class))
            .containsExactly("PASSING_THE_BUCK", "SLOW");
        // shown through the bundle in the reader's language
        assertThat(t.getString("rectification.dissatisfaction"))
            .isEqualTo(lang.equals("zh") ? "推诿扯皮、效率低" : "Passing the buck, Slow");
      }
    }
  }

  @Test
  void aReasonThatIsNoCodeIsRefusedAndChangesNothing() {
    long id = closedByChengguan("文案统一：自由文本原因");
    as("callback")
        .header("Accept-Language", "en")
        .body(Map.of("result", "DISSATISFIED", "reasons", List.of("态度一般")))
        .post("/api/tickets/" + id + "/callback")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("reasons"))
        .body("errors[0].reason", equalTo("UNKNOWN_CODE"));
    var t = as("dispatcher").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(t.getString("status")).isEqualTo("CLOSED");
    assertThat(t.getBoolean("callbackDue")).isTrue();
    assertThat(t.getList("callbackReasons")).isEmpty();
  }
}
