package org.hotline.it;

import static io.restassured.config.EncoderConfig.encoderConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request headers the framework cannot parse (issue 15): a malformed {@code Accept} or {@code
 * Content-Type} is a 400/415 problem (never a 500 with a stack trace in the log), a malformed
 * {@code Accept-Language} is ignored (Chinese, the request served).
 */
class MalformedHeadersIT {

  private static RequestSpecification raw(RequestSpecification spec) {
    return spec.config(
        RestAssured.config()
            .encoderConfig(
                encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
  }

  private static void problem(Response r, int status, String code, String field) {
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(r.jsonPath().getString("code")).isEqualTo(code);
    assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo(field);
    assertThat(r.asString()).doesNotContain("RESTEASY", "Exception", "at org.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"application/json;q=abc", "application/json;q=2", "*/*;q=", "json", "a/b/c"})
  void aMalformedAcceptIsA400ProblemWithOrWithoutLogin(String accept) {
    problem(
        as("operator").header("Accept", accept).get("/api/me"), 400, "MALFORMED_HEADER", "Accept");
    problem(anonymous().header("Accept", accept).get("/api/me"), 400, "MALFORMED_HEADER", "Accept");
    problem(
        anonymous().header("Accept", accept).get("/api/tickets"),
        400,
        "MALFORMED_HEADER",
        "Accept");
    Response en =
        anonymous().header("Accept", accept).header("Accept-Language", "en").get("/api/me");
    assertThat(en.jsonPath().getString("detail")).contains("Accept").doesNotContain("请求");
    assertThat(anonymous().header("Accept", accept).get("/api/me").jsonPath().getString("detail"))
        .contains("请求头");
  }

  @Test
  void wellFormedAcceptHeadersStillWork() {
    for (String accept :
        new String[] {
          "application/json", "*/*", "application/json;q=0.9, */*;q=0.1", "*; q=.2, */*; q=.2"
        }) {
      assertThat(as("operator").header("Accept", accept).get("/api/me").statusCode())
          .as(accept)
          .isEqualTo(200);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/*", "*/json", "application/json;q=abc", "application/*", "json"})
  void aMalformedOrWildcardContentTypeIsRefusedAndStoresNothing(String contentType) {
    String source = "HDR-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        "[{\"sourceSystem\":\""
            + source
            + "\",\"externalId\":\"E1\",\"kind\":\"INCIDENT_110\","
            + "\"occurredAt\":\"2026-11-20T09:30:00+08:00\",\"citizenPhone\":\"139-1234-5678\","
            + "\"officerBadge\":\"003001\",\"unitCode\":\"PS-CHENGGUAN\",\"summary\":\"调解\"}]";
    Response refused =
        raw(as("callback"))
            .contentType(contentType)
            .body(body.getBytes(StandardCharsets.UTF_8))
            .post("/api/service-records");
    boolean wildcard = contentType.contains("*");
    problem(
        refused,
        wildcard ? 415 : 400,
        wildcard ? "UNSUPPORTED_MEDIA_TYPE" : "MALFORMED_HEADER",
        "Content-Type");
    // nothing was stored: the same record sent properly is new
    Response accepted =
        raw(as("callback"))
            .contentType("application/json")
            .body(body.getBytes(StandardCharsets.UTF_8))
            .post("/api/service-records");
    assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
    assertThat(accepted.jsonPath().getInt("created")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en;q=2", "en;q=abc", "xx;;;q=abc", "zh-CN;q=0.8,en;q=", "en;q=-1"})
  void aMalformedAcceptLanguageIsIgnored(String language) {
    Response me = as("chief").header("Accept-Language", language).get("/api/me");
    assertThat(me.statusCode()).as(me.asString()).isEqualTo(200);
    assertThat(me.jsonPath().getString("username")).isEqualTo("chief");
    // errors are answered in Chinese, the default
    Response missing =
        as("chief").header("Accept-Language", language).get("/api/tickets/999999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.header("Content-Language")).isEqualTo("zh");
    Response anon = anonymous().header("Accept-Language", language).get("/api/messages");
    assertThat(anon.statusCode()).isEqualTo(200);
    // a readable header still chooses English
    assertThat(
            as("chief")
                .header("Accept-Language", "zh-CN;q=0.1, en;q=0.9")
                .get("/api/tickets/999999999")
                .header("Content-Language"))
        .isEqualTo("en");
  }

  @Test
  void noHeaderFailureLeavesAStackTraceInTheLog() throws IOException {
    anonymous().header("Accept", "application/json;q=abc").get("/api/me");
    as("operator").header("Accept-Language", "en;q=abc").get("/api/me");
    Path log = Path.of("target", "server-" + ItServer.db() + ".log");
    if (Files.exists(log)) {
      String text = Files.readString(log, StandardCharsets.ISO_8859_1);
      assertThat(text).doesNotContain("RESTEASY003545", "RESTEASY003730");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "W/abc", "\"unterminated", "zh-1, \"b\""})
  void aMalformedEntityTagIsA400Problem(String tag) {
    problem(
        anonymous().header("If-None-Match", tag).get("/api/messages"),
        400,
        "MALFORMED_HEADER",
        "If-None-Match");
    problem(
        as("operator").header("If-Match", tag).get("/api/messages"),
        400,
        "MALFORMED_HEADER",
        "If-Match");
  }

  @Test
  void wellFormedConditionalHeadersStillWork() {
    String etag = anonymous().get("/api/messages?lang=zh").header("ETag");
    assertThat(anonymous().header("If-None-Match", etag).get("/api/messages?lang=zh").statusCode())
        .isEqualTo(304);
    assertThat(anonymous().header("If-None-Match", "*").get("/api/messages?lang=zh").statusCode())
        .isEqualTo(304);
    // an unreadable date is ignored (RFC 9110 13.1.3), never a 500
    assertThat(
            anonymous()
                .header("If-Modified-Since", "not a date")
                .get("/api/messages?lang=zh")
                .statusCode())
        .isEqualTo(200);
  }
}
