package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.3: a page of another origin (even of the same site) cannot make the logged-in user's
 * browser change anything: cross-origin state changes and form encodings are refused with 403
 * {@code CSRF_REJECTED} and change nothing; the session cookie is {@code SameSite}; the pages' own
 * same-origin calls still work.
 */
class CsrfIT {

  private static final List<String> SET_COOKIES = new ArrayList<>();

  /** Logs in through the login form like a browser; returns the session cookie. */
  private static String session(String user) {
    Response page = anonymous().redirects().follow(false).get("/worklist.html");
    SET_COOKIES.addAll(page.headers().getValues("Set-Cookie"));
    String cookie = page.getCookie("JSESSIONID");
    Response login =
        RestAssured.given()
            .baseUri(ItServer.BASE_URL)
            .redirects()
            .follow(false)
            .cookie("JSESSIONID", cookie)
            .contentType("application/x-www-form-urlencoded")
            .formParam("j_username", user)
            .formParam("j_password", "demo")
            .post("/j_security_check");
    SET_COOKIES.addAll(login.headers().getValues("Set-Cookie"));
    String renewed = login.getCookie("JSESSIONID");
    String session = renewed != null ? renewed : cookie;
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .cookie("JSESSIONID", session)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("username", equalTo(user));
    return session;
  }

  private static RequestSpecification browser(String session) {
    return RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .redirects()
        .follow(false)
        .cookie("JSESSIONID", session);
  }

  private static String status(long id) {
    return as("officer").get("/api/tickets/" + id).jsonPath().getString("status");
  }

  @Test
  void aCrossSiteSignIsRefusedAndTheSameOriginSignWorks() {
    String session = session("officer");
    long id = Tickets.assignedToChengguan("跨站请求：他站表单自动签收");

    browser(session)
        .header("Origin", "http://evil.example")
        .post("/api/tickets/" + id + "/sign")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("code", equalTo("CSRF_REJECTED"));
    browser(session)
        .header("Origin", "null")
        .post("/api/tickets/" + id + "/sign")
        .then()
        .statusCode(403);
    // another origin of the same site: the browser says so without an Origin on some requests
    browser(session)
        .header("Sec-Fetch-Site", "same-site")
        .post("/api/tickets/" + id + "/sign")
        .then()
        .statusCode(403)
        .body("code", equalTo("CSRF_REJECTED"));
    browser(session)
        .header("Sec-Fetch-Site", "cross-site")
        .post("/api/tickets/" + id + "/sign")
        .then()
        .statusCode(403);
    // the encodings a plain HTML form sends, even from our own origin and without a body
    for (String type :
        List.of(
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain")) {
      browser(session)
          .header("Origin", ItServer.BASE_URL)
          .contentType(type)
          .post("/api/tickets/" + id + "/sign")
          .then()
          .statusCode(403)
          .body("code", equalTo("CSRF_REJECTED"));
    }
    assertThat(status(id)).isEqualTo("ASSIGNED");

    // as the pages call it (REST-assured would label a body-less POST as a form: say JSON)
    browser(session)
        .header("Origin", ItServer.BASE_URL)
        .header("Sec-Fetch-Site", "same-origin")
        .contentType("application/json")
        .post("/api/tickets/" + id + "/sign")
        .then()
        .statusCode(200)
        .body("status", equalTo("SIGNED"));
  }

  @Test
  void theRefusalSpeaksEnglishOnRequestAndCoversEveryMethod() {
    String session = session("admin");
    browser(session)
        .header("Origin", "http://evil.example")
        .header("Accept-Language", "en")
        .contentType("application/json")
        .body("{\"working\":false,\"note\":\"x\"}")
        .put("/api/calendar/2026-12-30")
        .then()
        .statusCode(403)
        .body("title", equalTo("Cross-site request refused"));
    browser(session)
        .header("Origin", "http://evil.example")
        .delete("/api/time-limit-rules/1")
        .then()
        .statusCode(403);
    // reading stays possible (what the browser shows the other site is guarded by the same-origin
    // policy)
    browser(session).header("Origin", "http://evil.example").get("/api/me").then().statusCode(200);
  }

  @Test
  void theLoginFormCannotBePostedFromAnotherOrigin() {
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .redirects()
        .follow(false)
        .header("Origin", "http://evil.example")
        .contentType("application/x-www-form-urlencoded")
        .formParam("j_username", "officer")
        .formParam("j_password", "demo")
        .post("/j_security_check")
        .then()
        .statusCode(403);
  }

  @Test
  void anOpaqueOriginPassesOnlyWhenTheBrowserSaysSameOrigin() {
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .redirects()
        .follow(false)
        .header("Origin", "null")
        .header("Sec-Fetch-Site", "same-origin")
        .contentType("application/x-www-form-urlencoded")
        .formParam("j_username", "officer")
        .formParam("j_password", "demo")
        .post("/j_security_check")
        .then()
        .statusCode(org.hamcrest.Matchers.not(403));
    RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .redirects()
        .follow(false)
        .header("Origin", "null")
        .header("Sec-Fetch-Site", "cross-site")
        .contentType("application/x-www-form-urlencoded")
        .formParam("j_username", "officer")
        .formParam("j_password", "demo")
        .post("/j_security_check")
        .then()
        .statusCode(403);
  }

  @Test
  void theSessionCookieIsSameSiteAndHttpOnly() {
    session("operator");
    List<String> sessionCookies =
        SET_COOKIES.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
    assertThat(sessionCookies)
        .isNotEmpty()
        .allSatisfy(
            c ->
                assertThat(c)
                    .containsIgnoringCase("SameSite=Lax")
                    .containsIgnoringCase("HttpOnly"));
  }

  @Test
  void integrationsWithBasicCredentialsAndNoOriginAreNotBrowserRequests() {
    long id = Tickets.assignedToChengguan("跨站请求：集成方无 Origin");
    as("officer").post("/api/tickets/" + id + "/sign").then().statusCode(200);
  }
}
