package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 重复件合并: every call stays on record under the main ticket and every caller is called back. */
class MergeIT {

  private static long running(String number) {
    return as("admin")
        .queryParam("businessKey", number)
        .get("/camunda/api/engine/engine/default/process-instance/count")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("count");
  }

  @Test
  void aRepeatCallIsMergedAndItsCallerIsCalledBackWhenTheMainTicketCloses() {
    var main = Tickets.log(Tickets.call("小区门口井盖丢失，晚上很危险"));
    var repeat = Tickets.log(Tickets.call("小区门口井盖没了，再次反映"));
    long mainId = main.getLong("id");
    long repeatId = repeat.getLong("id");

    var merged =
        act("dispatcher", repeatId, "merge", Map.of("mainTicketId", mainId, "reason", "同一井盖"));
    assertThat(merged.getString("status")).isEqualTo("MERGED");
    assertThat(merged.getString("mergedIntoNumber")).isEqualTo(main.getString("number"));
    assertThat(running(repeat.getString("number"))).isZero();
    assertThat(
            as("dispatcher")
                .get("/api/tickets/" + mainId + "/merged")
                .jsonPath()
                .getList("id", Long.class))
        .containsExactly(repeatId);
    assertThat(
            as("dispatcher")
                .get("/api/tickets/" + mainId + "/history")
                .jsonPath()
                .getList("action", String.class))
        .contains("CALL_MERGED");
    // merged calls leave the triage queue and count once
    assertThat(
            as("dispatcher")
                .get("/api/tickets?status=PENDING_TRIAGE&size=200")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(mainId)
        .doesNotContain(repeatId);

    act("dispatcher", mainId, "assign", Map.of("unitCode", "PS-CHENGGUAN"));
    act("officer", mainId, "sign", null);
    Tickets.replied(mainId, "已通知市政补装井盖");
    assertThat(as("callback").get("/api/tickets/" + repeatId).jsonPath().getBoolean("callbackDue"))
        .isFalse();
    act("dispatcher", mainId, "review", Map.of("approved", true));

    List<Long> due =
        as("callback")
            .get("/api/tickets?callbackDue=true&size=200")
            .jsonPath()
            .getList("items.id", Long.class);
    assertThat(due).contains(mainId, repeatId);
    assertThat(
            act("callback", repeatId, "callback", Map.of("result", "SATISFIED"))
                .getBoolean("callbackDue"))
        .isFalse();
    assertThat(
            act("callback", mainId, "callback", Map.of("result", "SATISFIED"))
                .getBoolean("callbackDue"))
        .isFalse();
  }

  @Test
  void notIntoItselfNorIntoAMergedTicket() {
    long a = Tickets.logged("合并规则甲");
    long b = Tickets.logged("合并规则乙");
    long c = Tickets.logged("合并规则丙");
    as("dispatcher")
        .body(Map.of("mainTicketId", a))
        .post("/api/tickets/" + a + "/merge")
        .then()
        .statusCode(409);
    act("dispatcher", b, "merge", Map.of("mainTicketId", a));
    var refused =
        as("dispatcher")
            .body(Map.of("mainTicketId", b))
            .post("/api/tickets/" + c + "/merge")
            .then()
            .statusCode(409)
            .extract()
            .jsonPath();
    assertThat(refused.getString("code")).isEqualTo("NOT_MERGEABLE");
    as("dispatcher").body(Map.of()).post("/api/tickets/" + c + "/merge").then().statusCode(400);
    as("operator")
        .body(Map.of("mainTicketId", a))
        .post("/api/tickets/" + c + "/merge")
        .then()
        .statusCode(403);
  }

  @Test
  void unmergeMakesTheCallATicketOfItsOwnAgain() {
    long main = Tickets.logged("取消合并的主工单");
    var call = Tickets.log(Tickets.call("其实是另一件事"));
    long id = call.getLong("id");
    act("dispatcher", id, "merge", Map.of("mainTicketId", main));
    as("dispatcher").body(Map.of()).post("/api/tickets/" + id + "/unmerge").then().statusCode(400);
    var back = act("dispatcher", id, "unmerge", Map.of("reason", "误合并，是另一件事"));
    assertThat(back.getString("status")).isEqualTo("PENDING_TRIAGE");
    assertThat(back.getString("mergedIntoNumber")).isNull();
    assertThat(running(call.getString("number"))).isEqualTo(1);
    assertThat(
            as("dispatcher")
                .get("/api/tickets/" + id + "/history")
                .jsonPath()
                .getList("action", String.class))
        .containsExactly("LOGGED", "MERGED", "UNMERGED");
    assertThat(
            as("dispatcher")
                .get("/api/tickets/" + main + "/history")
                .jsonPath()
                .getList("action", String.class))
        .containsExactly("LOGGED", "CALL_MERGED", "CALL_UNMERGED");
    // and it can be routed as usual
    assertThat(act("dispatcher", id, "assign", Map.of("unitCode", "PS-XIGUAN")).getString("status"))
        .isEqualTo("ASSIGNED");
  }
}
