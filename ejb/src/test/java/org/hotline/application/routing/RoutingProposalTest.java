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

  @Test
  void reasonsAreChineseByDefault() {
    RoutingProposal p = RoutingProposal.of(PROPOSAL, Locale.CHINESE);
    assertThat(p.reasons()).containsExactly("辖区派出所", "职责覆盖分类：ZA-NOISE", "关键词：噪音、烧烤");
    assertThat(p.why())
        .extracting(Reason::kind)
        .containsExactly("JURISDICTION", "CATEGORY", "KEYWORDS");
    assertThat(p.unitCode()).isEqualTo("PS-CHENGGUAN");
    assertThat(p.score()).isEqualTo(13);
    assertThat(p.catalogueItemCode()).isEqualTo("CAT-PS-01");
  }

  @Test
  void reasonsAreEnglishOnRequestAndNeverBilingual() {
    RoutingProposal p = RoutingProposal.of(PROPOSAL, Locale.ENGLISH);
    assertThat(p.reasons())
        .containsExactly(
            "station of the jurisdiction",
            "duty covers the category: ZA-NOISE",
            "keywords: 噪音, 烧烤");
    assertThat(p.reasons()).noneMatch(r -> r.contains("辖区") || r.contains("关键词"));
  }
}
