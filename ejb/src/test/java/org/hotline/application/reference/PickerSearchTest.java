package org.hotline.application.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PickerSearchTest {

  record Item(String code, String name, String path) {}

  static final List<Item> AREAS =
      List.of(
          new Item("CG-CG-01", "中心社区", "城关区 › 城关街道 › 中心社区"),
          new Item("CG-CG-02", "人民路社区", "城关区 › 城关街道 › 人民路社区"),
          new Item("CG-DG-01", "幸福社区", "城关区 › 东关街道 › 幸福社区"),
          new Item("CQ-01", "重庆路社区", "城关区 › 东关街道 › 重庆路社区"),
          new Item("CA-01", "长安社区", "城关区 › 西关街道 › 长安社区"),
          new Item("LY-01", "绿园村", "北部乡镇 › 李家镇 › 绿园村"),
          new Item("RM-01", "和平社区", "城关区 › 人民街道 › 和平社区"));

  static final List<Item> CATEGORIES =
      List.of(
          new Item("ZA-DISPUTE", "矛盾纠纷求助", "治安管理 › 矛盾纠纷求助"),
          new Item("ZA-NOISE", "社会生活噪音扰民", "治安管理 › 社会生活噪音扰民"),
          new Item("HJ-CONSTRUCTION-NOISE", "建筑施工噪音", "生态环境 › 建筑施工噪音"),
          new Item("ZA-DOG", "违规养犬", "治安管理 › 违规养犬"));

  static List<String> find(List<Item> items, String q) {
    return PickerSearch.rank(items, q, Item::code, Item::name, Item::path, 10).stream()
        .map(Item::code)
        .toList();
  }

  @Test
  void pinyinInitialsFindTheCommunityFirst() {
    assertThat(find(AREAS, "rml")).first().isEqualTo("CG-CG-02");
    assertThat(find(AREAS, "RML")).first().isEqualTo("CG-CG-02");
  }

  @Test
  void fullPinyinAndMixedPinyinAndPartsOfTheNameFindIt() {
    assertThat(find(AREAS, "renminlu")).first().isEqualTo("CG-CG-02");
    assertThat(find(AREAS, "renml")).first().isEqualTo("CG-CG-02");
    assertThat(find(AREAS, "ren min lu")).first().isEqualTo("CG-CG-02");
    assertThat(find(AREAS, "民路")).containsExactly("CG-CG-02");
    assertThat(find(AREAS, "人民l")).first().isEqualTo("CG-CG-02");
  }

  @Test
  void theNameMatchedFromItsStartComesBeforeAParentsName() {
    // 人民街道's community matches "rm" only through its parent: after 人民路社区
    assertThat(find(AREAS, "rm")).containsExactly("CG-CG-02", "RM-01");
  }

  @Test
  void polyphonicCharactersOfPlaceNamesAreFoundUnderTheirPlaceReading() {
    assertThat(find(AREAS, "cq")).first().isEqualTo("CQ-01");
    assertThat(find(AREAS, "chongqing")).first().isEqualTo("CQ-01");
    assertThat(find(AREAS, "cqlsq")).first().isEqualTo("CQ-01");
    assertThat(find(AREAS, "changan")).first().isEqualTo("CA-01");
    assertThat(find(AREAS, "ca")).first().isEqualTo("CA-01");
    assertThat(find(AREAS, "lvyuan")).containsExactly("LY-01");
    assertThat(find(AREAS, "luyuan")).containsExactly("LY-01");
  }

  @Test
  void initialsAcrossTheCategoryPathWithSkippedCharacters() {
    assertThat(find(CATEGORIES, "zazy")).first().isEqualTo("ZA-NOISE");
    assertThat(find(CATEGORIES, "zy"))
        .startsWith("HJ-CONSTRUCTION-NOISE", "ZA-NOISE"); // shorter name first
    assertThat(find(CATEGORIES, "噪音"))
        .containsExactlyInAnyOrder("ZA-NOISE", "HJ-CONSTRUCTION-NOISE");
    assertThat(find(CATEGORIES, "zagl")).hasSize(3);
  }

  @Test
  void theCodeItselfComesFirst() {
    assertThat(find(CATEGORIES, "za-dog")).first().isEqualTo("ZA-DOG");
  }

  @Test
  void textThatMatchesNothingFindsNothing() {
    assertThat(find(AREAS, "xyzq")).isEmpty();
    assertThat(find(AREAS, "不存在的地方")).isEmpty();
    assertThat(find(AREAS, "  ")).isEmpty();
  }
}
