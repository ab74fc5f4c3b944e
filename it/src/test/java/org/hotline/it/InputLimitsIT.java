package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Accepted input fits where it is stored (issue 10.4), on H2 and on MySQL/MariaDB utf8mb4: every
 * limit the API accepts round-trips (Chinese text, supplementary-plane characters), and lists come
 * back as the lists that were sent — never joined with a separator and split again.
 */
class InputLimitsIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String HAN = "处理太慢一直没人联系态度一般推诿扯皮效率低结果不满意执法不规范群众反映问题没有解决";

  /**
   * {@code length} UTF-16 units of Chinese text ending in a supplementary character (𠮷), distinct
   * per seed.
   */
  static String text(int length, int seed) {
    StringBuilder b = new StringBuilder();
    b.append(seed).append('号');
    while (b.length() < length - 2) {
      b.append(HAN.charAt((b.length() + seed) % HAN.length()));
    }
    b.append("𠮷");
    assertThat(b.length()).isEqualTo(length);
    return b.toString();
  }

  /** Every reason code (不满意原因) in an order of their own: reasons are codes since issue 9. */
  private static final List<String> ALL_REASONS =
      List.of("OTHER", "IMPROPER_ENFORCEMENT", "RESULT", "SLOW", "PASSING_THE_BUCK", "ATTITUDE");

  private static long directlyAnswered(String content) {
    var call = Tickets.call(content);
    call.put("directAnswer", "已当场答复");
    return Tickets.log(call).getLong("id");
  }

  private static JsonPath ticket(long id) {
    return as("dispatcher").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void everyReasonCodeIsStoredAndComesBackInOrder() {
    long id = directlyAnswered("输入上限：全部回访原因");
    as("callback")
        .body(Map.of("result", "DISSATISFIED", "reasons", ALL_REASONS))
        .post("/api/tickets/" + id + "/callback")
        .then()
        .statusCode(200);
    assertThat(ticket(id).getList("callbackReasons", String.class))
        .containsExactlyElementsOf(ALL_REASONS);
  }

  @Test
  void aReasonWithACommaIsNoCodeAndIsRefused() {
    long id = directlyAnswered("输入上限：带逗号的回访原因");
    as("callback")
        .body(Map.of("result", "DISSATISFIED", "reasons", List.of("处理太慢,一直没人联系", "ATTITUDE")))
        .post("/api/tickets/" + id + "/callback")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reasons"))
        .body("errors[0].reason", equalTo("UNKNOWN_CODE"));
    assertThat(ticket(id).getList("callbackReasons")).isEmpty();
  }

  @Test
  void moreOrLongerReasonsAreRefusedAndChangeNothing() {
    long id = directlyAnswered("输入上限：超出上限的回访原因");
    List<String> eleven = new ArrayList<>(ALL_REASONS);
    eleven.addAll(ALL_REASONS.subList(0, 5));
    as("callback")
        .body(Map.of("result", "DISSATISFIED", "reasons", eleven))
        .post("/api/tickets/" + id + "/callback")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reasons"));
    as("callback")
        .body(Map.of("result", "DISSATISFIED", "reasons", List.of(text(51, 1))))
        .post("/api/tickets/" + id + "/callback")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("reasons"))
        .body("errors[0].reason", equalTo("TOO_LONG"));
    JsonPath t = ticket(id);
    assertThat(t.getBoolean("callbackDue")).isTrue();
    assertThat(t.getInt("callbackAttempts")).isZero();
    assertThat(t.getList("callbackReasons")).isEmpty();
  }

  @Test
  void theRectificationKeepsTheReasonsAsAList() {
    long id = Tickets.assignedToChengguan("输入上限：整改原因列表");
    act("officer", id, "sign", null);
    Tickets.replied(id, "已到场处置");
    act("dispatcher", id, "review", Map.of("approved", true));
    act("callback", id, "callback", Map.of("result", "DISSATISFIED", "reasons", ALL_REASONS));
    JsonPath t = ticket(id);
    assertThat(t.getString("status")).isEqualTo("RECTIFYING");
    assertThat(t.getList("rectification.dissatisfactionReasons", String.class))
        .containsExactlyElementsOf(ALL_REASONS);
    assertThat(t.getString("rectification.dissatisfaction"))
        .isEqualTo("其他、执法不规范、结果不满意、效率低、推诿扯皮、态度差");
  }

  @Test
  void theLongestTextsOfAnIntakeRoundTrip() {
    var call = Tickets.call("unused");
    call.put("callerName", text(60, 1));
    call.put("address", text(300, 2));
    call.put("content", text(4000, 3));
    call.put("directAnswer", text(4000, 4));
    long id = Tickets.log(call).getLong("id");
    JsonPath t = ticket(id);
    assertThat(t.getString("callerName")).isEqualTo(call.get("callerName"));
    assertThat(t.getString("address")).isEqualTo(call.get("address"));
    assertThat(t.getString("content")).isEqualTo(call.get("content"));
    assertThat(t.getString("directAnswer")).isEqualTo(call.get("directAnswer"));

    call.put("content", text(4001, 3));
    as("operator")
        .body(call)
        .post("/api/tickets")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("content"))
        .body("errors[0].reason", equalTo("TOO_LONG"));
  }

  @Test
  void theLongestTextsOfHandlingRoundTrip() {
    long id = Tickets.assignedToChengguan("输入上限：办理环节的长文本");
    act("officer", id, "sign", null);
    String reply = text(4000, 5);
    act("officer", id, "reply", Map.of("text", reply));
    act("chief", id, "chief-review", Map.of("approved", false, "comment", text(1000, 6)));
    act("officer", id, "reply", Map.of("text", reply));
    act("chief", id, "chief-review", Map.of("approved", true, "comment", text(1000, 7)));
    act("dispatcher", id, "review", Map.of("approved", false, "comment", text(1000, 8)));
    assertThat(ticket(id).getString("replyText")).isEqualTo(reply);
    List<String> notes =
        as("dispatcher")
            .get("/api/tickets/" + id + "/history")
            .then()
            .extract()
            .jsonPath()
            .getList("note", String.class);
    assertThat(notes).contains(reply, text(1000, 6), text(1000, 7), text(1000, 8));

    long returned = Tickets.assignedToChengguan("输入上限：退单理由");
    String reason = text(1000, 9);
    act("officer", returned, "return", Map.of("reason", reason, "catalogueItemCode", "CAT-PS-02"));
    assertThat(ticket(returned).getString("lastReturnReason")).isEqualTo(reason);
  }

  /**
   * An extension reason of 1,000 characters is quoted in the chief's notification: it must not make
   * the request fail.
   */
  @Test
  void aLongExtensionReasonFitsItsRecordAndItsNotification() {
    long id = Tickets.assignedToChengguan("输入上限：延期理由");
    act("officer", id, "sign", null);
    OffsetDateTime old = OffsetDateTime.parse(ticket(id).getString("replyDeadline"));
    LocalDate newDay = old.atZoneSameInstant(SHANGHAI).toLocalDate().plusDays(7);
    String reason = text(1000, 10);
    as("officer")
        .body(Map.of("reason", reason, "newDeadline", newDay.toString()))
        .post("/api/tickets/" + id + "/extensions")
        .then()
        .statusCode(200)
        .body("reason", equalTo(reason));
    List<Map<String, Object>> notes =
        as("chief")
            .get("/api/notifications")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(notes)
        .anySatisfy(
            n -> {
              assertThat(n.get("ticketId")).isNotNull();
              assertThat(((Number) n.get("ticketId")).longValue()).isEqualTo(id);
              assertThat((String) n.get("body")).hasSizeLessThanOrEqualTo(1000).endsWith("…");
            });
  }

  @Test
  void aSlipTitleOfTwoHundredCharactersFitsItsNotification() {
    long ticket = RectificationAndSlipsIT.calledBack("输入上限：督办标题", "DISSATISFIED");
    String title = text(200, 11);
    as("director")
        .body(
            Map.of(
                "title",
                title,
                "requirements",
                text(2000, 12),
                "deadline",
                LocalDate.now(SHANGHAI).plusDays(10).toString(),
                "supervisorUsername",
                "leader",
                "unitCode",
                "PS-CHENGGUAN",
                "headUsername",
                "chief",
                "ticketIds",
                List.of(ticket)))
        .post("/api/slips")
        .then()
        .statusCode(201)
        .body("title", equalTo(title));
  }

  @Test
  void catalogueCategoriesAndKeywordsAreStoredAsLists() {
    List<String> leaves =
        as("admin")
            .get("/api/categories")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.leaf }.code", String.class);
    List<String> keywords = new ArrayList<>();
    keywords.add("燃气,煤气");
    for (int i = 0; i < 40; i++) {
      keywords.add(text(30, 100 + i));
    }
    var created =
        as("admin")
            .body(
                Map.of(
                    "code",
                    "CAT-LIM-" + System.nanoTime() % 100000,
                    "unitCode",
                    "AG-GAS",
                    "title",
                    text(100, 13),
                    "duties",
                    text(2000, 14),
                    "categoryCodes",
                    leaves,
                    "keywords",
                    keywords,
                    "reason",
                    text(500, 15)))
            .post("/api/catalogue")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(created.getList("categoryCodes", String.class)).containsExactlyElementsOf(leaves);
    assertThat(created.getList("keywords", String.class)).containsExactlyElementsOf(keywords);
    var versions =
        as("admin")
            .get("/api/catalogue/" + created.getString("code") + "/versions")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(versions.getList("[0].keywords", String.class)).containsExactlyElementsOf(keywords);
  }

  @Test
  void tooManyAssistingUnitsAreRefused() {
    long id = Tickets.logged("输入上限：协办单位过多");
    List<String> units =
        as("dispatcher")
            .get("/api/units")
            .then()
            .extract()
            .jsonPath()
            .getList("code", String.class);
    assertThat(units.size()).isGreaterThan(21);
    as("dispatcher")
        .body(Map.of("unitCode", "PS-CHENGGUAN", "assistingUnitCodes", units.subList(0, 21)))
        .post("/api/tickets/" + id + "/assign")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("assistingUnitCodes"));
    assertThat(ticket(id).getString("status")).isEqualTo("PENDING_TRIAGE");
  }
}
