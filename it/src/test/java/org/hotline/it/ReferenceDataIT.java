package org.hotline.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.it.ItServer.as;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Demo reference data and the user endpoint. */
class ReferenceDataIT {

  @Test
  void meNamesUserRolesAndUnit() {
    var me = as("chief").get("/api/me").then().statusCode(200).extract().jsonPath();
    assertThat(me.getString("username")).isEqualTo("chief");
    assertThat(me.getList("roles")).containsExactly("chief");
    assertThat(me.getString("unitCode")).isEqualTo("PS-CHENGGUAN");
    assertThat(as("officer").get("/api/me").jsonPath().getString("unitCode"))
        .isEqualTo("PS-CHENGGUAN");
    assertThat(as("officer2").get("/api/me").jsonPath().getString("unitCode"))
        .isNotEqualTo("PS-CHENGGUAN");
  }

  @Test
  void unitsCoverTheBureauItsStationsAndBrigadesAndThirtyAgencies() {
    List<Map<String, Object>> units = as("operator").get("/api/units").jsonPath().getList("$");
    long stationsAndBrigades =
        units.stream().filter(u -> List.of("STATION", "BRIGADE").contains(u.get("kind"))).count();
    long agencies = units.stream().filter(u -> "AGENCY".equals(u.get("kind"))).count();
    assertThat(stationsAndBrigades).isGreaterThanOrEqualTo(10);
    assertThat(agencies).isGreaterThanOrEqualTo(30);
    assertThat(units).allSatisfy(u -> assertThat(u.get("code")).isNotNull());
  }

  @Test
  void categoriesAndAreasMarkTheirLeaves() {
    var categories = as("operator").get("/api/categories").jsonPath();
    assertThat(categories.getBoolean("find { it.code == 'ZA' }.leaf")).isFalse();
    assertThat(categories.getBoolean("find { it.code == 'ZA-NOISE' }.leaf")).isTrue();
    assertThat(categories.getInt("find { it.code == 'SD-POWER' }.deadlineDays")).isEqualTo(2);
    var areas = as("operator").get("/api/areas").jsonPath();
    assertThat(areas.getString("find { it.code == 'CG-DG-01' }.stationCode"))
        .isEqualTo("PS-DONGGUAN");
    assertThat(areas.getBoolean("find { it.code == 'CG' }.leaf")).isFalse();
  }

  @Test
  void openApiDocumentDescribesTheTicketApi() {
    String doc = ItServer.anonymous().get("/openapi").then().statusCode(200).extract().asString();
    assertThat(doc).contains("/api/tickets", "/api/tickets/{id}/assign", "/api/me");
  }
}
