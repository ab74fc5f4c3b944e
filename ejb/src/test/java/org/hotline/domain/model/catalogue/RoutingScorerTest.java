package org.hotline.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hotline.domain.model.catalogue.RoutingScorer.Duty;
import org.hotline.domain.model.catalogue.RoutingScorer.Matter;
import org.junit.jupiter.api.Test;

class RoutingScorerTest {

  private static final List<Duty> DUTIES =
      List.of(
          new Duty(
              "CAT-POWER", "AG-POWER", "供电公司", false, List.of("SD-POWER"), List.of("停电", "电费")),
          new Duty(
              "CAT-PROPERTY",
              "AG-PROPERTY",
              "物业中心",
              false,
              List.of("WY-PROPERTY"),
              List.of("物业", "停车费")),
          new Duty(
              "CAT-URBAN", "AG-URBAN", "城管", false, List.of("CS-STALL"), List.of("占道经营", "烧烤摊")),
          new Duty("CAT-PS", "PS-A", "A 派出所", true, List.of("ZA-NOISE"), List.of("噪音")));

  @Test
  void categoryAndKeywordsRankTheAgency() {
    var proposals =
        RoutingScorer.propose(
            new Matter("整栋楼停电三个小时了", null, "SD-POWER", false, "PS-A", "A 派出所"), DUTIES, 3);
    assertThat(proposals)
        .first()
        .satisfies(
            p -> {
              assertThat(p.unitCode()).isEqualTo("AG-POWER");
              assertThat(p.catalogueItemCode()).isEqualTo("CAT-POWER");
              assertThat(p.reasons()).anyMatch(r -> r.contains("停电"));
            });
    // a non-police matter never proposes the station of the jurisdiction on that ground alone
    assertThat(proposals).noneMatch(p -> p.unitCode().equals("PS-A"));
  }

  @Test
  void contentOutweighsAGenericCategory() {
    var proposals =
        RoutingScorer.propose(
            new Matter("小区物业乱收停车费", null, "ZX-POLICY", false, null, null), DUTIES, 3);
    assertThat(proposals.get(0).unitCode()).isEqualTo("AG-PROPERTY");
  }

  @Test
  void policeMatterProposesTheStationOfTheJurisdictionWithBothReasons() {
    var proposals =
        RoutingScorer.propose(
            new Matter("楼上深夜噪音扰民", null, "ZA-NOISE", true, "PS-A", "A 派出所"), DUTIES, 3);
    assertThat(proposals.get(0).unitCode()).isEqualTo("PS-A");
    assertThat(proposals.get(0).score())
        .isEqualTo(
            RoutingScorer.JURISDICTION
                + RoutingScorer.CATEGORY_MATCH
                + RoutingScorer.KEYWORD_MATCH);
    assertThat(proposals.get(0).reasons()).hasSize(3);
  }

  @Test
  void atMostTheRequestedNumberAndNothingWithoutAnyMatch() {
    assertThat(RoutingScorer.propose(new Matter("咨询", null, null, false, null, null), DUTIES, 3))
        .isEmpty();
    assertThat(
            RoutingScorer.propose(
                new Matter("停电 物业 烧烤摊 噪音", null, null, false, null, null), DUTIES, 2))
        .hasSize(2);
  }

  @Test
  void wordsSharedWithTheWrittenDutiesCountWhenNoKeywordMatches() {
    List<Duty> duties =
        List.of(
            new Duty(
                "CAT-A",
                "AG-TRANSPORT",
                "交通运输局",
                false,
                List.of(),
                List.of(),
                java.util.Set.of("公路", "养护")),
            new Duty(
                "CAT-B",
                "AG-EDU",
                "教育局",
                false,
                List.of(),
                List.of(),
                java.util.Set.of("学校", "招生")));
    var proposals =
        RoutingScorer.propose(
            new Matter(
                "乡村公路的护栏损坏",
                null,
                "ZX-POLICY",
                false,
                null,
                null,
                List.of("乡村", "公路", "的", "护栏", "损坏")),
            duties,
            3);
    assertThat(proposals).hasSize(1);
    assertThat(proposals.get(0).unitCode()).isEqualTo("AG-TRANSPORT");
    assertThat(proposals.get(0).score()).isEqualTo(RoutingScorer.SHARED_WORD);
    assertThat(proposals.get(0).reasons()).anyMatch(r -> r.contains("公路"));
  }
}
