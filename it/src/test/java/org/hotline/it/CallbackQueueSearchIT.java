package org.hotline.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The callback queue paged, searched, filtered and sorted by the database (issue 14): {@code q}
 * (ticket number, matter, unit, external id, digits of the number), {@code reason}, {@code sort},
 * {@code page}/{@code size}, within the agent's sub-centre; bad parameters are 400 problem+json.
 */
class CallbackQueueSearchIT {

  private static String word;
  private static final List<Long> tickets = new ArrayList<>();

  @BeforeAll
  static void threeClosedTickets() {
    word = "队列检索" + Long.toString(System.nanoTime(), 36);
    for (int i = 0; i < 3; i++) {
      tickets.add(CallbackTasksIT.closed(Tickets.call("回访队列检索测试 " + word + " 第" + i + "件")));
    }
  }

  @Test
  void searchFindsExactlyTheMatchingTasksAcrossPagesInDueOrder() {
    JsonPath all = page("callback", Map.of("q", word, "size", 100));
    assertEquals(3, all.getInt("total"));
    List<Long> ids = all.getList("items.id", Long.class);
    assertEquals(new HashSet<>(tickets), new HashSet<>(all.getList("items.ticketId", Long.class)));
    List<Long> paged = new ArrayList<>();
    paged.addAll(
        page("callback", Map.of("q", word, "size", 2, "page", 0)).getList("items.id", Long.class));
    JsonPath second = page("callback", Map.of("q", word, "size", 2, "page", 1));
    assertEquals(3, second.getInt("total"));
    paged.addAll(second.getList("items.id", Long.class));
    assertEquals(ids, paged, "pages continue each other, nothing twice, nothing left out");
    List<String> due = all.getList("items.dueAt");
    assertEquals(due.stream().sorted().toList(), due, "earliest due first");
    List<Long> reversed =
        page("callback", Map.of("q", word, "sort", "-due", "size", 100))
            .getList("items.id", Long.class);
    List<Long> expected = new ArrayList<>(ids);
    java.util.Collections.reverse(expected);
    assertEquals(expected, reversed, "latest due first (then latest id)");
  }

  @Test
  void searchByTicketNumberReasonAndWildcardsTakenLiterally() {
    String number =
        as("dispatcher")
            .get("/api/tickets/" + tickets.get(1))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getString("number");
    JsonPath one = page("callback", Map.of("q", number));
    assertEquals(1, one.getInt("total"));
    assertEquals(tickets.get(1), one.getLong("items[0].ticketId"));
    assertEquals(3, page("callback", Map.of("q", word, "reason", "TICKET_CLOSED")).getInt("total"));
    assertEquals(
        0, page("callback", Map.of("q", word, "reason", "SMS_DISSATISFIED")).getInt("total"));
    // % _ * ? are no wildcards: punctuation around the words neither widens nor narrows
    assertEquals(3, page("callback", Map.of("q", word + "%")).getInt("total"));
    assertEquals(3, page("callback", Map.of("q", "*" + word)).getInt("total"));
    assertEquals(0, page("callback", Map.of("q", "%")).getInt("total"));
    assertEquals(0, page("callback", Map.of("q", "*")).getInt("total"));
    // any piece of two or more characters of the matter is found (bigrams), not only whole words
    assertEquals(3, page("callback", Map.of("q", "列检索测")).getInt("total"));
    // a piece of the ticket number, and the number in another case
    assertEquals(1, page("callback", Map.of("q", number.substring(3))).getInt("total"));
  }

  @Test
  void aSubCentreSearchesOnlyItsOwnTasks() {
    // the tickets are 城关派出所's: SC-CITY's
    assertEquals(3, page("callback-city", Map.of("q", word)).getInt("total"));
    assertEquals(0, page("callback-suburb", Map.of("q", word)).getInt("total"));
    assertEquals(3, page("leader", Map.of("q", word, "subCentre", "SC-CITY")).getInt("total"));
    assertEquals(0, page("leader", Map.of("q", word, "subCentre", "SC-SUBURB")).getInt("total"));
  }

  @Test
  void badParametersAreProblems() {
    as("callback")
        .queryParam("q", "很".repeat(101))
        .get("/api/callbacks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("q"))
        .body("errors[0].reason", equalTo("TOO_LONG"));
    as("callback")
        .queryParam("sort", "urgency")
        .get("/api/callbacks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("sort"))
        .body("errors[0].reason", equalTo("INVALID"));
    as("callback")
        .queryParam("size", 101)
        .get("/api/callbacks")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
  }

  private static JsonPath page(String user, Map<String, Object> params) {
    var request = as(user).queryParam("status", "ALL");
    for (var e : params.entrySet()) {
      request = request.queryParam(e.getKey(), e.getValue());
    }
    return request.get("/api/callbacks").then().statusCode(200).extract().jsonPath();
  }
}
