package org.hotline.application.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.hotline.application.reference.CategorySuggester.Candidate;
import org.hotline.application.reference.CategorySuggester.Duty;
import org.hotline.application.reference.CategorySuggester.Suggestion;
import org.junit.jupiter.api.Test;

class CategorySuggesterTest {

  static final List<Candidate> LEAVES =
      List.of(
          new Candidate("ZA-DISPUTE", Set.of("矛盾", "纠纷", "求助")),
          new Candidate("ZA-NOISE", Set.of("社会", "生活", "噪音", "扰民")),
          new Candidate("ZA-DOG", Set.of("违规", "养犬")),
          new Candidate("HJ-CONSTRUCTION-NOISE", Set.of("建筑", "施工", "噪音")),
          new Candidate("SD-POWER", Set.of("停电", "供电")),
          new Candidate("JT-ACCIDENT", Set.of("交通", "事故", "处理")));

  static final List<Duty> DUTIES =
      List.of(
          new Duty(
              List.of("ZA-DISPUTE", "ZA-NOISE", "ZA-DOG"),
              List.of("城关", "打架", "纠纷", "噪音", "狗", "盗窃")),
          new Duty(List.of("HJ-CONSTRUCTION-NOISE"), List.of("施工噪音", "夜间施工", "工地")),
          new Duty(List.of("SD-POWER"), List.of("停电", "断电", "跳闸")));

  @Test
  void aNoiseComplaintSuggestsTheNoiseCategoryFirst() {
    String content = "楼上邻居每天半夜噪音扰民，多次沟通无果";
    List<Suggestion> s =
        CategorySuggester.suggest(
            content,
            List.of("楼上", "邻居", "每天", "半夜", "噪音", "扰民", "多次", "沟通", "无果"),
            LEAVES,
            DUTIES,
            3);
    assertThat(s).extracting(Suggestion::code).first().isEqualTo("ZA-NOISE");
    assertThat(s).hasSizeLessThanOrEqualTo(3);
    assertThat(s.get(0).words()).contains("噪音", "扰民");
  }

  @Test
  void nightConstructionSuggestsConstructionNoiseFirst() {
    String content = "工地夜间施工噪音太大";
    List<Suggestion> s =
        CategorySuggester.suggest(
            content, List.of("工地", "夜间", "施工", "噪音", "太", "大"), LEAVES, DUTIES, 3);
    assertThat(s).extracting(Suggestion::code).first().isEqualTo("HJ-CONSTRUCTION-NOISE");
  }

  @Test
  void keywordsAloneSuggestTheCategoriesTheirItemCovers() {
    List<Suggestion> s =
        CategorySuggester.suggest("家里又跳闸了", List.of("家里", "又", "跳闸", "了"), LEAVES, DUTIES, 3);
    assertThat(s).extracting(Suggestion::code).containsExactly("SD-POWER");
  }

  @Test
  void genericWordsOfCategoryNamesSuggestNothing() {
    List<Suggestion> s =
        CategorySuggester.suggest(
            "楼上噪音扰民，请派人处理", List.of("楼上", "噪音", "扰民", "请", "派", "人", "处理"), LEAVES, DUTIES, 3);
    assertThat(s).extracting(Suggestion::code).doesNotContain("JT-ACCIDENT");
  }

  @Test
  void wordsOfTheWrittenDutiesCountForTheCategoriesTheItemCovers() {
    List<Duty> duties =
        List.of(new Duty(List.of("SD-POWER"), List.of("跳闸"), Set.of("供电", "线路", "抢修")));
    List<Suggestion> s =
        CategorySuggester.suggest("线路老化需要抢修", List.of("线路", "老化", "需要", "抢修"), LEAVES, duties, 3);
    assertThat(s).extracting(Suggestion::code).containsExactly("SD-POWER");
    assertThat(s.get(0).score()).isEqualTo(2 * CategorySuggester.DUTY_WORD);
  }

  @Test
  void contentWithNoKnownWordSuggestsNothing() {
    assertThat(CategorySuggester.suggest("你好", List.of("你好"), LEAVES, DUTIES, 3)).isEmpty();
    assertThat(CategorySuggester.suggest(" ", List.of(), LEAVES, DUTIES, 3)).isEmpty();
  }
}
