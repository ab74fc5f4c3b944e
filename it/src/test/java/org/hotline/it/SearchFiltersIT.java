package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 10.6: every filter of {@code GET /api/tickets} means the same with and without {@code q}. A
 * handful of tickets share one made-up word; for each filter the listing with {@code q=<word>} must
 * hold exactly the tickets of the listing without {@code q} that carry the word — and the expected
 * ones (the old full-text path dropped overdue, slipProposed, callbackDue, assisting, phone, the
 * assisting unit's visibility, the exclusive end of {@code to} and the DEADLINE order).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchFiltersIT {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** A word no other test uses: smartcn keeps a run of Latin letters as one token. */
  private final String word =
      "qzx"
          + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36)
              .replaceAll("[0-9]", "k");

  private final String phone =
      "1370000" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));

  private long fresh;
  private long web;
  private long overdue;
  private long slip;
  private long direct;
  private long merged;
  private long main;
  private long assisted;
  private Set<Long> mine;

  private Map<String, Object> call(String what) {
    Map<String, Object> body = Tickets.call(what + " " + word + " 噪音扰民");
    return body;
  }

  private long logged(Map<String, Object> body) {
    return Tickets.log(body).getLong("id");
  }

  @BeforeAll
  void tickets() {
    // first, so that the clock moved past its deadline makes no other ticket of the class overdue
    overdue = logged(call("超期"));
    Tickets.act("dispatcher", overdue, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    OffsetDateTime reply =
        OffsetDateTime.parse(
            as("chief").get("/api/tickets/" + overdue).jsonPath().getString("replyDeadline"));
    try {
      TestClock.at(reply.plusSeconds(5));
    } finally {
      TestClock.reset();
    }
    assertThat(as("chief").get("/api/tickets/" + overdue).jsonPath().getString("overdueAt"))
        .isNotNull();

    Map<String, Object> f = call("新受理");
    f.put("callerPhone", phone);
    fresh = logged(f);

    Map<String, Object> w = call("网站来件");
    w.put("channel", "WEB");
    w.put("areaCode", "CG-CG-02");
    w.put("categoryCode", "JT-PARKING");
    web = logged(w);
    Tickets.act("dispatcher", web, "assign", Map.of("unitCode", "PS-CHENGGUAN"));

    slip = logged(call("二次不满意"));
    Tickets.act("dispatcher", slip, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", slip, "sign", null);
    Tickets.replied(slip, "已处置");
    Tickets.act("dispatcher", slip, "review", Map.of("approved", true));
    Tickets.act(
        "callback", slip, "callback", Map.of("result", "DISSATISFIED", "reasons", List.of("效率低")));
    Tickets.act("chief", slip, "rectification-report", Map.of("report", "已整改"));
    Tickets.act("callback", slip, "revisit", Map.of("result", "DISSATISFIED", "note", "问题依旧"));

    Map<String, Object> d = call("当场答复");
    d.put("directAnswer", "已当场解答");
    direct = logged(d);

    main = logged(call("主工单"));
    merged = logged(call("重复来电"));
    Tickets.act("dispatcher", merged, "merge", Map.of("mainTicketId", main, "reason", "同一事项"));
    Tickets.act("dispatcher", main, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Tickets.act("officer", main, "sign", null);
    Tickets.replied(main, "已处置");
    Tickets.act("dispatcher", main, "review", Map.of("approved", true));

    assisted = logged(call("协办"));
    Tickets.act(
        "dispatcher",
        assisted,
        "assign",
        Map.of("unitCode", "PS-CHENGGUAN", "assistingUnitCodes", List.of("PS-DONGGUAN")));

    mine = Set.of(fresh, web, overdue, slip, direct, merged, main, assisted);
  }

  /** The ids of a listing (one page of 200, newest first: this class's tickets are the newest). */
  private static List<Long> ids(String user, String query) {
    JsonPath page =
        as(user).get("/api/tickets?size=200&" + query).then().statusCode(200).extract().jsonPath();
    return page.getList("items.id", Long.class);
  }

  /**
   * The filter's answer with q; asserts it equals the answer without q restricted to this class's
   * tickets.
   */
  private Set<Long> bothWays(String user, String filter) {
    Set<Long> withText = new HashSet<>(ids(user, filter + "&q=" + word));
    Set<Long> without = new HashSet<>(ids(user, filter));
    without.retainAll(mine);
    assertThat(withText).as("%s with q=%s vs without q", filter, word).isEqualTo(without);
    return withText;
  }

  @Test
  void theWordAloneFindsEveryTicketOfTheClass() {
    assertThat(new HashSet<>(ids("dispatcher", "q=" + word))).isEqualTo(mine);
  }

  @Test
  void overdue() {
    assertThat(bothWays("dispatcher", "overdue=true")).containsExactly(overdue);
    assertThat(bothWays("dispatcher", "overdue=false")).isEqualTo(mine);
  }

  @Test
  void slipProposed() {
    assertThat(bothWays("director", "slipProposed=true")).containsExactly(slip);
  }

  @Test
  void status() {
    assertThat(bothWays("dispatcher", "status=PENDING_TRIAGE")).containsExactly(fresh);
    assertThat(bothWays("dispatcher", "status=MERGED")).containsExactly(merged);
  }

  /** merged=false leaves out merged calls (as the analysis counts), merged=true keeps only them. */
  @Test
  void mergedCalls() {
    Set<Long> notMerged = new HashSet<>(mine);
    notMerged.remove(merged);
    assertThat(new HashSet<>(bothWays("dispatcher", "merged=false"))).isEqualTo(notMerged);
    assertThat(bothWays("dispatcher", "merged=true")).containsExactly(merged);
  }

  @Test
  void unit() {
    assertThat(bothWays("dispatcher", "unit=PS-CHENGGUAN"))
        .containsExactlyInAnyOrder(web, overdue, slip, main, assisted);
  }

  @Test
  void categoryAreaAndChannel() {
    assertThat(bothWays("dispatcher", "category=JT-PARKING")).containsExactly(web);
    assertThat(bothWays("dispatcher", "area=CG-CG-02")).containsExactly(web);
    assertThat(bothWays("dispatcher", "channel=WEB")).containsExactly(web);
  }

  @Test
  void phone() {
    assertThat(bothWays("dispatcher", "phone=" + phone)).containsExactly(fresh);
  }

  @Test
  void callbackDueIncludesTheMergedCallOfAClosedTicket() {
    assertThat(bothWays("callback", "callbackDue=true"))
        .containsExactlyInAnyOrder(direct, main, merged);
  }

  @Test
  void assistingAndTheAssistingUnitsView() {
    assertThat(bothWays("officer2", "assisting=true")).containsExactly(assisted);
    assertThat(bothWays("officer2", "status=ASSIGNED")).containsExactly(assisted);
    // a unit sees its own tickets only, with or without a word
    assertThat(bothWays("officer", "status=ASSIGNED"))
        .containsExactlyInAnyOrder(web, overdue, assisted);
  }

  @Test
  void datesAreShanghaiDaysAndToIsInclusiveOfItsDay() {
    LocalDate today = LocalDate.now(SHANGHAI);
    assertThat(bothWays("dispatcher", "from=" + today + "&to=" + today)).isEqualTo(mine);
    assertThat(bothWays("dispatcher", "to=" + today.minusDays(1))).isEmpty();
    assertThat(bothWays("dispatcher", "from=" + today.plusDays(1))).isEmpty();
  }

  @Test
  void deadlineOrderIsTheSameWithAWord() {
    List<Long> without =
        ids("dispatcher", "order=DEADLINE&unit=PS-CHENGGUAN").stream()
            .filter(mine::contains)
            .toList();
    List<Long> withTextOfUnit = ids("dispatcher", "order=DEADLINE&unit=PS-CHENGGUAN&q=" + word);
    assertThat(withTextOfUnit).hasSize(5).isEqualTo(without);
  }

  @Test
  void aPageBeyondTheLastIsEmptyWithTheTrueTotal() {
    for (String q : new String[] {"", "&q=" + word}) {
      JsonPath page =
          as("dispatcher")
              .get("/api/tickets?size=5&page=400000000" + q)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(page.getList("items")).isEmpty();
      assertThat(page.getLong("total")).isGreaterThanOrEqualTo(mine.size());
      JsonPath last =
          as("dispatcher")
              .get("/api/tickets?size=200&page=2147483647" + q)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(last.getList("items")).isEmpty();
    }
  }
}
