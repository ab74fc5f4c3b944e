package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server side of the intake pickers (issue 12): areas and categories found by name, pinyin and
 * pinyin initials, best first; categories suggested from the content; the area named by the
 * address; the caller's number checked by the intake's rule. The full lists keep their contract.
 */
class IntakePickersIT {

  @BeforeAll
  static void server() {
    ItServer.ensureStarted();
  }

  private static List<String> codes(String path) {
    return as("operator")
        .get(path)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("code", String.class);
  }

  @Test
  void pinyinInitialsFindTheCommunityFirst() {
    assertThat(codes("/api/areas?q=rml&leaf=true")).first().isEqualTo("CG-CG-02");
    assertThat(codes("/api/areas?q=renminlu")).first().isEqualTo("CG-CG-02");
    assertThat(codes("/api/areas?q=民路")).containsExactly("CG-CG-02");
    assertThat(codes("/api/areas?q=zhanqian&leaf=true")).containsExactly("JK-GT-01");
  }

  @Test
  void initialsAcrossTheCategoryPathFindTheLeaf() {
    assertThat(codes("/api/categories?q=zazy&leaf=true")).first().isEqualTo("ZA-NOISE");
    assertThat(codes("/api/categories?q=jtsg&leaf=true")).first().isEqualTo("JT-ACCIDENT");
    assertThat(codes("/api/categories?q=tingdian&leaf=true")).first().isEqualTo("SD-POWER");
    assertThat(codes("/api/categories?q=ZA-DOG")).first().isEqualTo("ZA-DOG");
  }

  @Test
  void searchResultsAreLeavesWhenAskedAndLimited() {
    JsonPath found =
        as("operator")
            .get("/api/areas?q=cg&leaf=true&limit=3")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(found.getList("leaf", Boolean.class)).hasSize(3).containsOnly(true);
    assertThat(found.getString("[0].path")).contains("›");
  }

  @Test
  void textThatMatchesNothingFindsNothing() {
    assertThat(codes("/api/areas?q=qqqxxx&leaf=true")).isEmpty();
    assertThat(codes("/api/categories?q=火星移民&leaf=true")).isEmpty();
  }

  @Test
  void theFullListsAreUnchangedWithoutAQuery() {
    JsonPath areas = as("operator").get("/api/areas").then().statusCode(200).extract().jsonPath();
    assertThat(areas.getList("code", String.class)).contains("CG", "CG-CG", "CG-CG-02").isSorted();
    assertThat(areas.getMap("[0]"))
        .containsKeys("code", "name", "path", "parentCode", "level", "stationCode", "leaf");
    JsonPath categories =
        as("operator").get("/api/categories").then().statusCode(200).extract().jsonPath();
    assertThat(categories.getList("code", String.class)).contains("ZA", "ZA-NOISE").isSorted();
  }

  @Test
  void badSearchParametersAreRefusedWithTheirField() {
    JsonPath tooLong =
        as("operator")
            .get("/api/areas?q=" + "a".repeat(41))
            .then()
            .statusCode(400)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(tooLong.getString("code")).isEqualTo("VALIDATION_FAILED");
    assertThat(tooLong.getString("errors[0].field")).isEqualTo("q");
    assertThat(tooLong.getString("errors[0].reason")).isEqualTo("TOO_LONG");
    JsonPath limit =
        as("operator")
            .header("Accept-Language", "en")
            .get("/api/categories?q=za&limit=0")
            .then()
            .statusCode(400)
            .extract()
            .jsonPath();
    assertThat(limit.getString("errors[0].field")).isEqualTo("limit");
    assertThat(limit.getString("errors[0].reason")).isEqualTo("INVALID");
  }

  @Test
  void theContentSuggestsTheNoiseCategoryFirst() {
    JsonPath s =
        as("operator")
            .get("/api/categories/suggested?content=楼上邻居每天半夜噪音扰民，多次沟通无果")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(s.getList("code", String.class)).hasSizeBetween(1, 3).first().isEqualTo("ZA-NOISE");
    assertThat(s.getList("[0].words", String.class)).contains("噪音");
    assertThat(s.getString("[0].path")).isEqualTo("治安管理 › 社会生活噪音扰民");
    assertThat(codes("/api/categories/suggested?content=小区停电一整天了，电费也交了"))
        .first()
        .isEqualTo("SD-POWER");
    assertThat(codes("/api/categories/suggested?content=你好")).isEmpty();
  }

  @Test
  void theAddressNamesItsCommunity() {
    assertThat(codes("/api/areas/in-address?address=人民路88号3单元")).first().isEqualTo("CG-CG-02");
    assertThat(codes("/api/areas/in-address?address=东关街道幸福小区5号楼"))
        .containsExactly("CG-DG-01", "CG-DG");
    assertThat(codes("/api/areas/in-address?address=解放大道100号")).isEmpty();
  }

  @Test
  void theCallersNumberIsCheckedByTheIntakesRule() {
    assertThat(
            as("operator")
                .get("/api/caller-phones/check?number=138")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getBoolean("valid"))
        .isFalse();
    JsonPath ok =
        as("operator")
            .get("/api/caller-phones/check?number=139-1234-5678")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(ok.getBoolean("valid")).isTrue();
    assertThat(ok.getString("e164")).isEqualTo("+8613912345678");
    as("officer").get("/api/caller-phones/check?number=13912345678").then().statusCode(403);
  }
}
