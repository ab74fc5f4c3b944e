package org.hotline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routing accuracy on the labelled calls (routing/labelled-calls.jsonl): logs each call on a
 * running server as the operator, asks the dispatcher's suggestions and counts how often the
 * expected unit is first, and among the first three. Prints the misses.
 *
 * <p>Usage: {@code mvn -q -pl bench exec:java -Dexec.mainClass=org.hotline.bench.RoutingAccuracy
 * -Dexec.args="[baseUrl]"} (the server must run with the demo data).
 */
public final class RoutingAccuracy {

  private RoutingAccuracy() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    ObjectMapper json = new ObjectMapper();
    HttpClient operator = Sessions.login(base, "operator", "demo");
    HttpClient dispatcher = Sessions.login(base, "dispatcher", "demo");
    List<JsonNode> calls = new ArrayList<>();
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                RoutingAccuracy.class.getResourceAsStream("/routing/labelled-calls.jsonl"),
                StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) {
          calls.add(json.readTree(line));
        }
      }
    }
    int top1 = 0;
    int top3 = 0;
    Map<String, int[]> byExpected = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (JsonNode call : calls) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("channel", "PHONE_12345");
      body.put("areaCode", call.get("areaCode").asText());
      body.put("categoryCode", call.get("categoryCode").asText());
      body.put("content", call.get("text").asText());
      HttpResponse<String> created =
          operator.send(
              HttpRequest.newBuilder(URI.create(base + "/api/tickets"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201) {
        throw new IllegalStateException("intake failed: " + created.body());
      }
      long id = json.readTree(created.body()).get("id").asLong();
      JsonNode proposals =
          json.readTree(
              dispatcher
                  .send(
                      HttpRequest.newBuilder(
                              URI.create(base + "/api/tickets/" + id + "/suggestions"))
                          .build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      List<String> units = new ArrayList<>();
      proposals.forEach(p -> units.add(p.get("unitCode").asText()));
      String expected = call.get("expected").asText();
      int[] counts = byExpected.computeIfAbsent(expected, k -> new int[3]);
      counts[0]++;
      if (!units.isEmpty() && units.get(0).equals(expected)) {
        top1++;
        counts[1]++;
      }
      if (units.contains(expected)) {
        top3++;
        counts[2]++;
      } else {
        misses.add(
            expected
                + " <- "
                + call.get("text").asText()
                + " ["
                + call.get("categoryCode").asText()
                + "] got "
                + units);
      }
    }
    int n = calls.size();
    System.out.printf("labelled calls: %d%n", n);
    System.out.printf("top-1 accuracy: %.1f %% (%d)%n", 100.0 * top1 / n, top1);
    System.out.printf("top-3 accuracy: %.1f %% (%d)%n", 100.0 * top3 / n, top3);
    System.out.println("by expected unit (calls, top-1, top-3):");
    byExpected.forEach(
        (unit, c) -> System.out.printf("  %-18s %3d %3d %3d%n", unit, c[0], c[1], c[2]));
    System.out.println("not in the top three:");
    misses.forEach(m -> System.out.println("  " + m));
  }
}
