package org.hotline.application.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo county read from its JSON files, and a site's folder checked before anything is saved.
 */
class ReferenceDataSetTest {

  private final ReferenceDataSet demo = ReferenceDataSet.fromClasspath(ReferenceDataSet.DEMO);

  @Test
  void demoSetHoldsTheCountyAsBefore() {
    assertEquals(54, demo.units().size());
    assertEquals(51, demo.categories().size());
    assertEquals(29, demo.areas().size());
    assertEquals(46, demo.catalogue().size());
    assertEquals(10, demo.users().size());
    assertEquals(new ReferenceDataSet.UnitRow("GA", "示范县公安局", "BUREAU", null), demo.units().get(0));
    assertEquals(
        new ReferenceDataSet.UnitRow("AG-URBAN", "县综合行政执法局(城管)", "AGENCY", "GOV"),
        demo.units().stream().filter(u -> u.code().equals("AG-URBAN")).findFirst().orElseThrow());
    assertEquals(9, demo.units().stream().filter(u -> u.kind().equals("STATION")).count());
    assertEquals(9, demo.units().stream().filter(u -> u.kind().equals("BRIGADE")).count());
    assertEquals(33, demo.units().stream().filter(u -> u.kind().equals("AGENCY")).count());
  }

  @Test
  void categoriesAreasCatalogueAndUsersKeepTheirFields() {
    ReferenceDataSet.CategoryRow noise = demo.categories().get(2);
    assertEquals(new ReferenceDataSet.CategoryRow("ZA-NOISE", "社会生活噪音扰民", true, "ZA", 3), noise);
    assertNull(demo.categories().get(0).replyDays(), "a parent category is not a leaf");
    assertEquals(
        new ReferenceDataSet.AreaRow("CG-DG", "东关街道", "STREET", "CG", "PS-DONGGUAN"),
        demo.areas().get(4));
    ReferenceDataSet.CatalogueRow fire =
        demo.catalogue().stream()
            .filter(c -> c.code().equals("CAT-FIRE-01"))
            .findFirst()
            .orElseThrow();
    assertEquals(List.of("XF-HAZARD", "XF-PASSAGE"), fire.categories());
    assertEquals(List.of("消防", "火灾隐患", "消防通道", "灭火器", "电动车充电", "飞线充电"), fire.keywords());
    assertEquals(
        List.of(), demo.catalogue().get(2).categories(), "no category: an empty list, not [\"\"]");
    assertEquals(
        new ReferenceDataSet.UserRow("leader", "局领导 吴军", "GA", List.of("LEADER")),
        demo.users().get(8));
  }

  @Test
  void aSiteFolderWithAnUnknownParentIsRefusedNamingTheRow(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("units.json"),
        """
        [{"code": "A", "name": "甲局", "kind": "BUREAU", "parent": null},
         {"code": "B", "name": "乙所", "kind": "STATION", "parent": "X"}]""");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReferenceDataSet.fromDirectory(dir));
    assertTrue(e.getMessage().contains("units.json: B refers to parent X"), e.getMessage());
  }

  @Test
  void aNameWithABidiOverrideIsRefusedAsTheApiWould(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("units.json"),
        "[{\"code\": \"A\", \"name\": \"甲\\u202E局\", \"kind\": \"BUREAU\"}]");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ReferenceDataSet.fromDirectory(dir));
    assertTrue(e.getMessage().contains("units.json: [0].name"), e.getMessage());
  }

  @Test
  void aMisspelledFieldIsRefusedAndMissingFilesAreEmpty(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("units.json"),
        "[{\"code\": \"A\", \"name\": \"甲局\", \"kind\": \"BUREAU\", \"parnet\": null}]");
    assertThrows(IllegalArgumentException.class, () -> ReferenceDataSet.fromDirectory(dir));
    Files.writeString(
        dir.resolve("units.json"), "[{\"code\": \"A\", \"name\": \"甲局\", \"kind\": \"BUREAU\"}]");
    ReferenceDataSet set = ReferenceDataSet.fromDirectory(dir);
    assertEquals(1, set.units().size());
    assertTrue(set.users().isEmpty() && set.catalogue().isEmpty());
  }
}
