package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Requests whose request line the server's own parser used to refuse with an empty body (issue
 * 11.5): an undecodable query ({@code q=%ZZ}), raw bytes in the query, TRACE. They are sent over a
 * plain socket, byte for byte, because HTTP client libraries repair or refuse such URLs.
 */
class RequestLineIT {

  private static final String DIRECTOR =
      "Basic "
          + Base64.getEncoder().encodeToString("director:demo".getBytes(StandardCharsets.UTF_8));

  private static RawHttp.Answer send(String method, byte[] target, String... headers)
      throws IOException {
    String[] all = new String[headers.length + 2];
    all[0] = "Host: localhost:" + ItServer.HTTP_PORT;
    all[1] = "Authorization: " + DIRECTOR;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return RawHttp.send(method, target, all);
  }

  private static RawHttp.Answer get(String target, String... headers) throws IOException {
    return send("GET", target.getBytes(StandardCharsets.ISO_8859_1), headers);
  }

  private static void encodingProblem(RawHttp.Answer r, String field) {
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body())
        .contains(
            "\"code\":\"VALIDATION_FAILED\"",
            "\"field\":\"" + field + "\"",
            "\"reason\":\"INVALID_ENCODING\"");
  }

  @Test
  void aBadPercentEscapeNamesTheParameter() throws IOException {
    encodingProblem(get("/api/tickets?q=%ZZ"), "q");
    encodingProblem(get("/api/tickets?size=5&q=abc%"), "q");
    encodingProblem(get("/api/tickets?q=%4"), "q");
    encodingProblem(get("/api/tickets?status=%G1"), "status");
    RawHttp.Answer en = get("/api/tickets?q=%ZZ", "Accept-Language: en");
    assertThat(en.body()).contains("not validly encoded");
  }

  @Test
  void controlCharactersInAParameterAreRefusedLikeInJson() throws IOException {
    // ?q=%00 was accepted while a JSON text with NUL is refused: one rule for both
    for (String target :
        List.of(
            "/api/tickets?q=%00",
            "/api/tickets?size=5&q=%E5%99%AA%0D%0A",
            "/api/tickets?q=%E2%80%AEabc",
            "/api/callbacks?status=%07")) {
      RawHttp.Answer r = get(target);
      assertThat(r.status()).as(target + " " + r.body()).isEqualTo(400);
      assertThat(r.body()).contains("\"reason\":\"INVALID_CHARACTER\"");
    }
    assertThat(get("/api/tickets?q=%E5%99%AA%E9%9F%B3&size=1").status()).isEqualTo(200);
  }

  @Test
  void percentEscapesThatAreNotUtf8AreRefused() throws IOException {
    encodingProblem(get("/api/tickets?q=%E4%B8"), "q"); // a character cut in half
    encodingProblem(get("/api/tickets?q=%C0%AF"), "q"); // an overlong form
    encodingProblem(get("/api/tickets?q=%FF"), "q");
  }

  @Test
  void rawBytesInTheQueryAreRefusedNamingTheParameter() throws IOException {
    // a request target must be percent-encoded (browsers always do); raw UTF-8 or other bytes are
    // refused
    encodingProblem(send("GET", "/api/tickets?size=1&q=噪音".getBytes(StandardCharsets.UTF_8)), "q");
    byte[] notUtf8 = {
      '/',
      'a',
      'p',
      'i',
      '/',
      't',
      'i',
      'c',
      'k',
      'e',
      't',
      's',
      '?',
      'q',
      '=',
      (byte) 0xE4,
      (byte) 0xB8
    };
    encodingProblem(send("GET", notUtf8), "q");
    RawHttp.Answer escaped = get("/api/tickets?size=1&q=%E5%99%AA%E9%9F%B3");
    assertThat(escaped.status()).isEqualTo(200);
  }

  @Test
  void requestTargetsThatNameNoResourceAreA400Problem() throws IOException {
    encodingProblem(get("/api/tick%FFets"), "path");
    encodingProblem(get("/api/tickets/%C0%AF"), "path");
    encodingProblem(get("/api/catalogue/%E4%B8/versions"), "path");
    encodingProblem(get("*"), "path");
    encodingProblem(get("api/me"), "path");
    encodingProblem(get("/x/../api/me"), "path");
    encodingProblem(get("/x/%2e%2e/api/me"), "path");
    // characters a URL may not carry unescaped
    encodingProblem(get("/api/tickets?q=%3Ca%3E\"{|}"), "q");
    encodingProblem(get("/api/tickets?q=a^b"), "q");
  }

  @Test
  void wellFormedQueriesStillWork() throws IOException {
    assertThat(get("/api/tickets?size=2&q=%E4%B8%AD").status()).isEqualTo(200);
    assertThat(get("/api/tickets?size=2&q=a+b").status()).isEqualTo(200);
    assertThat(get("/api/tickets?size=2&q=").status()).isEqualTo(200);
    assertThat(get("/api/tickets?size=2&&q=x").status()).isEqualTo(200);
  }

  @Test
  void traceIsA405ProblemUnderTheApiAndNeverEchoes() throws IOException {
    RawHttp.Answer api =
        send(
            "TRACE",
            "/api/me".getBytes(StandardCharsets.US_ASCII),
            "Cookie: JSESSIONID=secret-value");
    assertThat(api.status()).isEqualTo(405);
    assertThat(api.header("Content-Type")).startsWith("application/problem+json");
    assertThat(api.header("Allow")).contains("GET");
    assertThat(api.body())
        .contains("\"code\":\"METHOD_NOT_ALLOWED\"")
        .doesNotContain("secret-value");
    RawHttp.Answer page =
        send(
            "TRACE",
            "/login.html".getBytes(StandardCharsets.US_ASCII),
            "Cookie: JSESSIONID=secret-value");
    assertThat(page.status()).isEqualTo(405);
    assertThat(page.body()).doesNotContain("secret-value", "JSESSIONID");
    RawHttp.Answer track = send("TRACK", "/api/me".getBytes(StandardCharsets.US_ASCII));
    assertThat(track.status()).isEqualTo(405);
  }

  @Test
  void aBodyLargerThanTheServerReadsIsA413Problem() throws IOException {
    RawHttp.Answer r =
        RawHttp.send(
            "POST",
            "/api/tickets",
            "Host: localhost:" + ItServer.HTTP_PORT,
            "Authorization: " + DIRECTOR,
            "Content-Type: application/json",
            "Content-Length: 20000000");
    assertThat(r.status()).isEqualTo(413);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.body()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
  }
}
