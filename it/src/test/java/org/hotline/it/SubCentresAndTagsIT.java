package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sub-centres (分中心) and problem tags (问题标签) of issue 14: a task belongs to the sub-centre of its
 * serving unit and only that sub-centre (and the city centre) sees it; the city centre spot-checks
 * (抽查) finished tasks; tags come from the admin's list of at least 100, are checked on an outcome
 * and counted per month, tag and unit.
 */
class SubCentresAndTagsIT {

  @Test
  void aTaskBelongsToTheSubCentreOfItsUnitAndOnlyThatSubCentreSeesIt() {
    long ticket = CallbackTasksIT.closed(Tickets.call("小区门口违停堵路回访 H"));
    JsonPath task = CallbackTasksIT.taskOf("callback-city", ticket);
    long id = task.getLong("id");
    assertThat(task.getString("subCentreCode")).isEqualTo("SC-CITY");
    // the other sub-centre neither lists nor opens it
    List<Object> suburb =
        as("callback-suburb")
            .queryParam("status", "ALL")
            .queryParam("size", 100)
            .get("/api/callbacks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(suburb).doesNotContain((int) id);
    SubCentreProbe.cannotReach("callback-suburb", "callback-city", id, ticket);
    as("callback-suburb")
        .queryParam("subCentre", "SC-CITY")
        .get("/api/callbacks")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
    as("callback")
        .queryParam("subCentre", "SC-NOWHERE")
        .get("/api/callbacks")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("UNKNOWN_CODE"));
    // the city centre sees it, also filtered by the sub-centre
    List<Object> city =
        as("callback")
            .queryParam("subCentre", "SC-CITY")
            .queryParam("status", "ALL")
            .queryParam("size", 100)
            .get("/api/callbacks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(city).contains((int) id);
    List<Object> suburbFilter =
        as("callback")
            .queryParam("subCentre", "SC-SUBURB")
            .queryParam("status", "ALL")
            .queryParam("size", 100)
            .get("/api/callbacks")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id");
    assertThat(suburbFilter).doesNotContain((int) id);

    // spot check (抽查): only of a finished task, only by the city centre
    as("callback")
        .body(Map.of("verdict", "CONFIRMED"))
        .post("/api/callbacks/" + id + "/spot-check")
        .then()
        .statusCode(409)
        .body("code", equalTo("CALLBACK_TASK_OPEN"));
    as("callback-city")
        .body(Map.of("result", "SATISFIED", "praiseOfficer", "003001"))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(200)
        .body("status", equalTo("DONE"))
        .body("praisedOfficerBadge", equalTo("003001"));
    as("callback-city")
        .body(Map.of("verdict", "CONFIRMED"))
        .post("/api/callbacks/" + id + "/spot-check")
        .then()
        .statusCode(403);
    as("callback")
        .body(Map.of("verdict", "DISCREPANCY"))
        .post("/api/callbacks/" + id + "/spot-check")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("note"));
    as("callback")
        .body(Map.of("verdict", "DISCREPANCY", "note", "群众称未接到回访电话"))
        .post("/api/callbacks/" + id + "/spot-check")
        .then()
        .statusCode(200)
        .body("spotCheckVerdict", equalTo("DISCREPANCY"))
        .body("spotCheckedBy", equalTo("callback"));
  }

  @Test
  void problemTagsComeFromTheAdminsListAndAreCountedPerMonthTagAndUnit() {
    JsonPath tags =
        as("callback").get("/api/problem-tags").then().statusCode(200).extract().jsonPath();
    List<Boolean> choosable = tags.getList("choosable");
    assertThat(choosable.stream().filter(Boolean::booleanValue).count())
        .isGreaterThanOrEqualTo(100);
    assertThat(tags.getString("find { it.code == 'SHIRK_PASS' }.nameZh")).isEqualTo("推诿扯皮");
    assertThat(tags.getString("find { it.code == 'INFORM_NOT_ONCE' }.nameZh"))
        .isEqualTo("一次性告知不到位");

    long ticket = CallbackTasksIT.closed(Tickets.call("报警后无人联系回访 I"));
    long id = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    as("callback")
        .body(
            Map.of(
                "result",
                "DISSATISFIED",
                "reasons",
                List.of("OTHER"),
                "tags",
                List.of("NO_SUCH_TAG", "ATTITUDE")))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(400)
        .body("errors.reason", hasItem("UNKNOWN_CODE"))
        .body("errors.reason", hasItem("NOT_LEAF"));
    // the admin retires a tag: it can no longer be chosen
    as("admin")
        .body(Map.of("nameZh", "其他问题", "nameEn", "Other problem", "active", false))
        .put("/api/problem-tags/OTHER_MISC")
        .then()
        .statusCode(200)
        .body("choosable", equalTo(false));
    as("callback")
        .body(
            Map.of(
                "result",
                "DISSATISFIED",
                "reasons",
                List.of("OTHER"),
                "tags",
                List.of("OTHER_MISC")))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("RETIRED"));
    newTagAs("callback").then().statusCode(403);
    newTagAs("admin").then().statusCode(201);

    as("callback")
        .body(
            Map.of(
                "result",
                "DISSATISFIED",
                "reasons",
                List.of("OTHER"),
                "tags",
                List.of("CONTACT_NONE", "CONTACT_NO_SMS")))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(200);
    String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
    JsonPath counts =
        as("leader")
            .queryParam("month", month)
            .get("/api/problem-tags/counts")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(
            counts.getInt(
                "find { it.tagCode == 'CONTACT_NO_SMS' && it.unitCode == 'PS-CHENGGUAN' }.count"))
        .isEqualTo(1);
    as("leader")
        .queryParam("month", "2026-13")
        .get("/api/problem-tags/counts")
        .then()
        .statusCode(400);
  }

  /** {@code user} adds the tag 未短信告知 under 联系沟通. */
  private static io.restassured.response.Response newTagAs(String user) {
    return as(user)
        .body(
            Map.of(
                "code",
                "CONTACT_NO_SMS",
                "parentCode",
                "CONTACT",
                "nameZh",
                "未短信告知",
                "nameEn",
                "No text message"))
        .post("/api/problem-tags");
  }
}
