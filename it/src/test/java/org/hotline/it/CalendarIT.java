package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The working-day calendar: seeded with the official 2026 schedule, edited by admin, used for
 * deadlines.
 */
class CalendarIT {

  @Test
  void the2026ScheduleIsSeeded() {
    var days =
        as("operator").get("/api/calendar?year=2026").then().statusCode(200).extract().jsonPath();
    assertThat(days.getBoolean("find { it.date == '2026-10-01' }.working")).isFalse();
    assertThat(days.getBoolean("find { it.date == '2026-09-20' }.working")).isTrue();
    assertThat(days.getString("find { it.date == '2026-02-17' }.note")).isEqualTo("春节");
  }

  @Test
  void onlyAdminEditsTheCalendar() {
    as("dispatcher")
        .body(Map.of("working", false, "note", "x"))
        .put("/api/calendar/2027-01-04")
        .then()
        .statusCode(403);
    as("admin")
        .body(Map.of("note", "no flag"))
        .put("/api/calendar/2027-01-04")
        .then()
        .statusCode(400);
    as("admin")
        .body(Map.of("working", true))
        .put("/api/calendar/not-a-date")
        .then()
        .statusCode(400);
  }

  @Test
  void aHolidayAddedByAdminMovesTheNextReplyDeadline() {
    // the next three working days from today, as the server counts them
    String deadlineBefore = Tickets.log(Tickets.call("期限计算：添加假日之前")).getString("replyDeadline");
    LocalDate before =
        OffsetDateTime.parse(deadlineBefore)
            .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
            .toLocalDate();
    as("admin")
        .body(Map.of("working", false, "note", "测试假日"))
        .put("/api/calendar/" + before)
        .then()
        .statusCode(200);
    try {
      String deadlineAfter = Tickets.log(Tickets.call("期限计算：添加假日之后")).getString("replyDeadline");
      LocalDate after =
          OffsetDateTime.parse(deadlineAfter)
              .atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
              .toLocalDate();
      assertThat(after).isAfter(before);
    } finally {
      as("admin").delete("/api/calendar/" + before).then().statusCode(204);
    }
  }
}
