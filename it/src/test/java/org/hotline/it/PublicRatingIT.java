package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.RatingRequests.newCode;
import static org.hotline.it.RatingRequests.rate;
import static org.hotline.it.RatingRequests.satisfied;

import io.restassured.response.Response;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public rating (扫码评警, issue 15, slice 2): no login; the page of a code and its 404 pages; a
 * rating with its input limits; one device and one network rate-limited (429 with Retry-After); a
 * refused request stores and counts nothing; cross-site posts refused.
 */
class PublicRatingIT {

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void configuredLimits() {
    RatingLimits.configured();
  }

  @Test
  void aCitizenRatesWithoutLoginAndBadInputIsRefusedByField() {
    String token = newCode("城关派出所 评价窗口 IT-A");
    anonymous()
        .get("/api/public/rating-codes/" + token)
        .then()
        .statusCode(200)
        .body("name", equalTo("城关派出所 评价窗口 IT-A"))
        .body("unitName", equalTo("城关派出所"))
        .body("reasonGroups.reasons.flatten().code", hasItem("ATTITUDE_POOR"))
        // the staff's judgements of a citizen (群众误解, 诉求不合理 …) are never offered to the citizen
        .body("reasonGroups.reasons.flatten().code", not(hasItem("OTHER_MISUNDERSTANDING")))
        .body("reasonGroups.reasons.flatten().code", not(hasItem("OTHER_UNREASONABLE")))
        .body("reasonGroups.reasons.flatten().code", hasItem("OTHER_MISC"));
    Map<String, Object> staffTag = new java.util.HashMap<>(satisfied());
    staffTag.put("attitude", "DISSATISFIED");
    staffTag.put("reasons", List.of("OTHER_UNREASONABLE"));
    rate(token, dev(), staffTag)
        .then()
        .statusCode(400)
        .body("errors.find { it.field == 'reasons' }.reason", equalTo("UNKNOWN_CODE"));
    rate(token, dev(), satisfied())
        .then()
        .statusCode(201)
        .body("dissatisfied", equalTo(false))
        .body("callbackExpected", equalTo(false));

    rate(
            token,
            dev(),
            Map.of(
                "attitude",
                "DISSATISFIED",
                "efficiency",
                "SATISFIED",
                "conduct",
                "SATISFIED",
                "result",
                "SATISFIED"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reasons"))
        .body("errors[0].reason", equalTo("REQUIRED"));
    rate(token, dev(), Map.of("attitude", "GREAT"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("attitude"))
        .body("errors.field", hasItem("result"))
        .body("errors.find { it.field == 'attitude' }.reason", equalTo("INVALID"));
    Map<String, Object> bad = new java.util.HashMap<>(satisfied());
    bad.put("comment", "很".repeat(501));
    bad.put("phone", "12345");
    bad.put("reasons", List.of("NO_SUCH_TAG"));
    rate(token, dev(), bad)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.find { it.field == 'comment' }.reason", equalTo("TOO_LONG"))
        .body("errors.find { it.field == 'phone' }.reason", equalTo("INVALID"))
        .body("errors.find { it.field == 'reasons' }.reason", equalTo("UNKNOWN_CODE"));
    Map<String, Object> many = new java.util.HashMap<>(satisfied());
    many.put("reasons", Collections.nCopies(11, "ATTITUDE_POOR"));
    rate(token, dev(), many).then().statusCode(400).body("errors[0].reason", equalTo("TOO_LONG"));

    Map<String, Object> unhappy =
        Map.of(
            "attitude",
            "DISSATISFIED",
            "efficiency",
            "BASICALLY_SATISFIED",
            "conduct",
            "SATISFIED",
            "result",
            "DISSATISFIED",
            "reasons",
            List.of("ATTITUDE_POOR", "SHIRK_PASS"),
            "comment",
            "窗口人员态度差，来回推诿",
            "phone",
            "139-1234-5678");
    rate(token, dev(), unhappy)
        .then()
        .statusCode(201)
        .body("dissatisfied", equalTo(true))
        .body("callbackExpected", equalTo(true));
  }

  @Test
  void aRevokedOrUnknownCodeTakesNoRatingAndItsPageIs404() {
    String token = newCode("城关派出所 评价窗口 IT-B");
    anonymous()
        .accept("text/html")
        .get("/r/" + token)
        .then()
        .statusCode(200)
        .contentType("text/html")
        .header(
            "Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'"))
        .body(org.hamcrest.Matchers.containsString("/assets/rate.js"));
    long id =
        as("admin")
            .get("/api/rating-targets")
            .then()
            .extract()
            .jsonPath()
            .getLong("find { it.name == '城关派出所 评价窗口 IT-B' }.id");
    as("admin")
        .body(Map.of("reason", "测试作废"))
        .post("/api/rating-targets/" + id + "/revoke")
        .then()
        .statusCode(200);
    rate(token, dev(), satisfied())
        .then()
        .statusCode(404)
        .body("code", equalTo("RATING_CODE_REVOKED"));
    String page =
        anonymous()
            .accept("text/html")
            .get("/r/" + token)
            .then()
            .statusCode(404)
            .extract()
            .asString();
    assertThat(page).contains("此二维码已作废");
    assertThat(
            anonymous()
                .accept("text/html")
                .get("/r/AAAAAAAAAAAAAAAAAAAAAA")
                .then()
                .statusCode(404)
                .extract()
                .asString())
        .contains("无法识别此二维码");
    // the page's texts come from the message bundle: English on request
    assertThat(
            anonymous()
                .accept("text/html")
                .header("Accept-Language", "en")
                .get("/r/AAAAAAAAAAAAAAAAAAAAAA")
                .then()
                .statusCode(404)
                .header("Content-Language", "en")
                .extract()
                .asString())
        .contains("This QR code is not recognised")
        .doesNotContain("无法识别");
    assertThat(
            anonymous()
                .accept("text/html")
                .header("Accept-Language", "en-US,en;q=0.9")
                .get("/r/" + newCode("城关派出所 评价窗口 IT-EN"))
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .contains("Service rating")
        .contains("ratingDimAttitude&quot;:&quot;Attitude");
    rate("AAAAAAAAAAAAAAAAAAAAAA", dev(), satisfied())
        .then()
        .statusCode(404)
        .body("code", equalTo("RATING_CODE_UNKNOWN"));
  }

  @Test
  void oneDeviceAndOneNetworkAreRateLimitedAndRefusalsAreNotCounted() {
    String token = newCode("城关派出所 评价窗口 IT-C");
    as("admin")
        .body(Map.of("perDevice", 2, "perNetwork", 1000))
        .put("/api/testing/rating-limits")
        .then()
        .statusCode(204);
    String phone = dev();
    rate(token, phone, Map.of("attitude", "GREAT")).then().statusCode(400); // not counted
    rate(token, phone, satisfied()).then().statusCode(201);
    rate(token, phone, satisfied()).then().statusCode(201);
    Response third = rate(token, phone, satisfied());
    third
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("code", equalTo("RATING_RATE_LIMITED"))
        .body("title", equalTo("评价过于频繁"));
    assertThat(Integer.parseInt(third.header("Retry-After"))).isBetween(1, 600);
    rate(token, dev(), satisfied()).then().statusCode(201); // another phone on the same network

    as("admin")
        .body(Map.of("perDevice", 100, "perNetwork", 2))
        .put("/api/testing/rating-limits")
        .then()
        .statusCode(204);
    rate(token, dev(), satisfied()).then().statusCode(201);
    rate(token, dev(), satisfied()).then().statusCode(201);
    rate(token, dev(), satisfied())
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void aCrossSitePostIsRefusedAndASameOriginFetchPasses() {
    String token = newCode("城关派出所 评价窗口 IT-D");
    rate(token, dev(), satisfied()).then().statusCode(201);
    anonymous()
        .header("Origin", "https://evil.example")
        .header("X-Rating-Device", dev())
        .body(satisfied())
        .post("/api/public/rating-codes/" + token + "/ratings")
        .then()
        .statusCode(403)
        .body("code", equalTo("CSRF_REJECTED"));
    anonymous()
        .header("Origin", ItServer.BASE_URL)
        .header("Sec-Fetch-Site", "same-origin")
        .header("X-Rating-Device", dev())
        .body(satisfied())
        .post("/api/public/rating-codes/" + token + "/ratings")
        .then()
        .statusCode(201);
  }

  private static String dev() {
    return UUID.randomUUID().toString();
  }

  @Test
  void theReasonsComeInTheReadersLanguage() {
    String token = newCode("城关派出所 窗口 语言 " + UUID.randomUUID());
    // before: the English page listed the reasons in Chinese (Accept-Language was ignored)
    String en =
        anonymous()
            .header("Accept-Language", "en")
            .get("/api/public/rating-codes/" + token)
            .then()
            .statusCode(200)
            .extract()
            .path("reasonGroups.reasons.flatten().find { it.code == 'ATTITUDE_POOR' }.name");
    String zh =
        anonymous()
            .get("/api/public/rating-codes/" + token)
            .then()
            .statusCode(200)
            .extract()
            .path("reasonGroups.reasons.flatten().find { it.code == 'ATTITUDE_POOR' }.name");
    assertThat(en).isEqualTo("Poor attitude");
    assertThat(zh).isEqualTo("态度差");
  }
}
