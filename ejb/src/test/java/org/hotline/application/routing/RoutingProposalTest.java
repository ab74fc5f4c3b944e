package org.hotline.application.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.hotline.domain.model.catalogue.RoutingScorer.Proposal;
import org.hotline.domain.model.catalogue.RoutingScorer.Reason;
import org.junit.jupiter.api.Test;

/** 研判建议: reasons are codes with words; their sentences come from the bundle, per language. */
class RoutingProposalTest {

  private static final Proposal PROPOSAL =
      new Proposal(
          "PS-CHENGGUAN",
          "城关派出所",
          13,
          "CAT-PS-01",
          List.of(
              new Reason("JURISDICTION", List.of()),
              new Reason("CATEGORY", List.of("ZA-NOISE")),
              new Reason("KEYWORDS", List.of("噪音", "烧烤"))));

  private static final java.util.function.UnaryOperator<String> NAMES =
      code -> code.equals("ZA-NOISE") ? "治安 › 噪声扰民" : code;

  @Test
  void reasonsAreChineseByDefault() {
    RoutingProposal p = RoutingProposal.of(PROPOSAL, Locale.CHINESE, NAMES);
    assertThat(p.reasons()).containsExactly("辖区派出所", "职责覆盖分类：治安 › 噪声扰民", "关键词：噪音、烧烤");
    assertThat(p.reasons()).noneMatch(r -> r.contains("ZA-NOISE"));
    assertThat(p.why().get(1).words()).containsExactly("ZA-NOISE");
    assertThat(p.why())
        .extracting(Reason::kind)
        .containsExactly("JURISDICTION", "CATEGORY", "KEYWORDS");
    assertThat(p.unitCode()).isEqualTo("PS-CHENGGUAN");
    assertThat(p.score()).isEqualTo(13);
    assertThat(p.catalogueItemCode()).isEqualTo("CAT-PS-01");
  }

  @Test
  void reasonsAreEnglishOnRequestAndNeverBilingual() {
    RoutingProposal p = RoutingProposal.of(PROPOSAL, Locale.ENGLISH, NAMES);
    assertThat(p.reasons())
        .containsExactly(
            "station of the jurisdiction",
            "duty covers the category: 治安 › 噪声扰民",
            "keywords: 噪音, 烧烤");
    assertThat(p.reasons()).noneMatch(r -> r.contains("辖区") || r.contains("关键词"));
  }
}
