package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 职责清单: 30+ agencies' duties, managed by admin, every change a new version with who/when/why. */
class CatalogueIT {

  @Test
  void theDemoCatalogueCoversThirtyAgencies() {
    List<Map<String, Object>> items =
        as("dispatcher").get("/api/catalogue").jsonPath().getList("$");
    long agencies =
        items.stream()
            .map(i -> (String) i.get("unitCode"))
            .filter(c -> c.startsWith("AG-"))
            .distinct()
            .count();
    assertThat(agencies).isGreaterThanOrEqualTo(30);
    assertThat(items).allSatisfy(i -> assertThat((String) i.get("duties")).isNotBlank());
  }

  @Test
  void everyChangeIsANewVersionAndRetiredItemsCannotBeCited() {
    var created =
        as("admin")
            .body(
                Map.of(
                    "code",
                    "CAT-IT-" + System.nanoTime() % 100000,
                    "unitCode",
                    "AG-GAS",
                    "title",
                    "燃气表计量",
                    "duties",
                    "负责燃气表计量争议的核查。",
                    "categoryCodes",
                    List.of("SD-GAS"),
                    "keywords",
                    List.of("燃气表", "计量"),
                    "reason",
                    "新增职责"))
            .post("/api/catalogue")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    String code = created.getString("code");
    assertThat(created.getInt("version")).isEqualTo(1);
    assertThat(created.getString("changedBy")).isEqualTo("admin");
    assertThat(created.getString("changedByName")).isEqualTo(ItServer.displayName("admin"));

    as("admin")
        .body(
            Map.of(
                "title",
                "燃气表计量与更换",
                "duties",
                "负责燃气表计量争议的核查和到期更换。",
                "categoryCodes",
                List.of("SD-GAS"),
                "keywords",
                List.of("燃气表"),
                "reason",
                "县政府文件调整"))
        .put("/api/catalogue/" + code)
        .then()
        .statusCode(200);
    as("admin")
        .body(Map.of("title", "x", "duties", "y"))
        .put("/api/catalogue/" + code)
        .then()
        .statusCode(400); // no reason, no change
    as("dispatcher")
        .body(Map.of("title", "x", "duties", "y", "reason", "z"))
        .put("/api/catalogue/" + code)
        .then()
        .statusCode(403);

    var versions = as("dispatcher").get("/api/catalogue/" + code + "/versions").jsonPath();
    assertThat(versions.getList("version", Integer.class)).containsExactly(1, 2);
    assertThat(versions.getList("reason", String.class)).containsExactly("新增职责", "县政府文件调整");
    assertThat(versions.getString("[0].title")).isEqualTo("燃气表计量");

    as("admin")
        .body(Map.of("reason", "职责划转"))
        .post("/api/catalogue/" + code + "/retire")
        .then()
        .statusCode(200);
    assertThat(as("dispatcher").get("/api/catalogue").jsonPath().getList("code", String.class))
        .doesNotContain(code);
    assertThat(
            as("dispatcher")
                .get("/api/catalogue/" + code + "/versions")
                .jsonPath()
                .getBoolean("[2].retired"))
        .isTrue();

    long id = Tickets.logged("引用已废止职责的派单");
    var problem =
        as("dispatcher")
            .body(Map.of("unitCode", "AG-GAS", "catalogueItemCode", code))
            .post("/api/tickets/" + id + "/assign")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(problem.getString("errors[0].reason")).isEqualTo("RETIRED");
  }

  @Test
  void theVersionInForceWhenRoutedStaysWithTheTicket() {
    String code = "CAT-IT-V" + System.nanoTime() % 100000;
    as("admin")
        .body(
            Map.of(
                "code",
                code,
                "unitCode",
                "AG-WATERCO",
                "title",
                "二次供水",
                "duties",
                "负责二次供水设施。",
                "reason",
                "新增"))
        .post("/api/catalogue")
        .then()
        .statusCode(201);
    long id = Tickets.logged("高层住户水压不足");
    Tickets.act(
        "dispatcher", id, "assign", Map.of("unitCode", "AG-WATERCO", "catalogueItemCode", code));
    as("admin")
        .body(Map.of("title", "二次供水设施", "duties", "负责二次供水设施运行维护。", "reason", "修订"))
        .put("/api/catalogue/" + code)
        .then()
        .statusCode(200);
    var history = as("dispatcher").get("/api/tickets/" + id + "/history").jsonPath();
    assertThat(history.getString("find { it.action == 'ASSIGNED' }.detail"))
        .isEqualTo("unit=AG-WATERCO;catalogue=" + code + ";version=1");
  }

  /**
   * Breaker review: a keyword "噪\u200b音" was stored and could never match a call's content. A
   * keyword is matched as written, so it follows the rule of names: no invisible character, no
   * blank at either end; nothing is stored.
   */
  @Test
  void aKeywordWithAnInvisibleCharacterIsRefused() {
    String code = "CAT-IT-K" + System.nanoTime() % 100000;
    for (String keyword : List.of("噪\u200b音", " 噪音", "噪音\u2060")) {
      as("admin")
          .body(
              Map.of(
                  "code",
                  code,
                  "unitCode",
                  "AG-GAS",
                  "title",
                  "燃气",
                  "duties",
                  "负责燃气。",
                  "keywords",
                  List.of("燃气", keyword),
                  "reason",
                  "新增"))
          .post("/api/catalogue")
          .then()
          .statusCode(400)
          .body("errors[0].field", org.hamcrest.Matchers.equalTo("keywords"))
          .body("errors[0].reason", org.hamcrest.Matchers.equalTo("INVALID_CHARACTER"));
    }
    as("admin").get("/api/catalogue/" + code + "/versions").then().statusCode(404);
  }
}
