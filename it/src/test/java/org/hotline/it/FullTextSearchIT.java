package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Full-text search with Chinese word segmentation, combined with filters, within unit scoping. */
class FullTextSearchIT {

  private static long logged(String content, String category, String area, String callerName) {
    Map<String, Object> call = Tickets.call(content);
    call.put("categoryCode", category);
    call.put("areaCode", area);
    call.put("callerName", callerName);
    return Tickets.log(call).getLong("id");
  }

  @Test
  void aChineseWordFindsTheTicketsThatContainIt() {
    long noise = logged("小区楼下烧烤摊噪音扰民，凌晨两点仍未停止", "ZA-NOISE", "CG-CG-01", "检索甲");
    long power = logged("整栋楼停电三个小时，电梯里还困着人", "SD-POWER", "CG-DG-01", "检索乙");
    var found =
        as("dispatcher")
            .queryParam("q", "噪音")
            .get("/api/tickets")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(found.getList("items.id", Long.class)).contains(noise).doesNotContain(power);
    assertThat(
            as("dispatcher")
                .queryParam("q", "停电")
                .get("/api/tickets")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(power)
        .doesNotContain(noise);
  }

  @Test
  void filtersNarrowTheMatches() {
    long chengguan = logged("楼道堆放杂物堵塞通道", "XF-PASSAGE", "CG-CG-02", "检索丙");
    long dongguan = logged("楼道堆放杂物无人清理", "XF-PASSAGE", "CG-DG-02", "检索丁");
    var byArea =
        as("dispatcher")
            .queryParam("q", "杂物")
            .queryParam("area", "CG-DG-02")
            .get("/api/tickets")
            .jsonPath();
    assertThat(byArea.getList("items.id", Long.class)).contains(dongguan).doesNotContain(chengguan);
    var byStatus =
        as("dispatcher")
            .queryParam("q", "杂物")
            .queryParam("status", "CLOSED")
            .get("/api/tickets")
            .jsonPath();
    assertThat(byStatus.getList("items.id", Long.class)).doesNotContain(chengguan, dongguan);
  }

  @Test
  void unitsFindOnlyTheirOwnTicketsAndNeverByAHiddenCallerName() {
    Map<String, Object> call = Tickets.call("有人在出租屋聚众赌博");
    call.put("categoryCode", "ZA-GAMBLING");
    call.put("confidential", true);
    call.put("callerName", "保密举报人");
    long secret = Tickets.log(call).getLong("id");
    Tickets.act("dispatcher", secret, "assign", Map.of("unitCode", "PS-CHENGGUAN"));

    assertThat(
            as("officer")
                .queryParam("q", "赌博")
                .get("/api/tickets")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(secret);
    assertThat(
            as("officer2")
                .queryParam("q", "赌博")
                .get("/api/tickets")
                .jsonPath()
                .getList("items.id", Long.class))
        .doesNotContain(secret);
    // the caller's name is searchable for the centre, not for the unit it is hidden from
    assertThat(
            as("dispatcher")
                .queryParam("q", "保密举报人")
                .get("/api/tickets")
                .jsonPath()
                .getList("items.id", Long.class))
        .contains(secret);
    assertThat(
            as("officer")
                .queryParam("q", "保密举报人")
                .get("/api/tickets")
                .jsonPath()
                .getList("items.id", Long.class))
        .doesNotContain(secret);
  }

  @Test
  void theTicketNumberFindsItsTicket() {
    var ticket = Tickets.log(Tickets.call("按编号查找的工单"));
    var found =
        as("dispatcher").queryParam("q", ticket.getString("number")).get("/api/tickets").jsonPath();
    assertThat(found.getList("items.id", Long.class)).containsExactly(ticket.getLong("id"));
  }
}
