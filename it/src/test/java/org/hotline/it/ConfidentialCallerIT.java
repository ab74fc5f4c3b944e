package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A confidential (保密) caller cannot be confirmed by the handling unit (issue 11.2): no filter or
 * search a unit role can use matches the hidden caller's number or name; the centre still finds it.
 */
class ConfidentialCallerIT {

  /** A confidential ticket and an ordinary one from the same number, both with 城关派出所. */
  private record Pair(String mobile, long confidential, long ordinary) {}

  private static Pair assignedPair(String content) {
    String mobile = CallerPhoneIT.freshMobile();
    Map<String, Object> secret = Tickets.call(content + "，请为我保密");
    secret.put("callerPhone", mobile);
    secret.put("callerName", "线人甲乙");
    secret.put("confidential", true);
    long confidential = Tickets.log(secret).getLong("id");
    Tickets.act("dispatcher", confidential, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    Map<String, Object> open = Tickets.call(content);
    open.put("callerPhone", CallerPhoneIT.dashed(mobile));
    long ordinary = Tickets.log(open).getLong("id");
    Tickets.act("dispatcher", ordinary, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    return new Pair(mobile, confidential, ordinary);
  }

  private static List<Long> ids(String user, Map<String, ?> query) {
    return as(user)
        .queryParams(query)
        .queryParam("size", 50)
        .get("/api/tickets")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.id", Long.class);
  }

  @Test
  void aUnitCannotConfirmAHiddenCallerByNumber() {
    Pair p = assignedPair("举报楼内聚众赌博");
    for (String user : List.of("officer", "chief")) {
      for (String phone :
          List.of(
              p.mobile(),
              CallerPhoneIT.dashed(p.mobile()),
              "+86" + p.mobile(),
              p.mobile().substring(0, 7))) {
        List<Long> found = ids(user, Map.of("phone", phone));
        assertThat(found).as("%s ?phone=%s", user, phone).doesNotContain(p.confidential());
      }
      // the same number on an ordinary ticket of the unit is still found
      assertThat(ids(user, Map.of("phone", p.mobile()))).contains(p.ordinary());
    }
    // the centre sees confidential callers and finds both
    assertThat(ids("operator", Map.of("phone", p.mobile())))
        .contains(p.confidential(), p.ordinary());
    assertThat(ids("dispatcher", Map.of("phone", p.mobile())))
        .contains(p.confidential(), p.ordinary());
  }

  @Test
  void aUnitsFullTextSearchWithANumberDoesNotMatchAHiddenCaller() {
    Pair p = assignedPair("举报棋牌室深夜聚赌");
    List<Long> found = ids("officer", Map.of("q", "棋牌室", "phone", p.mobile()));
    assertThat(found).contains(p.ordinary()).doesNotContain(p.confidential());
    // without the number the unit still finds its confidential ticket by its content
    assertThat(ids("officer", Map.of("q", "棋牌室"))).contains(p.confidential());
    assertThat(ids("dispatcher", Map.of("q", "棋牌室", "phone", p.mobile())))
        .contains(p.confidential(), p.ordinary());
  }

  @Test
  void aUnitsFullTextSearchDoesNotMatchAHiddenCallersName() {
    Pair p = assignedPair("举报游戏厅赌博机");
    assertThat(ids("officer", Map.of("q", "线人甲乙"))).doesNotContain(p.confidential());
    assertThat(ids("dispatcher", Map.of("q", "线人甲乙"))).contains(p.confidential());
  }

  @Test
  void everyOrderAndFilterOfAUnitKeepsTheHiddenCallerOut() {
    Pair p = assignedPair("举报地下赌场");
    for (String order : List.of("NEWEST", "DEADLINE", "RELEVANCE")) {
      assertThat(
              ids(
                  "officer",
                  Map.of(
                      "phone",
                      p.mobile(),
                      "order",
                      order,
                      "status",
                      "ASSIGNED",
                      "unit",
                      "PS-CHENGGUAN",
                      "area",
                      "CG-CG-01",
                      "category",
                      "ZA-NOISE",
                      "channel",
                      "PHONE_12345")))
          .as("order %s", order)
          .contains(p.ordinary())
          .doesNotContain(p.confidential());
    }
  }
}
