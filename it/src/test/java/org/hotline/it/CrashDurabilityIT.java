package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What the server acknowledged survives a crash of its process (issue 10, item 10): intake clients
 * log calls with Idempotency-Keys while the server is killed with SIGKILL; after the restart every
 * ticket answered 201 is there with its number, a retry of every acknowledged key replays that
 * ticket (no second ticket), a retry of every request left without an answer creates its ticket
 * exactly once, and the full-text index shows what was acknowledged before the crash. Runs on H2
 * (the default file database) and on MariaDB.
 */
class CrashDurabilityIT {

  private static final int CLIENTS = 6;
  private static final long LOAD_MILLIS = 3000;
  private static final int CRASHES = 2;

  /** One intake request: its key and body, and what the server answered (id null if no 201). */
  private record Sent(String key, String body, Long id, String number) {}

  @Test
  void everyAcknowledgedTicketAndKeySurvivesKillMinusNineUnderLoad() throws Exception {
    ItServer.ensureStarted();
    for (int crash = 1; crash <= CRASHES; crash++) {
      crashUnderLoadAndCheck(crash);
    }
  }

  private void crashUnderLoadAndCheck(int crash) throws Exception {
    SessionClient dispatcher = SessionClient.login("dispatcher");
    // a ticket given to 城关派出所 just before the crash: the unit must find it by search afterwards
    long moved = Tickets.logged("崩溃前派给城关派出所的工单（第" + crash + "轮）");
    long before = total(dispatcher);

    Queue<Sent> acknowledged = new ConcurrentLinkedQueue<>();
    Queue<Sent> unanswered = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      SessionClient operator = SessionClient.login("operator");
      clients.submit(
          () ->
              logCallsUntilTheServerDies(operator, crash, client, stop, acknowledged, unanswered));
    }
    Thread.sleep(LOAD_MILLIS);
    assertThat(
            dispatcher
                .post(
                    "/api/tickets/" + moved + "/assign",
                    SessionClient.json(Map.of("unitCode", "PS-CHENGGUAN")),
                    null)
                .status())
        .isEqualTo(200);
    ItServer.kill();
    stop.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    ItServer.start();
    System.out.printf(
        "crash %d on %s: %d acknowledged, %d without answer; restarted in %.1f s%n",
        crash, ItServer.db(), acknowledged.size(), unanswered.size(), ItServer.lastStartSeconds());
    assertThat(acknowledged)
        .as("tickets acknowledged under load")
        .hasSizeGreaterThanOrEqualTo(CLIENTS);

    dispatcher = SessionClient.login("dispatcher");
    SessionClient operator = SessionClient.login("operator");
    Set<String> numbers = new HashSet<>();
    for (Sent sent : acknowledged) {
      SessionClient.Answer ticket = dispatcher.get("/api/tickets/" + sent.id());
      assertThat(ticket.status())
          .as("acknowledged ticket %s (%s) after the crash", sent.id(), sent.number())
          .isEqualTo(200);
      assertThat(ticket.body().path("number").asText()).isEqualTo(sent.number());
      SessionClient.Answer retry = operator.post("/api/tickets", sent.body(), sent.key());
      assertThat(retry.status()).as("retry of acknowledged key %s", sent.key()).isEqualTo(201);
      assertThat(retry.replayed()).isEqualTo("true");
      assertThat(retry.body().path("id").asLong()).isEqualTo(sent.id());
      numbers.add(sent.number());
    }
    for (Sent sent : unanswered) {
      // the request may or may not have been committed before the crash: either way, one ticket
      SessionClient.Answer first = operator.post("/api/tickets", sent.body(), sent.key());
      assertThat(first.status()).as("retry of unanswered key %s", sent.key()).isEqualTo(201);
      SessionClient.Answer second = operator.post("/api/tickets", sent.body(), sent.key());
      assertThat(second.status()).isEqualTo(201);
      assertThat(second.replayed()).isEqualTo("true");
      assertThat(second.body().path("id").asLong()).isEqualTo(first.body().path("id").asLong());
      numbers.add(first.body().path("number").asText());
    }
    int keys = acknowledged.size() + unanswered.size();
    assertThat(numbers).as("ticket numbers are never given twice").hasSize(keys);
    assertThat(total(dispatcher))
        .as("one ticket per key, none lost, none twice")
        .isEqualTo(before + keys);

    // the index caught up with what the database kept: the unit finds the ticket it was given
    awaitCompleteIndex();
    String number = dispatcher.get("/api/tickets/" + moved).body().path("number").asText();
    SessionClient officer = SessionClient.login("officer");
    List<Long> found = new ArrayList<>();
    officer
        .get("/api/tickets?q=" + number)
        .body()
        .path("items")
        .forEach(t -> found.add(t.path("id").asLong()));
    assertThat(found).as("officer's search for %s after the crash", number).contains(moved);
  }

  private static void logCallsUntilTheServerDies(
      SessionClient operator,
      int crash,
      int client,
      AtomicBoolean stop,
      Queue<Sent> acknowledged,
      Queue<Sent> unanswered) {
    for (int n = 0; !stop.get(); n++) {
      String key = UUID.randomUUID().toString();
      Map<String, Object> call =
          Tickets.call("崩溃测试第" + crash + "轮，客户端" + client + "第" + n + "件：楼下烧烤摊噪音扰民");
      // answered on the call: closed at once, so hundreds of them do not crowd the dispatcher's
      // queue
      call.put("directAnswer", "已告知向属地派出所反映");
      String body = SessionClient.json(call);
      try {
        SessionClient.Answer answer = operator.post("/api/tickets", body, key);
        if (answer.status() == 201) {
          acknowledged.add(
              new Sent(
                  key,
                  body,
                  answer.body().path("id").asLong(),
                  answer.body().path("number").asText()));
        } else {
          unanswered.add(new Sent(key, body, null, null));
        }
      } catch (IOException serverGone) {
        unanswered.add(new Sent(key, body, null, null));
        return;
      }
    }
  }

  private static long total(SessionClient dispatcher) throws IOException {
    return dispatcher.get("/api/tickets?size=1").body().path("total").asLong();
  }

  private static void awaitCompleteIndex() throws Exception {
    SessionClient admin = SessionClient.login("admin");
    for (int i = 0; i < 240; i++) {
      var status = admin.get("/api/search-index").body();
      if (!status.path("rebuilding").asBoolean()
          && status.path("indexed").asLong() == status.path("tickets").asLong()) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("full-text index did not catch up within 60 s");
  }
}
