package org.hotline.application.routing;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.hotline.application.text.Messages;
import org.hotline.domain.model.catalogue.RoutingScorer.Proposal;
import org.hotline.domain.model.catalogue.RoutingScorer.Reason;

/**
 * A routing proposal (研判建议) as the API shows it: the unit, its score, the catalogue item relied on,
 * {@code reasons} as sentences in the reader's language and {@code why} as the codes ({@code kind})
 * with their words, in the same order. The sentences come from the message bundle ({@code
 * why_<KIND>}, zh and en), the same texts the dispatcher's page shows.
 *
 * @param unitCode the proposed unit's code
 * @param unitName its name
 * @param score the score (higher is likelier)
 * @param catalogueItemCode the catalogue item relied on, or null (jurisdiction alone)
 * @param reasons one sentence per entry of {@code why}
 * @param why the reasons as codes and words (a category reason keeps the category code here)
 */
public record RoutingProposal(
    String unitCode,
    String unitName,
    int score,
    String catalogueItemCode,
    List<String> reasons,
    List<Reason> why) {

  /** The reason kind whose words are category codes, named in the sentence (never the code). */
  static final String CATEGORY = "CATEGORY";

  /** The proposal with its reasons worded in {@code locale} (Chinese unless English). */
  static RoutingProposal of(Proposal p, Locale locale, UnaryOperator<String> categoryName) {
    List<String> texts = p.why().stream().map(r -> text(r, locale, categoryName)).toList();
    return new RoutingProposal(
        p.unitCode(), p.unitName(), p.score(), p.catalogueItemCode(), texts, p.why());
  }

  /**
   * One reason as people read it: the bundle's label of its code, then its words ({@code
   * 关键词：噪音、烧烤}, {@code keywords: noise, barbecue}); a category by its name (「职责覆盖分类：治安 › 噪声扰民」,
   * issue 12 item 6: not 「ZA-DOG」), its code staying in {@code why}.
   *
   * @param categoryName the category's name for its code (the code itself when unknown)
   */
  static String text(Reason reason, Locale locale, UnaryOperator<String> categoryName) {
    String label = Messages.text("why_" + reason.kind(), locale);
    if (reason.words().isEmpty()) {
      return label;
    }
    List<String> words =
        CATEGORY.equals(reason.kind())
            ? reason.words().stream().map(categoryName).toList()
            : reason.words();
    boolean english = Messages.language(locale).equals("en");
    return label + (english ? ": " : "：") + String.join(english ? ", " : "、", words);
  }
}
