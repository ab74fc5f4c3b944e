package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Review r2 (issues 13/14/15, hh-17): what the breaker found, each as a kind. Before: {@code GET
 * /api/ratings} and {@code /api/ratings/flags} stopped silently at 500 / 1,000 rows, ignoring
 * {@code page}/{@code size}; an extension request left open when its ticket was replied stayed on
 * the chief's desk (同意 → 409) and the ticket page offered the dispatcher 同意/不同意 before the chief's
 * step; {@code callback-suburb} read a slip of 城关派出所 (another sub-centre's unit), its PDF and its
 * register; one record with an invisible character refused a whole JSON batch of service records
 * (400), and one CSV line with an unterminated quote refused the whole file with no line.
 */
class ReviewR2ListsScopeBatchIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static final String MONTH = YearMonth.now(SHANGHAI).toString();

  @BeforeEach
  void generousLimits() {
    RatingLimits.generous();
  }

  @AfterEach
  void configuredLimits() {
    RatingLimits.configured();
  }

  @Test
  void ratingsAndFlagsArePagedWithTheirTotalNeverCut() {
    String token = RatingRequests.newCode("城关派出所 分页窗口 " + UUID.randomUUID());
    for (int i = 0; i < 3; i++) {
      RatingRequests.rate(token, "dev-" + UUID.randomUUID(), RatingRequests.satisfied("分页 " + i))
          .then()
          .statusCode(201);
    }
    Response first =
        as("director")
            .queryParam("month", MONTH)
            .queryParam("unit", "PS-CHENGGUAN")
            .queryParam("size", 2)
            .get("/api/ratings");
    first.then().statusCode(200);
    long total = Long.parseLong(first.header("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(3);
    assertThat(first.header("X-Page")).isEqualTo("0");
    assertThat(first.header("X-Page-Size")).isEqualTo("2");
    List<Long> page0 = first.jsonPath().getList("id", Long.class);
    assertThat(page0).hasSize(2);
    List<Long> page1 =
        as("director")
            .queryParam("month", MONTH)
            .queryParam("unit", "PS-CHENGGUAN")
            .queryParam("size", 2)
            .queryParam("page", 1)
            .get("/api/ratings")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("id", Long.class);
    assertThat(page1).isNotEmpty().doesNotContainAnyElementsOf(page0);
    // the last page holds the rest: the pages add up to the total
    long lastPage = (total - 1) / 500;
    Response last =
        as("director")
            .queryParam("month", MONTH)
            .queryParam("unit", "PS-CHENGGUAN")
            .queryParam("size", 500)
            .queryParam("page", lastPage)
            .get("/api/ratings");
    assertThat((long) last.jsonPath().getList("id").size()).isEqualTo(total - lastPage * 500);
    // a size out of range is refused, naming the field
    for (String path : List.of("/api/ratings", "/api/ratings/flags")) {
      as("director")
          .queryParam("month", MONTH)
          .queryParam("size", 0)
          .get(path)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("size"));
      as("director")
          .queryParam("month", MONTH)
          .queryParam("page", -1)
          .get(path)
          .then()
          .statusCode(400)
          .body("errors[0].field", equalTo("page"));
    }
    Response flags =
        as("director").queryParam("month", MONTH).queryParam("size", 1).get("/api/ratings/flags");
    flags.then().statusCode(200);
    long flagTotal = Long.parseLong(flags.header("X-Total-Count"));
    assertThat(flags.jsonPath().getList("$")).hasSize((int) Math.min(1, flagTotal));
  }

  @Test
  void anExtensionWaitingWhenTheTicketIsRepliedIsWithdrawnAndLeavesTheChiefsDesk() {
    long id = Tickets.assignedToChengguan("r2：延期待审批时回复");
    Tickets.act("officer", id, "sign", null);
    String day =
        DeadlinesIT.time(DeadlinesIT.ticket("officer", id), "replyDeadline")
            .atZoneSameInstant(SHANGHAI)
            .toLocalDate()
            .plusDays(5)
            .toString();
    long request =
        as("officer")
            .body(Map.of("reason", "需调取监控", "newDeadline", day))
            .post("/api/tickets/" + id + "/extensions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    // whose step it is: the chief's, not the dispatcher's (who would get 409 EARLIER_STEP_PENDING)
    assertThat(extension("chief", id).getList("[0].allowedActions")).containsExactly("decide");
    assertThat(extension("dispatcher", id).getList("[0].allowedActions")).isEmpty();
    as("dispatcher")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + request + "/decision")
        .then()
        .statusCode(409)
        .body("code", equalTo("EARLIER_STEP_PENDING"));

    Tickets.replied(id, "已处置完毕");

    JsonPath after = extension("chief", id);
    assertThat(after.getString("[0].status")).isEqualTo("WITHDRAWN");
    assertThat(after.getList("[0].allowedActions")).isEmpty();
    assertThat(DeadlinesIT.actions(id)).contains("EXTENSION_WITHDRAWN");
    JsonPath desk = as("chief").get("/api/desk/chief").then().statusCode(200).extract().jsonPath();
    assertThat(desk.getList("extensions.id", Long.class)).doesNotContain(request);
    as("chief")
        .body(Map.of("approve", true))
        .post("/api/tickets/" + id + "/extensions/" + request + "/decision")
        .then()
        .statusCode(409)
        .body("code", equalTo("EXTENSION_NOT_OPEN"));
  }

  @Test
  void anExtensionWaitingWhenTheTicketIsReroutedIsWithdrawnToo() {
    // as the ranking tests re-route: from 东关派出所 (officer2) to 城关派出所 with its catalogue item
    long id = Tickets.logged("r2：延期待审批时改派");
    Tickets.act("dispatcher", id, "assign", Map.of("unitCode", "PS-DONGGUAN"));
    Tickets.act("officer2", id, "sign", null);
    String day =
        DeadlinesIT.time(DeadlinesIT.ticket("officer2", id), "replyDeadline")
            .atZoneSameInstant(SHANGHAI)
            .toLocalDate()
            .plusDays(5)
            .toString();
    as("officer2")
        .body(Map.of("reason", "需调取监控", "newDeadline", day))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(200);
    Tickets.act(
        "dispatcher",
        id,
        "reroute",
        Map.of("unitCode", "PS-CHENGGUAN", "reason", "地址属城关辖区", "catalogueItemCode", "CAT-PS-01"));
    assertThat(extension("dispatcher", id).getString("[0].status")).isEqualTo("WITHDRAWN");
    assertThat(DeadlinesIT.actions(id)).contains("EXTENSION_WITHDRAWN");
  }

  private static JsonPath extension(String user, long ticket) {
    return as(user)
        .get("/api/tickets/" + ticket + "/extensions")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aSlipOfAnotherSubCentresUnitIsNotFoundNorListed() {
    long ticket = RectificationAndSlipsIT.calledBack("r2：分中心督办单范围", "DISSATISFIED");
    long slip =
        as("director")
            .body(RectificationAndSlipsIT.slip(ticket, LocalDate.now(SHANGHAI).plusDays(10)))
            .post("/api/slips")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    int year = LocalDate.now(SHANGHAI).getYear();
    as("callback").get("/api/slips/" + slip).then().statusCode(200);
    as("callback-suburb").get("/api/slips/" + slip).then().statusCode(404);
    as("callback-suburb").get("/api/slips/" + slip + "/sheet.pdf").then().statusCode(404);
    as("callback-suburb")
        .get("/api/slips?year=" + year + "&unit=PS-CHENGGUAN")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("unit"))
        .body("errors[0].reason", equalTo("OTHER_UNIT"));
    List<Long> listed =
        as("callback-suburb")
            .get("/api/slips?year=" + year)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(listed).doesNotContain(slip);
    assertThat(
            as("callback")
                .get("/api/slips?year=" + year)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(slip);
  }

  private static Map<String, Object> record(String source, String externalId, String summary) {
    Map<String, Object> r = new HashMap<>();
    r.put("sourceSystem", source);
    r.put("externalId", externalId);
    r.put("kind", "INCIDENT_110");
    r.put("occurredAt", "2026-11-20T09:30:00+08:00");
    r.put("citizenPhone", "139-1234-5678");
    r.put("officerBadge", "003001");
    r.put("unitCode", "PS-CHENGGUAN");
    r.put("summary", summary);
    return r;
  }

  @Test
  void aBadRecordOfABatchIsRefusedAloneAndAMultiLineSummaryIsKept() {
    String source = "R2-" + UUID.randomUUID().toString().substring(0, 8);
    JsonPath result =
        as("callback")
            .body(
                List.of(
                    record(source, "G-1", "邻里纠纷"),
                    record(source, "B-1", "a\u202eb"),
                    record(source, "M-1", "第一行\n第二行")))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(result.getList("results.status")).containsExactly("CREATED", "REFUSED", "CREATED");
    assertThat(result.getList("results[1].errors.field")).containsExactly("summary");
    assertThat(result.getList("results[1].errors.reason")).containsExactly("INVALID_CHARACTER");
    // the refused record stored nothing: sent again corrected, it is new
    JsonPath again =
        as("callback")
            .body(List.of(record(source, "B-1", "ab")))
            .post("/api/service-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(again.getList("results.status")).containsExactly("CREATED");
  }

  @Test
  void aBrokenCsvLineIsReportedWithItsLineAndTheGoodRowsAreKept() {
    String source = "R2-" + UUID.randomUUID().toString().substring(0, 8);
    String row = ",INCIDENT_110,2026-11-21T10:00:00+08:00,13912340001,003001,PS-CHENGGUAN,摘要\n";
    String csv =
        "sourceSystem,externalId,kind,occurredAt,citizenPhone,officerBadge,unitCode,summary\n"
            + source
            + ",C-1"
            + row
            + source
            + ",\"C-2"
            + row
            + source
            + ",C-\u00003"
            + row
            + source
            + ",C-4"
            + row;
    JsonPath result =
        as("callback")
            .contentType("text/csv")
            .body(csv.getBytes(StandardCharsets.UTF_8))
            .post("/api/service-records/upload")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(result.getList("results.line", Integer.class)).containsExactly(2, 3, 4, 5);
    assertThat(result.getList("results.status"))
        .containsExactly("CREATED", "REFUSED", "REFUSED", "CREATED");
    assertThat(result.getList("results[1].errors.reason")).containsExactly("BROKEN_LINE");
    assertThat(result.getList("results[2].errors.reason")).containsExactly("INVALID_CHARACTER");
    assertThat(result.getString("results[1].errors[0].message")).contains("CSV");
  }
}
