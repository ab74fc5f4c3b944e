package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.hotline.it.Tickets.act;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** 转办记录: diversions to 12345 and 110 transfers keep a record with the other side's feedback. */
class TransferRecordsIT {

  @Test
  void aNonPoliceMatterDivertedToAnAgencyKeepsATransferRecordWithFeedback() {
    long id = Tickets.logged("路边垃圾堆积很多天");
    act("dispatcher", id, "assign", Map.of("unitCode", "AG-URBAN"));
    var transfers =
        as("dispatcher")
            .get("/api/tickets/" + id + "/transfers")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(transfers.getList("direction")).containsExactly("TO_12345");
    assertThat(transfers.getString("[0].unitCode")).isEqualTo("AG-URBAN");
    // the pages show the unit and the person by name
    assertThat(transfers.getString("[0].unitName")).isNotBlank().isNotEqualTo("AG-URBAN");
    assertThat(transfers.getString("[0].createdByName"))
        .isEqualTo(ItServer.displayName("dispatcher"));
    assertThat(transfers.getString("[0].externalStatus")).isEqualTo("SENT");
    long transferId = transfers.getLong("[0].id");

    var fed =
        as("dispatcher")
            .body(
                Map.of(
                    "externalReference",
                    "12345-2026-0088",
                    "externalStatus",
                    "ACCEPTED",
                    "note",
                    "12345 已受理"))
            .post("/api/tickets/" + id + "/transfers/" + transferId + "/feedback")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(fed.getString("externalReference")).isEqualTo("12345-2026-0088");
    assertThat(fed.getString("externalStatus")).isEqualTo("ACCEPTED");
    var history = as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath();
    assertThat(history.getString("find { it.action == 'TRANSFER_FEEDBACK' }.detail"))
        .isEqualTo("transfer=TO_12345;status=ACCEPTED;reference=12345-2026-0088");

    as("dispatcher")
        .body(Map.of("externalStatus", "LOST"))
        .post("/api/tickets/" + id + "/transfers/" + transferId + "/feedback")
        .then()
        .statusCode(400);
    as("agency")
        .body(Map.of("externalStatus", "RESOLVED"))
        .post("/api/tickets/" + id + "/transfers/" + transferId + "/feedback")
        .then()
        .statusCode(403);
  }

  @Test
  void aPoliceAssignmentIsNoTransfer() {
    long id = Tickets.assignedToChengguan("派出所承办的不是转办");
    assertThat(as("dispatcher").get("/api/tickets/" + id + "/transfers").jsonPath().getList("$"))
        .isEmpty();
  }

  @Test
  void aTransferFrom110ArrivesWithThe110Reference() {
    Map<String, Object> call = Tickets.call("110 转来的非警情：楼上漏水");
    call.put("channel", "TRANSFER_110");
    call.put("transferReference", "110-20261123-0456");
    long id = Tickets.log(call).getLong("id");
    var transfers = as("dispatcher").get("/api/tickets/" + id + "/transfers").jsonPath();
    assertThat(transfers.getList("direction")).containsExactly("FROM_110");
    assertThat(transfers.getString("[0].externalReference")).isEqualTo("110-20261123-0456");
  }
}
