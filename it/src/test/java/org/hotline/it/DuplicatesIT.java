package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** 重复件: likely repeat calls, at intake and for a logged ticket. */
class DuplicatesIT {

  @Test
  void aCallFromTheSamePhoneIsAProposedDuplicate() {
    Map<String, Object> call = Tickets.call("门口的路灯坏了一个月了");
    call.put("callerPhone", "13611112222");
    long first = Tickets.log(call).getLong("id");
    var atIntake =
        as("operator")
            .queryParam("phone", "13611112222")
            .get("/api/tickets/duplicates")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(atIntake.getList("id", Long.class)).contains(first);
    assertThat(atIntake.getString("find { it.id == " + first + " }.reasons[0]")).contains("同一来电号码");

    call.put("content", "路灯还是没修，再次反映");
    long second = Tickets.log(call).getLong("id");
    var forTicket = as("dispatcher").get("/api/tickets/" + second + "/duplicates").jsonPath();
    assertThat(forTicket.getList("id", Long.class)).contains(first).doesNotContain(second);
  }

  @Test
  void similarContentInTheSameAreaIsAProposedDuplicateButNotInAnotherArea() {
    Map<String, Object> call = Tickets.call("幸福小区东门垃圾站臭气熏天，夏天蚊虫很多");
    call.put("areaCode", "CG-XG-02");
    call.put("callerPhone", "13733334444");
    call.put("categoryCode", "CS-GARBAGE");
    long first = Tickets.log(call).getLong("id");

    var same =
        as("operator")
            .queryParam("area", "CG-XG-02")
            .queryParam("content", "幸福小区东门垃圾站很臭，蚊虫多")
            .get("/api/tickets/duplicates")
            .jsonPath();
    assertThat(same.getList("id", Long.class)).contains(first);
    var otherArea =
        as("operator")
            .queryParam("area", "XZ-LJ-01")
            .queryParam("content", "幸福小区东门垃圾站很臭，蚊虫多")
            .get("/api/tickets/duplicates")
            .jsonPath();
    assertThat(otherArea.getList("id", Long.class)).doesNotContain(first);
    var unrelated =
        as("operator")
            .queryParam("area", "CG-XG-02")
            .queryParam("content", "咨询护照办理需要的材料")
            .get("/api/tickets/duplicates")
            .jsonPath();
    assertThat(unrelated.getList("id", Long.class)).doesNotContain(first);
  }

  @Test
  void unitsDoNotSearchForDuplicates() {
    as("officer")
        .queryParam("phone", "13611112222")
        .get("/api/tickets/duplicates")
        .then()
        .statusCode(403);
  }
}
