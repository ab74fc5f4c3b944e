package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data accepted before a restart are all there after it, and the workflow carries on. */
class ServerRestartIT {

  @Test
  void ticketsHistoryAndWorkflowSurviveARestart() {
    long id = Tickets.assignedToChengguan("重启前受理的工单");
    String number = as("officer").get("/api/tickets/" + id).jsonPath().getString("number");

    ItServer.restart();

    var ticket =
        as("officer").get("/api/tickets/" + id).then().statusCode(200).extract().jsonPath();
    assertThat(ticket.getString("number")).isEqualTo(number);
    assertThat(ticket.getString("status")).isEqualTo("ASSIGNED");
    assertThat(as("officer").get("/api/tickets/" + id + "/history").jsonPath().getList("action"))
        .containsExactly("LOGGED", "ASSIGNED");
    // the process instance survived too: the unit can carry on
    Tickets.act("officer", id, "sign", null);
    Tickets.act("officer", id, "reply", Map.of("text", "重启后继续办理"));
    // numbering continues without reusing a number
    String next = Tickets.log(Tickets.call("重启后受理的工单")).getString("number");
    assertThat(next).isNotEqualTo(number);
    assertThat(next.compareTo(number)).isPositive();
  }
}
