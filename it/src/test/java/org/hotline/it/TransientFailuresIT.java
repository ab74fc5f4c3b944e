package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.response.Response;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 10.11: a transient failure of the database — a lock held too long, the database down — is
 * 503 {@code SERVICE_UNAVAILABLE} problem+json with {@code Retry-After}, changes nothing, and the
 * client's retry with the same {@code Idempotency-Key} succeeds once the database is back. Runs on
 * MariaDB (its own connection holds the lock; the test's MariaDB is stopped and resumed on the same
 * data); on H2 (a file only the server may open) it is skipped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TransientFailuresIT {

  private static final String PORT = System.getProperty("it.mariadb.port", "3307");
  private static final Path MARIADB_DIR = ItServer.workDir().resolve("mariadb");

  private static Connection database() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:mysql://127.0.0.1:" + PORT + "/hotline_it", "hotline", "hotline");
  }

  private static void assertServiceUnavailable(Response r) {
    r.then().statusCode(503).contentType("application/problem+json");
    assertThat(r.jsonPath().getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(Integer.parseInt(r.getHeader("Retry-After"))).isPositive();
    assertThat(r.asString()).doesNotContain("Exception", "SQL");
  }

  @Test
  @Order(1)
  void aRowLockedTooLongIsA503AndTheRetrySucceeds() throws Exception {
    assumeTrue("mariadb".equals(ItServer.db()), "needs a database the test can lock rows in");
    long id = Tickets.assignedToChengguan("锁等待超时测试");
    try (Connection c = database()) {
      c.setAutoCommit(false);
      try (PreparedStatement lock =
          c.prepareStatement("SELECT id FROM ticket WHERE id = ? FOR UPDATE")) {
        lock.setLong(1, id);
        lock.executeQuery().close();
      }
      // the sign waits for the row (innodb_lock_wait_timeout), then gives up
      assertServiceUnavailable(as("officer").post("/api/tickets/" + id + "/sign"));
      var en = as("officer").header("Accept-Language", "en").get("/api/tickets/" + id);
      assertThat(en.statusCode()).isEqualTo(200); // reads are not blocked by the lock
      c.rollback();
    }
    assertThat(as("dispatcher").get("/api/tickets/" + id).jsonPath().getString("status"))
        .isEqualTo("ASSIGNED");
    assertThat(as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath().getList("action"))
        .doesNotContain("SIGNED");
    Tickets.act("officer", id, "sign", null);
  }

  @Test
  @Order(2)
  void theDatabaseDownIsA503AndTheSameKeyCreatesTheTicketOnceItIsBack() throws Exception {
    assumeTrue("mariadb".equals(ItServer.db()), "stops the test's MariaDB");
    String key = UUID.randomUUID().toString();
    Map<String, Object> call = Tickets.call("数据库中断时受理的来电");
    try {
      environment("stop");
      Response down = as("operator").header("Idempotency-Key", key).body(call).post("/api/tickets");
      assertServiceUnavailable(down);
      assertThat(down.jsonPath().getString("detail")).contains("重试");
      Response en = as("operator").header("Accept-Language", "en").get("/api/tickets?size=1");
      assertServiceUnavailable(en);
      assertThat(en.jsonPath().getString("detail")).contains("retry");
    } finally {
      environment("resume");
    }
    // the client retries with its key until the server has its connections back
    Instant until = Instant.now().plus(Duration.ofSeconds(120));
    Response created;
    do {
      TimeUnit.SECONDS.sleep(2);
      created = as("operator").header("Idempotency-Key", key).body(call).post("/api/tickets");
      assertThat(created.statusCode())
          .as("only 503 while recovering: %s", created.asString())
          .isIn(201, 503);
    } while (created.statusCode() != 201 && Instant.now().isBefore(until));
    assertThat(created.statusCode()).isEqualTo(201);
    long id = created.jsonPath().getLong("id");
    Response again = as("operator").header("Idempotency-Key", key).body(call).post("/api/tickets");
    again.then().statusCode(201).header("Idempotent-Replayed", "true");
    assertThat(again.jsonPath().getLong("id")).isEqualTo(id);
  }

  /**
   * Runs test-environment.sh (stop: shut MariaDB down; resume: start it again on the same data).
   */
  private static void environment(String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "bash",
                Path.of("src/test/sh/test-environment.sh").toAbsolutePath().toString(),
                command,
                MARIADB_DIR.toString(),
                PORT)
            .redirectErrorStream(true)
            .redirectInput(new File("/dev/null"))
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(
                    ItServer.workDir().resolve("outage-test.log").toFile()))
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("test-environment.sh %s", command).isZero();
  }

  @AfterAll
  static void databaseIsBack() throws Exception {
    if ("mariadb".equals(ItServer.db())) {
      environment("resume");
    }
  }
}
