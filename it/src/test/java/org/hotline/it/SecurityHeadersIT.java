package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Issue 11.10 (headers on every response) and 11.9 (redirects never follow the request's Host). */
class SecurityHeadersIT {

  private static void hardened(Response r) {
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void apiAnswersAreHardenedAndNeverCached() {
    Response me = as("operator").get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    hardened(me);
    assertThat(me.header("Cache-Control")).isEqualTo("no-store");

    Response refused = anonymous().get("/api/me");
    assertThat(refused.statusCode()).isEqualTo(401);
    hardened(refused);
    assertThat(refused.header("Cache-Control")).isEqualTo("no-store");

    long id = Tickets.logged("安全响应头：工单 PDF 含来电人信息");
    Response pdf = as("operator").get("/api/tickets/" + id + "/sheet.pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.contentType()).startsWith("application/pdf");
    hardened(pdf);
    assertThat(pdf.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void pagesAndAssetsAreHardened() {
    hardened(anonymous().get("/login.html"));
    hardened(anonymous().get("/assets/app.js"));
    hardened(anonymous().redirects().follow(false).get("/tickets.html"));
  }

  @Test
  void redirectsDoNotFollowAForgedHost() throws Exception {
    RawHttp.Answer logout = RawHttp.send("POST", "/logout", "Host: evil.example");
    assertThat(logout.status()).isBetween(300, 399);
    assertThat(logout.header("Location"))
        .startsWith("/")
        .doesNotContain("evil.example")
        .endsWith("login.html");
    assertThat(logout.header("X-Frame-Options")).isEqualTo("DENY");

    RawHttp.Answer directory = RawHttp.send("GET", "/assets", "Host: evil.example");
    if (directory.header("Location") != null) {
      assertThat(directory.header("Location")).startsWith("/").doesNotContain("evil.example");
    }
    RawHttp.Answer page = RawHttp.send("GET", "/tickets.html", "Host: evil.example");
    if (page.header("Location") != null) {
      assertThat(page.header("Location")).startsWith("/").doesNotContain("evil.example");
    }
    RawHttp.Answer login =
        RawHttp.send("POST", "/j_security_check?j_username=x", "Host: evil.example");
    if (login.header("Location") != null) {
      assertThat(login.header("Location")).doesNotContain("evil.example");
    }
  }
}
