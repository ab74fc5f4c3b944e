package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 账号管理 (issue 14): the administrator creates and changes accounts (name, unit, roles, active); the
 * change is recorded, refused input changes nothing, two administrators at once do not overwrite
 * each other, and the claims, logins and sessions of the account follow the change at once (no
 * waiting for the one-minute sweep).
 */
class AccountsIT {

  private static final String PASSWORD = "Zhanghao-2026";

  private static String fresh(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A client logging in with HTTP Basic as a user created here (not a demo user). */
  private static RequestSpecification basic(String user) {
    ItServer.ensureStarted();
    return RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .contentType(ContentType.JSON)
        .header(
            "Authorization",
            "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes()));
  }

  private static Map<String, Object> account(
      String username, String name, String unit, List<String> roles) {
    Map<String, Object> a = new HashMap<>();
    a.put("username", username);
    a.put("displayName", name);
    a.put("unitCode", unit);
    a.put("roles", roles);
    a.put("password", PASSWORD);
    a.put("reason", "测试开户");
    return a;
  }

  static String created(String prefix, String unit, List<String> roles) {
    String u = fresh(prefix);
    String location =
        as("admin")
            .body(account(u, "测试" + u.substring(u.length() - 4), unit, roles))
            .post("/api/users")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    assertThat(location).endsWith("/api/users/" + u).doesNotContain("/api/api/");
    return u;
  }

  private static JsonPath read(String user, String username) {
    return as(user).get("/api/users/" + username).then().statusCode(200).extract().jsonPath();
  }

  private static Response put(String admin, String username, Map<String, Object> body, long v) {
    return as(admin).header("If-Match", "\"" + v + "\"").body(body).put("/api/users/" + username);
  }

  private static Map<String, Object> state(JsonPath a) {
    Map<String, Object> s = new HashMap<>();
    s.put("displayName", a.getString("displayName"));
    s.put("unitCode", a.getString("unitCode"));
    s.put("roles", new ArrayList<>(a.getList("roles", String.class)));
    s.put("active", a.getBoolean("active"));
    return s;
  }

  private static Map<String, Object> task(long id) {
    return as("callback")
        .get("/api/callbacks/" + id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .get();
  }

  /** A task of a closed 东关 ticket claimed by {@code agent}. */
  private static long claimedBy(String agent, long ticket) {
    long id = CallbackTasksIT.taskOf("callback", ticket).getLong("id");
    basic(agent).post("/api/callbacks/" + id + "/claim").then().statusCode(200);
    assertThat(task(id).get("assignee")).isEqualTo(agent);
    return id;
  }

  @Test
  void aCreatedAccountLogsInWithItsPasswordAndHasTheRolesAndUnitGiven() {
    String u = created("it-op", "RXZX", List.of("operator", "callback"));
    JsonPath me = basic(u).get("/api/me").then().statusCode(200).extract().jsonPath();
    assertThat(me.getList("roles", String.class)).containsExactlyInAnyOrder("operator", "callback");
    assertThat(me.getString("unitCode")).isEqualTo("RXZX");
    JsonPath a = read("admin", u);
    assertThat(a.getBoolean("active")).isTrue();
    assertThat(a.getBoolean("locked")).isFalse();
    assertThat(a.getString("unitName")).isEqualTo("警务热线服务中心");
    assertThat(a.getList("changes")).hasSize(1);
    assertThat(a.getString("changes[0].kind")).isEqualTo("CREATED");
    assertThat(a.getString("changes[0].changedBy")).isEqualTo("admin");
    assertThat(a.getString("changes[0].reason")).isEqualTo("测试开户");
    assertThat(a.getString("changes[0].from")).isNull();
    String raw = as("admin").get("/api/users/" + u).asString();
    assertThat(raw).doesNotContain(PASSWORD).doesNotContain("$2a$").doesNotContain("password");
    // the list finds it by unit name and by display name
    assertThat(
            as("admin")
                .queryParam("q", u)
                .get("/api/accounts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("username", String.class))
        .containsExactly(u);
    assertThat(
            as("admin")
                .queryParam("q", "热线服务中心")
                .get("/api/accounts")
                .jsonPath()
                .getList("username", String.class))
        .contains(u, "operator", "callback");
    // a wrong password does not log in
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .auth()
        .preemptive()
        .basic(u, "demo")
        .get("/api/me")
        .then()
        .statusCode(401);
  }

  @Test
  void strippingTheCallbackRoleReleasesTheClaimsAtOnceAndRefusesTheOldAgentsOutcome() {
    String agent = created("it-cb", "RXZX", List.of("callback"));
    long ticket = CallbackTasksIT.closedAtDongguan("东关 回访员调岗 " + UUID.randomUUID());
    long id = claimedBy(agent, ticket);
    JsonPath before = read("admin", agent);
    Map<String, Object> change = state(before);
    change.put("roles", List.of("operator"));
    change.put("reason", "调岗为话务员");
    put("admin", agent, change, before.getLong("version"))
        .then()
        .statusCode(200)
        .header("ETag", "\"" + (before.getLong("version") + 1) + "\"");

    Map<String, Object> released = task(id);
    assertThat(released.get("assignee")).as("back in the queue at once").isNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> releases = (List<Map<String, Object>>) released.get("releases");
    assertThat(releases).hasSize(1);
    assertThat(releases.get(0))
        .containsEntry("from", agent)
        .containsEntry("reason", "ROLE_REMOVED")
        .containsEntry("by", "admin");
    // the old agent's outcome is refused (its cached login ends: 401; after re-login: 403)
    int refused =
        basic(agent)
            .body(Map.of("result", "SATISFIED"))
            .post("/api/callbacks/" + id + "/outcome")
            .statusCode();
    assertThat(refused).isIn(401, 403);
    assertThat(task(id).get("assignee")).isNull();
    assertThat(CallbackTasksIT.calledBack(ticket)).isZero();
    // the record: who, from, to, why
    JsonPath after = read("admin", agent);
    assertThat(after.getList("roles", String.class)).containsExactly("operator");
    assertThat(after.getString("changes[0].kind")).isEqualTo("UPDATED");
    assertThat(after.getString("changes[0].changedBy")).isEqualTo("admin");
    assertThat(after.getList("changes[0].from.roles", String.class)).containsExactly("callback");
    assertThat(after.getList("changes[0].to.roles", String.class)).containsExactly("operator");
    assertThat(after.getString("changes[0].reason")).isEqualTo("调岗为话务员");
    // another agent works it now
    as("callback").post("/api/callbacks/" + id + "/claim").then().statusCode(200);
  }

  @Test
  void aDeactivatedAgentCannotLogInItsSessionStopsAndItsTasksAreReleased() {
    String agent = created("it-off", "RXZX", List.of("callback"));
    long ticket = CallbackTasksIT.closedAtDongguan("东关 回访员停用 " + UUID.randomUUID());
    long id = claimedBy(agent, ticket);
    // a session of the pages (form login)
    CookieFilter cookies = new CookieFilter();
    RequestSpecification browser = RestAssured.given().baseUri(ItServer.BASE_URL).filter(cookies);
    browser.get("/callback.html");
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .filter(cookies)
        .redirects()
        .follow(false)
        .formParam("j_username", agent)
        .formParam("j_password", PASSWORD)
        .post("/j_security_check");
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .filter(cookies)
        .get("/api/me")
        .then()
        .statusCode(200);

    JsonPath before = read("admin", agent);
    Map<String, Object> change = state(before);
    change.put("active", false);
    change.put("reason", "离职");
    put("admin", agent, change, before.getLong("version")).then().statusCode(200);

    Map<String, Object> released = task(id);
    assertThat(released.get("assignee")).isNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> releases = (List<Map<String, Object>>) released.get("releases");
    assertThat(releases.get(releases.size() - 1))
        .containsEntry("from", agent)
        .containsEntry("reason", "INACTIVE");
    // the session stops on its next request, and the account cannot log in again
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .filter(cookies)
        .get("/api/me")
        .then()
        .statusCode(401);
    basic(agent).get("/api/me").then().statusCode(401);
    basic(agent)
        .body(Map.of("result", "SATISFIED"))
        .post("/api/callbacks/" + id + "/outcome")
        .then()
        .statusCode(401);
    assertThat(CallbackTasksIT.calledBack(ticket)).isZero();
    assertThat(read("admin", agent).getBoolean("active")).isFalse();

    // reactivated: logs in again
    JsonPath off = read("admin", agent);
    Map<String, Object> back = state(off);
    back.put("active", true);
    put("admin", agent, back, off.getLong("version")).then().statusCode(200);
    basic(agent).get("/api/me").then().statusCode(200);
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() {
    String admin = created("it-adm", "GA", List.of("admin"));
    JsonPath before = read("admin", admin);
    Map<String, Object> noAdmin = state(before);
    noAdmin.put("roles", List.of("leader"));
    Response r =
        basic(admin)
            .header("If-Match", "\"" + before.getLong("version") + "\"")
            .body(noAdmin)
            .put("/api/users/" + admin);
    r.then().statusCode(400).contentType("application/problem+json");
    assertThat(r.jsonPath().getString("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(r.jsonPath().getString("errors.find { it.field == 'roles' }.reason"))
        .isEqualTo("OWN_ADMIN_ROLE");
    assertThat(r.jsonPath().getString("errors.find { it.field == 'roles' }.message"))
        .contains("管理员");

    Map<String, Object> off = state(before);
    off.put("active", false);
    Response en =
        basic(admin)
            .header("Accept-Language", "en")
            .header("If-Match", "\"" + before.getLong("version") + "\"")
            .body(off)
            .put("/api/users/" + admin);
    en.then().statusCode(400);
    assertThat(en.jsonPath().getString("errors.find { it.field == 'active' }.reason"))
        .isEqualTo("OWN_ACCOUNT");
    assertThat(en.jsonPath().getString("errors.find { it.field == 'active' }.message"))
        .contains("deactivate your own account");

    JsonPath after = read("admin", admin);
    assertThat(after.getLong("version")).isEqualTo(before.getLong("version"));
    assertThat(after.getList("roles", String.class)).containsExactly("admin");
    assertThat(after.getBoolean("active")).isTrue();
    assertThat(after.getList("changes")).hasSize(1);
    // another administrator may
    put("admin", admin, noAdmin, before.getLong("version")).then().statusCode(200);
  }

  @Test
  void otherRolesGet403AndAnonymous401() {
    for (String user : List.of("operator", "callback", "director", "leader", "chief")) {
      as(user).get("/api/users/officer").then().statusCode(403);
      as(user).get("/api/accounts").then().statusCode(403);
      as(user)
          .header("If-Match", "\"0\"")
          .body(
              Map.of(
                  "displayName",
                  "x",
                  "unitCode",
                  "RXZX",
                  "roles",
                  List.of("admin"),
                  "active",
                  true))
          .put("/api/users/" + user)
          .then()
          .statusCode(403);
      as(user)
          .body(account(fresh("it-no"), "无权", "RXZX", List.of("admin")))
          .post("/api/users")
          .then()
          .statusCode(403);
    }
    ItServer.anonymous().get("/api/users/officer").then().statusCode(401);
    assertThat(read("admin", "officer").getList("roles", String.class)).containsExactly("officer");
  }

  @Test
  void twoAdministratorsAtOnceTheSecondIsToldItChanged() {
    String second = created("it-adm2", "GA", List.of("admin"));
    String target = created("it-tgt", "PS-CHENGGUAN", List.of("officer"));
    JsonPath seen = read("admin", target);
    long v = seen.getLong("version");
    Map<String, Object> first = state(seen);
    first.put("displayName", "第一位改的");
    put("admin", target, first, v).then().statusCode(200);

    Map<String, Object> late = state(seen);
    late.put("roles", List.of("officer", "chief"));
    Response r =
        basic(second).header("If-Match", "\"" + v + "\"").body(late).put("/api/users/" + target);
    r.then().statusCode(412).contentType("application/problem+json");
    assertThat(r.jsonPath().getString("code")).isEqualTo("PRECONDITION_FAILED");
    JsonPath now = read("admin", target);
    assertThat(now.getString("displayName")).isEqualTo("第一位改的");
    assertThat(now.getList("roles", String.class)).containsExactly("officer");
    assertThat(now.getList("changes")).hasSize(2);
    // without a version: 400 version REQUIRED, nothing changed
    Response none = basic(second).body(late).put("/api/users/" + target);
    none.then().statusCode(400);
    assertThat(none.jsonPath().getList("errors.field", String.class)).contains("version");

    // both at the same moment with the same version: one wins, the other 412 or 409
    long v2 = now.getLong("version");
    Map<String, Object> a = state(now);
    a.put("displayName", "并发甲");
    Map<String, Object> b = state(now);
    b.put("displayName", "并发乙");
    List<Integer> codes = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread t1 = new Thread(() -> codes.add(put("admin", target, a, v2).statusCode()));
    Thread t2 =
        new Thread(
            () ->
                codes.add(
                    basic(second)
                        .header("If-Match", "\"" + v2 + "\"")
                        .body(b)
                        .put("/api/users/" + target)
                        .statusCode()));
    t1.start();
    t2.start();
    try {
      t1.join();
      t2.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    assertThat(codes).containsOnlyOnce(200);
    assertThat(codes.stream().filter(c -> c != 200).toList()).allMatch(c -> c == 412 || c == 409);
    assertThat(read("admin", target).getList("changes")).hasSize(3);
  }

  @Test
  void refusedInputIsAProblemWithFieldErrorsAndCreatesNothing() {
    String u = fresh("it-bad");
    Map<String, Object> bad = account(u, "坏输入", "NO-SUCH-UNIT", List.of("callback", "pilot"));
    bad.put("password", "short");
    Response r = as("admin").body(bad).post("/api/users");
    r.then().statusCode(400).contentType("application/problem+json");
    JsonPath p = r.jsonPath();
    assertThat(p.getString("errors.find { it.field == 'unitCode' }.reason"))
        .isEqualTo("UNKNOWN_CODE");
    assertThat(p.getString("errors.find { it.field == 'roles' }.reason")).isEqualTo("UNKNOWN_CODE");
    assertThat(p.getString("errors.find { it.field == 'roles' }.message")).contains("pilot");
    assertThat(p.getString("errors.find { it.field == 'password' }.reason")).isEqualTo("TOO_SHORT");
    as("admin").get("/api/users/" + u).then().statusCode(404);

    Map<String, Object> upper = account("It-Upper", "大写", "RXZX", List.of("operator"));
    as("admin").body(upper).post("/api/users").then().statusCode(400);
    Map<String, Object> dup = account("officer", "重名", "RXZX", List.of("operator"));
    Response d = as("admin").header("Accept-Language", "en").body(dup).post("/api/users");
    d.then().statusCode(400);
    assertThat(d.jsonPath().getString("errors.find { it.field == 'username' }.reason"))
        .isEqualTo("DUPLICATE");
    assertThat(d.jsonPath().getString("errors.find { it.field == 'username' }.message"))
        .contains("exists already");
    Map<String, Object> noRoles = account(fresh("it-nr"), "无角色", "RXZX", List.of());
    Response n = as("admin").body(noRoles).post("/api/users");
    assertThat(n.jsonPath().getString("errors.find { it.field == 'roles' }.reason"))
        .isEqualTo("REQUIRED");

    // a refused change changes nothing
    String target = created("it-keep", "RXZX", List.of("operator"));
    JsonPath before = read("admin", target);
    Map<String, Object> change = state(before);
    change.put("roles", List.of("operator", "operator"));
    change.put("displayName", "改\u200b名");
    Response c = put("admin", target, change, before.getLong("version"));
    c.then().statusCode(400);
    assertThat(c.jsonPath().getList("errors.reason", String.class))
        .contains("DUPLICATE_KEY", "INVALID_CHARACTER");
    JsonPath after = read("admin", target);
    assertThat(after.getLong("version")).isEqualTo(before.getLong("version"));
    assertThat(after.getString("displayName")).isEqualTo(before.getString("displayName"));
    assertThat(after.getList("changes")).hasSize(1);
    as("admin").get("/api/users/nobody-" + UUID.randomUUID()).then().statusCode(404);
  }
}
