package org.hotline.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The administration of sub-centres (分中心管理, issue 14): list (centre roles), create, update and
 * retire (admin only), units and agents assigned with their checks; an agent assigned to a
 * sub-centre is scoped to it at once, and released when it is retired.
 */
class SubCentreAdminIT {

  @Test
  void theDemoSubCentresAreListedWithTheirUnitsAndAgents() {
    JsonPath list =
        as("leader").get("/api/sub-centres").then().statusCode(200).extract().jsonPath();
    Map<String, Object> city = entry(list, "SC-CITY");
    assertEquals("城区回访分中心", city.get("name"));
    assertEquals(true, city.get("active"));
    assertTrue(((List<?>) city.get("units")).contains("PS-CHENGGUAN"));
    assertEquals(List.of("callback-city"), city.get("agents"));
    as("operator").get("/api/sub-centres").then().statusCode(403);
    as("callback").get("/api/sub-centres").then().statusCode(200);
  }

  @Test
  void onlyTheAdminChangesSubCentres() {
    Map<String, Object> body = Map.of("code", "SC-NOT-ALLOWED", "name", "无权创建");
    as("callback").body(body).post("/api/sub-centres").then().statusCode(403);
    as("leader").body(body).post("/api/sub-centres").then().statusCode(403);
    as("leader").body(Map.of("name", "改名")).put("/api/sub-centres/SC-CITY").then().statusCode(403);
    assertFalse(codes().contains("SC-NOT-ALLOWED"), "a refused request changes nothing");
    assertEquals("城区回访分中心", entry(list(), "SC-CITY").get("name"));
  }

  @Test
  void badInputIsRefusedFieldByFieldAndChangesNothing() {
    Map<String, Object> bad = new HashMap<>();
    bad.put("code", "sc city");
    bad.put("units", List.of("NOPE", "PS-CHENGGUAN"));
    bad.put("agents", List.of("nobody-such", "operator", "callback-city"));
    JsonPath problem =
        as("admin")
            .body(bad)
            .post("/api/sub-centres")
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .body("code", equalTo("VALIDATION_FAILED"))
            .extract()
            .jsonPath();
    Set<String> reasons =
        problem.getList("errors", Map.class).stream()
            .map(e -> e.get("field") + ":" + e.get("reason"))
            .collect(Collectors.toSet());
    assertEquals(
        Set.of(
            "code:INVALID",
            "name:REQUIRED",
            "units:UNKNOWN_CODE",
            "units:OTHER_UNIT",
            "agents:UNKNOWN_CODE",
            "agents:INVALID",
            "agents:OTHER_UNIT"),
        reasons);
    as("admin")
        .body(Map.of("code", "SC-CITY", "name", "重复"))
        .post("/api/sub-centres")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"))
        .body("errors[0].reason", equalTo("DUPLICATE"));
    as("admin")
        .header("Accept-Language", "en")
        .body(Map.of("name", "no code"))
        .post("/api/sub-centres")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("code"))
        .body("errors[0].message", org.hamcrest.Matchers.matchesPattern("[\\x00-\\x7F]+"));
    as("admin").body(Map.of("name", "x")).put("/api/sub-centres/SC-NONE").then().statusCode(404);
    assertEquals(
        List.of("PS-CHENGGUAN", "PS-DONGGUAN", "PS-XIGUAN", "PS-NANJIAO", "PS-BEIJIAO").stream()
            .sorted()
            .toList(),
        entry(list(), "SC-CITY").get("units"));
  }

  @Test
  void anAgentAssignedIsScopedAtOnceAndReleasedWhenTheSubCentreIsRetired() {
    String code = "SC-IT-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    String freeUnit = freeUnit();
    Map<String, Object> create = new HashMap<>();
    create.put("code", code);
    create.put("name", "测试回访分中心");
    create.put("sortOrder", 50);
    create.put("units", List.of(freeUnit));
    JsonPath created =
        as("admin")
            .body(create)
            .post("/api/sub-centres")
            .then()
            .statusCode(201)
            .header("Location", org.hamcrest.Matchers.endsWith("/api/sub-centres/" + code))
            .header(
                "Location",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("/api/api/")))
            .extract()
            .jsonPath();
    assertEquals(List.of(freeUnit), created.getList("units"));
    assertEquals(List.of(), created.getList("agents"));
    // the city centre's agent sees the new sub-centre's queue
    as("callback").queryParam("subCentre", code).get("/api/callbacks").then().statusCode(200);
    try {
      as("admin")
          .body(Map.of("agents", List.of("callback"), "name", "测试回访分中心（改名）"))
          .put("/api/sub-centres/" + code)
          .then()
          .statusCode(200)
          .body("agents", equalTo(List.of("callback")))
          .body("units", equalTo(List.of(freeUnit)));
      // now the agent works for that sub-centre only
      as("callback")
          .queryParam("subCentre", "SC-CITY")
          .get("/api/callbacks")
          .then()
          .statusCode(400)
          .body("errors[0].reason", equalTo("OTHER_UNIT"));
    } finally {
      as("admin")
          .body(Map.of("active", false))
          .put("/api/sub-centres/" + code)
          .then()
          .statusCode(200)
          .body("active", equalTo(false))
          .body("units", equalTo(List.of()))
          .body("agents", equalTo(List.of()));
    }
    // released: the agent is the city centre's again, the retired code filters nothing any more
    as("callback").queryParam("subCentre", "SC-CITY").get("/api/callbacks").then().statusCode(200);
    as("callback")
        .queryParam("subCentre", code)
        .get("/api/callbacks")
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("UNKNOWN_CODE"));
    as("admin")
        .body(Map.of("units", List.of(freeUnit)))
        .put("/api/sub-centres/" + code)
        .then()
        .statusCode(400)
        .body("errors[0].reason", equalTo("RETIRED"));
    assertEquals(false, entry(list(), code).get("active"));
  }

  private static String freeUnit() {
    Set<String> taken =
        list().getList("units", List.class).stream()
            .flatMap(l -> ((List<?>) l).stream())
            .map(Object::toString)
            .collect(Collectors.toSet());
    List<Map<String, Object>> units =
        as("admin").get("/api/units").then().statusCode(200).extract().jsonPath().getList("$");
    return units.stream()
        .map(u -> (String) u.get("code"))
        .filter(c -> c.startsWith("PS-") && !taken.contains(c))
        .findFirst()
        .orElseGet(
            () ->
                units.stream()
                    .map(u -> (String) u.get("code"))
                    // a unit that handles tickets: the centre's own RXZX and the bureau GA are
                    // refused (NOT_HANDLING_UNIT)
                    .filter(c -> !taken.contains(c) && !c.equals("GA") && !c.equals("RXZX"))
                    .findFirst()
                    .orElseThrow());
  }

  private static JsonPath list() {
    return as("admin").get("/api/sub-centres").then().statusCode(200).extract().jsonPath();
  }

  private static List<String> codes() {
    return list().getList("code");
  }

  private static Map<String, Object> entry(JsonPath list, String code) {
    List<Map<String, Object>> all = list.getList("$");
    return all.stream().filter(e -> code.equals(e.get("code"))).findFirst().orElseThrow();
  }
}
