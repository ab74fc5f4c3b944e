package org.hotline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What deadlines cost at scale, on a server started with {@code -Dhotline.testing=true} (the test
 * clock): (1) assignments, each of which creates the ticket's four timers; (2) a calendar edit that
 * moves the deadline of every open ticket and its timers; (3) the timers of all those tickets
 * firing at once when the clock passes their deadlines (sign-overdue, reminder, overdue,
 * escalation).
 *
 * <p>Usage: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.hotline.bench.DeadlineBenchmark
 * -Dexec.args="[baseUrl] [tickets] [clients]"} (defaults: http://localhost:8080 2000 8). Loopback
 * only. Leaves the clock reset and the calendar as it found it.
 */
public final class DeadlineBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] STATIONS = {
    "PS-CHENGGUAN", "PS-DONGGUAN", "PS-XIGUAN", "PS-NANJIAO", "PS-BEIJIAO"
  };

  private DeadlineBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int tickets = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int clients = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    HttpClient admin = Sessions.login(base, "admin", "demo");
    System.out.printf("deadline benchmark: %s, %d tickets, %d clients%n", base, tickets, clients);

    ConcurrentLinkedQueue<Long> ids = new ConcurrentLinkedQueue<>();
    List<Long> assignLatencies = Collections.synchronizedList(new ArrayList<>());
    long logStart = System.nanoTime();
    parallel(
        clients,
        tickets,
        () -> Sessions.login(base, "operator", "demo"),
        (http, i) -> {
          JsonNode t =
              send(
                  http,
                  "POST",
                  base + "/api/tickets",
                  Map.of(
                      "channel",
                      "PHONE_12345",
                      "callerPhone",
                      "138" + (10000000 + i),
                      "areaCode",
                      "CG-CG-01",
                      "categoryCode",
                      "ZA-NOISE",
                      "urgency",
                      "NORMAL",
                      "content",
                      "时限压测工单 " + i));
          ids.add(t.get("id").asLong());
        });
    System.out.printf(
        "logged %d tickets in %.1f s%n", ids.size(), (System.nanoTime() - logStart) / 1e9);

    List<Long> toAssign = new ArrayList<>(ids);
    long assignStart = System.nanoTime();
    parallel(
        clients,
        toAssign.size(),
        () -> Sessions.login(base, "dispatcher", "demo"),
        (http, i) -> {
          long start = System.nanoTime();
          send(
              http,
              "POST",
              base + "/api/tickets/" + toAssign.get(i) + "/assign",
              Map.of("unitCode", STATIONS[i % STATIONS.length]));
          assignLatencies.add(System.nanoTime() - start);
        });
    double assignSeconds = (System.nanoTime() - assignStart) / 1e9;
    long[] sorted = assignLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        "assign (4 timers each): %.1f tickets/s, p50 %.1f ms, p99 %.1f ms%n",
        sorted.length / assignSeconds,
        Percentiles.millis(sorted, 50),
        Percentiles.millis(sorted, 99));

    JsonNode last =
        send(admin, "GET", base + "/api/tickets/" + toAssign.get(toAssign.size() - 1), null);
    OffsetDateTime reply = OffsetDateTime.parse(last.get("replyDeadline").asText());
    LocalDate day = reply.toLocalDate();
    long editStart = System.nanoTime();
    send(admin, "PUT", base + "/api/calendar/" + day, Map.of("working", false, "note", "压测临时放假"));
    double editSeconds = (System.nanoTime() - editStart) / 1e9;
    long restoreStart = System.nanoTime();
    send(admin, "DELETE", base + "/api/calendar/" + day, null);
    double restoreSeconds = (System.nanoTime() - restoreStart) / 1e9;
    JsonNode open = send(admin, "GET", base + "/api/tickets?status=ASSIGNED&size=1", null);
    System.out.printf(
        "calendar edit moving the open deadlines (%d assigned tickets open): %.1f s; undo: %.1f s%n",
        open.get("total").asLong(), editSeconds, restoreSeconds);

    try {
      send(admin, "PUT", base + "/api/testing/clock", Map.of("at", reply.plusDays(7).toString()));
      long fireStart = System.nanoTime();
      long due = send(admin, "GET", base + "/api/testing/jobs/due", null).get("due").asLong();
      long peak = due;
      // the job executor alone works them off, as it would after the server was down over the
      // deadlines
      while (due > 0 && System.nanoTime() - fireStart < 3_600_000_000_000L) {
        Thread.sleep(500);
        due = send(admin, "GET", base + "/api/testing/jobs/due", null).get("due").asLong();
        peak = Math.max(peak, due);
      }
      double fireSeconds = (System.nanoTime() - fireStart) / 1e9;
      System.out.printf(
          "timers due at once: %d (and the escalations they start), worked off by the job executor in "
              + "%.1f s (%.0f jobs/s)%n",
          peak, fireSeconds, peak / fireSeconds);
    } finally {
      send(admin, "DELETE", base + "/api/testing/clock", null);
    }
  }

  interface Step {
    void run(HttpClient http, int index) throws Exception;
  }

  interface Login {
    HttpClient open() throws Exception;
  }

  private static void parallel(int clients, int count, Login login, Step step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    ThreadLocal<HttpClient> session = new ThreadLocal<>();
    List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < count; i++) {
      int index = i;
      pool.submit(
          () -> {
            try {
              if (session.get() == null) {
                session.set(login.open());
              }
              step.run(session.get(), index);
            } catch (Exception e) {
              failures.add(e);
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.HOURS);
    if (!failures.isEmpty()) {
      throw new IllegalStateException(
          failures.size() + " requests failed, first: " + failures.get(0));
    }
  }

  private static JsonNode send(HttpClient http, String method, String url, Object body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
    if (body != null) {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(
          method + " " + url + ": HTTP " + response.statusCode() + " " + response.body());
    }
    return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
  }
}
