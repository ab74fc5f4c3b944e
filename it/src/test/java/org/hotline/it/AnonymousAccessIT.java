package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.anonymous;
import static org.hotline.it.ItServer.as;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Without a login only the documented public API answers (issue 15): every GET path of the OpenAPI
 * document the server serves is called anonymously and must be 401 {@code UNAUTHENTICATED}, except
 * the public rating page's API and the pages' texts.
 */
class AnonymousAccessIT {

  /** What the README lists as public (no login). */
  private static boolean documentedPublic(String path) {
    return path.startsWith("/api/public/") || path.equals("/api/messages");
  }

  /** The GET paths of the OpenAPI document (YAML), path parameters filled with a dummy. */
  static List<String> getPaths(String openapi) {
    List<String> out = new ArrayList<>();
    Pattern path = Pattern.compile("^  (/api/\\S*):\\s*$");
    String current = null;
    for (String line : openapi.split("\\R")) {
      Matcher m = path.matcher(line);
      if (m.matches()) {
        current = m.group(1);
      } else if (!line.startsWith("   ") && !line.isBlank()) {
        current = null; // another path (not under /api) or another section
      } else if (current != null && line.equals("    get:")) {
        out.add(current.replaceAll("\\{[^}]+}", "1"));
      }
    }
    return out;
  }

  @Test
  void everyGetPathOfTheApiNeedsALoginExceptThePublicOnes() {
    String openapi = anonymous().get("/openapi").then().statusCode(200).extract().asString();
    List<String> paths = getPaths(openapi);
    assertThat(paths).contains("/api/officers", "/api/choices", "/api/me", "/api/tickets");
    assertThat(paths.size()).isGreaterThan(50);
    List<String> open = new ArrayList<>();
    for (String path : paths) {
      if (documentedPublic(path)) {
        continue;
      }
      var r = anonymous().get(path);
      if (r.statusCode() != 401 || !"UNAUTHENTICATED".equals(r.jsonPath().getString("code"))) {
        open.add(path + " → " + r.statusCode());
      }
    }
    assertThat(open).as("paths answering without a login").isEmpty();
  }

  @Test
  void officersAndChoicesNeedALoginAndAnswerStaff() {
    var officers = anonymous().get("/api/officers");
    assertThat(officers.statusCode()).isEqualTo(401);
    assertThat(officers.contentType()).startsWith("application/problem+json");
    assertThat(officers.asString()).doesNotContain("badgeNumber");
    assertThat(anonymous().get("/api/choices").statusCode()).isEqualTo(401);
    for (String user : List.of("operator", "officer", "callback", "leader", "agency")) {
      assertThat(as(user).get("/api/officers").statusCode()).as(user).isEqualTo(200);
      assertThat(as(user).get("/api/choices").statusCode()).as(user).isEqualTo(200);
    }
  }

  @Test
  void thePublicApiStillAnswersAnonymously() {
    assertThat(anonymous().get("/api/messages?lang=zh").statusCode()).isEqualTo(200);
    assertThat(anonymous().get("/api/public/rating-codes/NO-SUCH-CODE").statusCode())
        .isEqualTo(404);
  }
}
