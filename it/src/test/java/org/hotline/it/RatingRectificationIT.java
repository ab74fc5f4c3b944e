package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.RatingRequests.dissatisfiedWithAttitude;
import static org.hotline.it.RatingRequests.ratingWithComment;
import static org.hotline.it.RatingRequests.ticketOf;

import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A dissatisfied rating becomes a rectification (扫码评警, issue 15): a ticket of channel QR_RATING
 * owned by the rated unit, waiting for its head's rectification report within 3 working days, then
 * the callback centre's re-visit; a rater who left a number gets a callback task
 * (RATING_DISSATISFIED) once the head reported: the one call of the matter is the re-visit. A
 * satisfied rating opens nothing.
 */
class RatingRectificationIT {

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void configuredLimits() {
    RatingLimits.configured();
  }

  @Test
  void dissatisfiedRatingGoesToTheHeadForRectificationThenARevisit() {
    String token = RatingRequests.newCode("城关派出所 整改窗口 IT-" + UUID.randomUUID());
    String comment = "窗口民警态度生硬 " + UUID.randomUUID();
    RatingRequests.rate(
            token, "dev-" + UUID.randomUUID(), dissatisfiedWithAttitude(comment, "138 0013 8000"))
        .then()
        .statusCode(201)
        .body("dissatisfied", equalTo(true))
        .body("callbackExpected", equalTo(true));

    Long ticketId = ticketOf(ratingWithComment(comment));
    assertThat(ticketId).as("the rating links its rectification ticket").isNotNull();

    JsonPath t =
        as("chief")
            .get("/api/tickets/" + ticketId)
            .then()
            .statusCode(200)
            .body("status", equalTo("RECTIFYING"))
            .body("channel", equalTo("QR_RATING"))
            .extract()
            .jsonPath();
    assertThat(t.getString("content")).contains(comment).contains("服务态度").contains("办理结果");
    // the rated unit never learns who rated it: the rater's number is confidential (保密) for the
    // unit's chief and the rated officer, and reaches the callback centre only
    assertThat(t.getBoolean("callerHidden")).isTrue();
    assertThat(t.getString("callerPhone")).isNull();
    assertThat(
            as("officer")
                .queryParam("channel", "QR_RATING")
                .get("/api/tickets")
                .then()
                .statusCode(200)
                .extract()
                .asString())
        .doesNotContain("13800138000")
        .doesNotContain("138-0013-8000");
    assertThat(
            as("director")
                .get("/api/tickets/" + ticketId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("callerPhone"))
        .isNotNull();
    assertThat(t.getList("allowedActions")).contains("rectificationReport");
    OffsetDateTime due = OffsetDateTime.parse(t.getString("rectification.dueAt"));
    assertThat(due)
        .isAfter(OffsetDateTime.now().plusDays(2))
        .isBefore(OffsetDateTime.now().plusDays(8));
    assertThat(
            as("chief")
                .get("/api/desk/chief")
                .then()
                .extract()
                .jsonPath()
                .getList("rectifying.id", Long.class))
        .contains(ticketId);
    assertThat(RectificationAndSlipsIT.actions(ticketId))
        .containsSubsequence("LOGGED", "ANSWERED_DIRECTLY", "CALLED_BACK", "RECTIFICATION_OPENED");
    // the system's steps are named as what they are (before: "system · system"), and the page
    // labels the citizen's rating as the rating, not as the unit's reply (办理回复)
    List<Map<String, Object>> history =
        as("chief")
            .get("/api/tickets/" + ticketId + "/history")
            .then()
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(history.get(0).get("actor")).isEqualTo("system");
    assertThat(history.get(0).get("actorName")).isEqualTo("系统自动");
    assertThat(history.get(0).get("actorUnitName")).isEqualTo("系统");

    // the rater left a number: called once per matter — for the re-visit, after the report
    assertThat(RatingRequests.tasksOfTicket(ticketId))
        .noneMatch(x -> "OPEN".equals(x.get("status")));

    RectificationAndSlipsIT.reported("chief", ticketId, Map.of("report", "所长核实后约谈窗口民警，已当面致歉"))
        .statusCode(200)
        .body("status", equalTo("REVISITING"));
    JsonPath task = CallbackTasksIT.taskOf("callback", ticketId);
    assertThat(task.getString("reasonCode")).isEqualTo("RATING_DISSATISFIED");
    assertThat(task.getString("status")).isEqualTo("OPEN");
    RectificationAndSlipsIT.revisited(ticketId, Map.of("result", "SATISFIED", "note", "群众对整改表示满意"))
        .statusCode(200)
        .body("status", equalTo("CLOSED"))
        .body("rectification.revisitResult", equalTo("SATISFIED"));
  }

  @Test
  void withoutANumberThereIsARectificationButNoCallbackTaskAndSatisfiedOpensNothing() {
    String token = RatingRequests.newCode("城关派出所 整改窗口 IT-" + UUID.randomUUID());
    String comment = "办事拖沓 " + UUID.randomUUID();
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), dissatisfiedWithAttitude(comment, null))
        .then()
        .statusCode(201)
        .body("callbackExpected", equalTo(false));
    Long ticketId = ticketOf(ratingWithComment(comment));
    assertThat(ticketId).isNotNull();
    as("chief")
        .get("/api/tickets/" + ticketId)
        .then()
        .statusCode(200)
        .body("status", equalTo("RECTIFYING"));

    String fine = "很好 " + UUID.randomUUID();
    Map<String, Object> satisfied = new HashMap<>(RatingRequests.satisfied());
    satisfied.put("comment", fine);
    RatingRequests.rate(token, "dev-" + UUID.randomUUID(), satisfied).then().statusCode(201);
    assertThat(ticketOf(ratingWithComment(fine))).isNull();
  }
}
