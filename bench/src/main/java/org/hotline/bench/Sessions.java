package org.hotline.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An HTTP client logged in through the login form, keeping its session like the pages do. */
final class Sessions {

  private Sessions() {}

  static HttpClient login(String base, String user, String password) throws Exception {
    if (!URI.create(base).getHost().matches("localhost|127\\.0\\.0\\.1|\\[::1\\]")) {
      throw new IllegalArgumentException("the tools talk to this machine only: " + base);
    }
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    http.send(
        HttpRequest.newBuilder(URI.create(base + "/index.html")).build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> login =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=" + user + "&j_password=" + password))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (login.statusCode() != 302) {
      throw new IllegalStateException("login of " + user + " failed: HTTP " + login.statusCode());
    }
    return http;
  }
}
