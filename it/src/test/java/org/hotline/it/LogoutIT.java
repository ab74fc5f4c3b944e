package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * 退出登录: logging out is a POST (GET /logout logs nobody out: 405 with a page holding the logout
 * button), and the redirect after it is relative, never built from the request's Host header.
 */
class LogoutIT {

  /** A browser-like client: the pages' form login, then the session cookie on every request. */
  private static RequestSpecification loggedIn(CookieFilter cookies, String user) {
    ItServer.ensureStarted();
    RequestSpecification client =
        RestAssured.given().baseUri(ItServer.BASE_URL).filter(cookies).redirects().follow(false);
    client.get("/dispatch.html");
    Response login =
        RestAssured.given()
            .baseUri(ItServer.BASE_URL)
            .filter(cookies)
            .redirects()
            .follow(false)
            .formParam("j_username", user)
            .formParam("j_password", "demo")
            .post("/j_security_check");
    assertThat(login.statusCode()).isIn(200, 302, 303);
    return client;
  }

  private static int me(CookieFilter cookies) {
    return RestAssured.given()
        .baseUri(ItServer.BASE_URL)
        .filter(cookies)
        .accept("application/json")
        .get("/api/me")
        .statusCode();
  }

  @Test
  void getLogsNobodyOutAndOffersTheButton() {
    CookieFilter cookies = new CookieFilter();
    loggedIn(cookies, "officer");
    assertThat(me(cookies)).isEqualTo(200);
    Response get =
        RestAssured.given()
            .baseUri(ItServer.BASE_URL)
            .filter(cookies)
            .redirects()
            .follow(false)
            .get("/logout");
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(get.getHeader("Allow")).isEqualTo("POST");
    assertThat(get.asString()).contains("<form", "method=\"post\"", "action=\"/logout\"");
    assertThat(me(cookies)).as("still logged in after GET /logout").isEqualTo(200);
  }

  @Test
  void postLogsOutAndRedirectsRelatively() {
    CookieFilter cookies = new CookieFilter();
    loggedIn(cookies, "officer");
    assertThat(me(cookies)).isEqualTo(200);
    Response post =
        RestAssured.given()
            .baseUri(ItServer.BASE_URL)
            .filter(cookies)
            .redirects()
            .follow(false)
            .header("Origin", ItServer.BASE_URL)
            .post("/logout");
    assertThat(post.statusCode()).isEqualTo(303);
    assertThat(post.getHeader("Location")).isEqualTo("/login.html");
    assertThat(me(cookies)).as("logged out").isEqualTo(401);
  }
}
