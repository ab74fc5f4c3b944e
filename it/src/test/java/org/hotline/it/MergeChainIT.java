package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 重复件合并 in chains (issue 10.2): the calls merged into a ticket follow it when it is merged in turn;
 * no ticket ever ends up merged into a merged ticket, whatever the order or timing of the requests;
 * every caller of the matter is called back once when the one main ticket closes.
 */
class MergeChainIT {

  private static JsonPath ticket(long id) {
    return as("dispatcher").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
  }

  private static List<Long> merged(long id) {
    return as("dispatcher")
        .get("/api/tickets/" + id + "/merged")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("id", Long.class);
  }

  private static List<String> history(long id, String field) {
    return as("dispatcher")
        .get("/api/tickets/" + id + "/history")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList(field, String.class);
  }

  private static io.restassured.response.Response merge(long id, long main) {
    return as("dispatcher")
        .body(Map.of("mainTicketId", main, "reason", "同一件事"))
        .post("/api/tickets/" + id + "/merge");
  }

  /**
   * No merged ticket points at a ticket that is itself merged; a main ticket lists exactly its
   * calls.
   */
  private static void assertNoChain(long... ids) {
    for (long id : ids) {
      JsonPath t = ticket(id);
      if ("MERGED".equals(t.getString("status"))) {
        long main = t.getLong("mergedIntoId");
        assertThat(ticket(main).getString("status")).as("main of %d", id).isNotEqualTo("MERGED");
        assertThat(merged(main)).as("calls of %d", main).contains(id);
      } else {
        assertThat(t.getString("mergedIntoId")).isNull();
      }
      if (!"MERGED".equals(t.getString("status"))) {
        for (long call : merged(id)) {
          assertThat(ticket(call).getLong("mergedIntoId")).isEqualTo(id);
        }
      } else {
        assertThat(merged(id)).as("a merged ticket keeps no calls").isEmpty();
      }
    }
  }

  @Test
  void callsMergedIntoATicketFollowItAndEveryCallerIsCalledBackOnce() {
    long a = Tickets.logged("链式合并：小区路灯不亮（第二次来电）");
    long b = Tickets.logged("链式合并：小区路灯不亮（第一次来电）");
    long c = Tickets.logged("链式合并：小区路灯不亮（第三次来电）");
    merge(c, a).then().statusCode(200);
    merge(a, b).then().statusCode(200);

    assertThat(merged(b)).containsExactlyInAnyOrder(a, c);
    assertThat(merged(a)).isEmpty();
    assertThat(ticket(c).getLong("mergedIntoId")).isEqualTo(b);
    assertThat(ticket(c).getString("mergedIntoNumber")).isEqualTo(ticket(b).getString("number"));
    // recorded in both histories: the call's and the main ticket's
    assertThat(history(c, "action")).containsExactly("LOGGED", "MERGED", "MERGED");
    assertThat(history(c, "detail"))
        .last()
        .asString()
        .contains("via=" + ticket(a).getString("number"));
    assertThat(history(b, "action")).containsExactly("LOGGED", "CALL_MERGED", "CALL_MERGED");
    assertNoChain(a, b, c);

    // B closes: the callers of A and C are due for callback, once each
    act("dispatcher", b, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    act("officer", b, "sign", null);
    Tickets.replied(b, "已通知供电所修复路灯");
    act("dispatcher", b, "review", Map.of("approved", true));
    List<Long> due =
        as("callback")
            .get("/api/tickets?callbackDue=true&size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(due).contains(a, b, c);
    for (long id : new long[] {a, b, c}) {
      assertThat(
              act("callback", id, "callback", Map.of("result", "SATISFIED"))
                  .getBoolean("callbackDue"))
          .isFalse();
      as("callback")
          .body(Map.of("result", "SATISFIED"))
          .post("/api/tickets/" + id + "/callback")
          .then()
          .statusCode(409);
    }
  }

  @Test
  void aTicketCannotBeMergedIntoACallOfItsOwnNorBackIntoTheTicketThatTookIt() {
    long a = Tickets.logged("链式合并：反向合并甲");
    long b = Tickets.logged("链式合并：反向合并乙");
    merge(a, b).then().statusCode(200);
    // B into A: A is merged → refused, nothing changes
    merge(b, a).then().statusCode(409);
    assertThat(ticket(b).getString("status")).isEqualTo("PENDING_TRIAGE");
    assertThat(merged(b)).containsExactly(a);
    assertNoChain(a, b);
  }

  @Test
  void unmergeOfATicketThatCarriedCallsLeavesThemWithTheMainTicket() {
    long a = Tickets.logged("链式合并：取消合并甲");
    long b = Tickets.logged("链式合并：取消合并乙");
    long c = Tickets.logged("链式合并：取消合并丙");
    merge(c, a).then().statusCode(200);
    merge(a, b).then().statusCode(200);
    act("dispatcher", a, "unmerge", Map.of("reason", "甲是另一件事"));

    assertThat(ticket(a).getString("status")).isEqualTo("PENDING_TRIAGE");
    assertThat(merged(a)).isEmpty();
    assertThat(merged(b)).containsExactly(c);
    assertThat(ticket(c).getLong("mergedIntoId")).isEqualTo(b);
    assertThat(history(b, "action"))
        .containsExactly("LOGGED", "CALL_MERGED", "CALL_MERGED", "CALL_UNMERGED");
    assertNoChain(a, b, c);
    // A can now be merged again, even into its former call's main ticket
    merge(a, b).then().statusCode(200);
    assertThat(merged(b)).containsExactlyInAnyOrder(a, c);
  }

  @Test
  void twoMergesAtTheSameMomentNeverMakeAChainOrACycle() {
    for (int round = 0; round < 8; round++) {
      long a = Tickets.logged("并发合并" + round + "：甲");
      long b = Tickets.logged("并发合并" + round + "：乙");
      // A→B and B→A at once: one wins, the other is a 409, never both, never a 500
      List<Race.Outcome> crossed = Race.run(() -> merge(a, b), () -> merge(b, a));
      assertThat(crossed)
          .filteredOn(Race.Outcome::success)
          .as("round %d: %s", round, crossed)
          .hasSize(1);
      assertThat(crossed)
          .filteredOn(o -> !o.success())
          .extracting(Race.Outcome::status)
          .containsOnly(409);
      assertNoChain(a, b);

      long c = Tickets.logged("并发合并" + round + "：丙");
      long d = Tickets.logged("并发合并" + round + "：丁");
      long e = Tickets.logged("并发合并" + round + "：戊");
      // D→E while C→D: either order is fine as long as no call is left behind a merged ticket
      List<Race.Outcome> chained = Race.run(() -> merge(d, e), () -> merge(c, d));
      assertThat(chained)
          .as("round %d: %s", round, chained)
          .extracting(Race.Outcome::status)
          .allMatch(s -> s == 200 || s == 409);
      assertNoChain(c, d, e);
    }
  }
}
