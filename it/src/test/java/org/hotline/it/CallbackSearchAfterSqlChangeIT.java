package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Search after a migration that changes data (issue 14, hC): a callback task cancelled in SQL while
 * the server is down, the way V32 cancelled system-closed tasks, with the index's data version
 * raised as such a migration does ({@code search_index_data}), is no longer found as open through
 * {@code q=} once the server is back: the index follows the database, not the state it indexed.
 */
class CallbackSearchAfterSqlChangeIT {

  private static Connection database() throws SQLException {
    if ("mariadb".equals(ItServer.db())) {
      return DriverManager.getConnection(
          "jdbc:mysql://127.0.0.1:" + System.getProperty("it.mariadb.port", "3307") + "/hotline_it",
          "hotline",
          "hotline");
    }
    return DriverManager.getConnection(
        "jdbc:h2:file:"
            + ItServer.workDir().resolve("it-data-h2").resolve("hotline").toAbsolutePath(),
        "sa",
        "sa");
  }

  private static JsonPath search(String status, String q) {
    return as("callback")
        .queryParam("status", status)
        .queryParam("q", q)
        .queryParam("size", 100)
        .get("/api/callbacks")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath awaitTotal(String status, String q, int total) throws Exception {
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
    JsonPath found = search(status, q);
    while (found.getInt("total") != total && Instant.now().isBefore(giveUp)) {
      Thread.sleep(500);
      found = search(status, q);
    }
    return found;
  }

  @Test
  void aTaskCancelledInSqlIsFoundWithItsNewStatusAfterTheRestart() throws Exception {
    ItServer.ensureStarted();
    String word = "迁移检索" + Long.toString(System.nanoTime(), 36);
    long cancelled = CallbackTasksIT.closed(Tickets.call("迁移后回访检索 " + word + " 甲"));
    long kept = CallbackTasksIT.closed(Tickets.call("迁移后回访检索 " + word + " 乙"));
    assertThat(awaitTotal("OPEN", word, 2).getInt("total")).isEqualTo(2);

    ItServer.stopCleanly();
    try (Connection c = database()) {
      try (PreparedStatement cancel =
          c.prepareStatement(
              "UPDATE callback_task SET status = 'CANCELLED', assignee = NULL,"
                  + " finished_by = 'system', finished_at = created_at"
                  + " WHERE ticket_id = ? AND status = 'OPEN'")) {
        cancel.setLong(1, cancelled);
        assertThat(cancel.executeUpdate()).isEqualTo(1);
      }
      try (PreparedStatement bump =
          c.prepareStatement(
              "UPDATE search_index_data SET data_version = data_version + 1"
                  + " WHERE index_name = 'callback-task'")) {
        assertThat(bump.executeUpdate()).isEqualTo(1);
      }
    } finally {
      ItServer.start();
    }

    JsonPath open = awaitTotal("OPEN", word, 1);
    assertThat(open.getInt("total")).as("only the task still open").isEqualTo(1);
    assertThat(open.getList("items.ticketId", Long.class)).containsExactly(kept);
    // every status: both, the cancelled one with its new status (from the database)
    JsonPath all = search("ALL", word);
    assertThat(all.getList("items.ticketId", Long.class))
        .containsExactlyInAnyOrder(kept, cancelled);
    int at = all.getList("items.ticketId", Long.class).indexOf(cancelled);
    assertThat(all.getString("items[" + at + "].status")).isEqualTo("CANCELLED");
  }
}
