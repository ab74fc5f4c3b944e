package org.hotline.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A client logged in through the login form that keeps its session, like the pages and a telephony
 * integration do. Cheap per request (HTTP Basic verifies a bcrypt hash on every request), so tests
 * that send hundreds of requests use it. Each instance is used by one thread.
 */
final class SessionClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A response: status, the {@code Idempotent-Replayed} header and the parsed body (or null). */
  record Answer(int status, String replayed, JsonNode body) {}

  private final HttpClient http;

  private SessionClient(HttpClient http) {
    this.http = http;
  }

  /**
   * Logs {@code user} (password "demo") in through the form.
   *
   * @throws IOException when the server cannot be reached or refuses the login
   */
  static SessionClient login(String user) throws IOException {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    try {
      http.send(
          HttpRequest.newBuilder(URI.create(ItServer.BASE_URL + "/index.html")).build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<Void> login =
          http.send(
              HttpRequest.newBuilder(URI.create(ItServer.BASE_URL + "/j_security_check"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "j_username=" + user + "&j_password=demo"))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (login.statusCode() != 302) {
        throw new IOException("login of " + user + " failed: HTTP " + login.statusCode());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return new SessionClient(http);
  }

  /** GET {@code path} (under the server's base URL). */
  Answer get(String path) throws IOException {
    return send(HttpRequest.newBuilder(URI.create(ItServer.BASE_URL + path)).GET());
  }

  /** POST a JSON body, with an {@code Idempotency-Key} unless it is null. */
  Answer post(String path, String json, String idempotencyKey) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(ItServer.BASE_URL + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    return send(request);
  }

  private Answer send(HttpRequest.Builder request) throws IOException {
    try {
      HttpResponse<String> r =
          http.send(
              request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json").build(),
              HttpResponse.BodyHandlers.ofString());
      return new Answer(
          r.statusCode(),
          r.headers().firstValue("Idempotent-Replayed").orElse(null),
          parse(r.body()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
