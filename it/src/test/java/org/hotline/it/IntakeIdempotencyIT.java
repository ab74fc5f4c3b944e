package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A client may retry POST /api/tickets with the same Idempotency-Key and gets the same ticket. */
class IntakeIdempotencyIT {

  private static long total() {
    return as("dispatcher").get("/api/tickets?size=1").jsonPath().getLong("total");
  }

  @Test
  void retryWithTheSameKeyReturnsTheSameTicketAndCreatesNothing() {
    String key = UUID.randomUUID().toString();
    Map<String, Object> call = Tickets.call("重试测试：同一请求发送两次");
    var first =
        as("operator")
            .header("Idempotency-Key", key)
            .body(call)
            .post("/api/tickets")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "false")
            .extract();
    long before = total();
    var second =
        as("operator")
            .header("Idempotency-Key", key)
            .body(call)
            .post("/api/tickets")
            .then()
            .statusCode(201)
            .header("Idempotent-Replayed", "true")
            .extract();

    assertThat(second.jsonPath().getLong("id")).isEqualTo(first.jsonPath().getLong("id"));
    assertThat(second.jsonPath().getString("number"))
        .isEqualTo(first.jsonPath().getString("number"));
    assertThat(second.header("Location")).isEqualTo(first.header("Location"));
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void sameKeyWithADifferentBodyIsRefused() {
    String key = UUID.randomUUID().toString();
    as("operator")
        .header("Idempotency-Key", key)
        .body(Tickets.call("第一份请求"))
        .post("/api/tickets")
        .then()
        .statusCode(201);
    long before = total();
    String code =
        as("operator")
            .header("Idempotency-Key", key)
            .body(Tickets.call("另一份不同的请求"))
            .post("/api/tickets")
            .then()
            .statusCode(422)
            .contentType("application/problem+json")
            .extract()
            .jsonPath()
            .getString("code");
    assertThat(code).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    assertThat(total()).isEqualTo(before);
  }

  @Test
  void withoutAKeyEveryRequestIsANewTicket() {
    Map<String, Object> call = Tickets.call("无幂等键的请求");
    long a = Tickets.log(call).getLong("id");
    long b = Tickets.log(call).getLong("id");
    assertThat(a).isNotEqualTo(b);
  }

  private static long runningProcesses() {
    return as("admin")
        .get("/camunda/api/engine/engine/default/process-instance/count")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("count");
  }

  /**
   * Requests that lose the race started a process instance and then failed on the duplicate key:
   * their rollback must undo the Camunda rows too (one JTA transaction), so exactly one new process
   * instance remains.
   */
  @Test
  void concurrentRetriesCreateExactlyOneTicket() throws Exception {
    String key = UUID.randomUUID().toString();
    Map<String, Object> call = Tickets.call("并发重试：网络抖动时客户端连发八次");
    long before = total();
    long processesBefore = runningProcesses();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<int[]>> answers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Callable<int[]> post =
          () -> {
            var r = as("operator").header("Idempotency-Key", key).body(call).post("/api/tickets");
            return new int[] {
              r.statusCode(), r.statusCode() == 201 ? r.jsonPath().getInt("id") : -1
            };
          };
      answers.add(pool.submit(post));
    }
    List<Integer> ids = new ArrayList<>();
    for (Future<int[]> f : answers) {
      int[] a = f.get();
      assertThat(a[0]).as("status").isIn(201, 409);
      if (a[0] == 201) {
        ids.add(a[1]);
      }
    }
    pool.shutdown();
    assertThat(ids).isNotEmpty();
    assertThat(ids.stream().distinct().count()).isEqualTo(1);
    assertThat(total()).isEqualTo(before + 1);
    assertThat(runningProcesses()).isEqualTo(processesBefore + 1);
    // and a later retry gets that ticket
    int later =
        as("operator")
            .header("Idempotency-Key", key)
            .body(call)
            .post("/api/tickets")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getInt("id");
    assertThat(later).isEqualTo(ids.get(0));
  }
}
