package org.hotline.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hotline.domain.model.ranking.RankingRow;
import org.hotline.domain.model.ranking.RateBasis;
import org.hotline.domain.model.ranking.UnitClass;
import org.hotline.domain.model.slip.SlipAction;
import org.hotline.domain.model.slip.SlipStatus;
import org.hotline.domain.model.ticket.CallbackReason;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.TicketAction;
import org.hotline.domain.model.ticket.TicketStatus;
import org.hotline.domain.model.ticket.Urgency;
import org.junit.jupiter.api.Test;

/**
 * The message bundle: the same keys in both languages, a label for every code, usable templates.
 */
class MessagesTest {

  @Test
  void bothLanguagesHoldTheSameKeysAndNoEmptyText() {
    assertThat(Messages.all("en").keySet())
        .containsExactlyInAnyOrderElementsOf(Messages.all("zh").keySet());
    for (String lang : Messages.LANGUAGES) {
      assertThat(Messages.all(lang))
          .allSatisfy((k, v) -> assertThat(v).as(lang + " " + k).isNotBlank());
    }
  }

  @Test
  void everyCodeHasALabelInBothLanguages() {
    List<String> keys = new ArrayList<>();
    Stream.of(
            TicketStatus.values(),
            TicketAction.values(),
            Channel.values(),
            Urgency.values(),
            CallbackResult.values())
        .flatMap(Stream::of)
        .forEach(e -> keys.add(e.name()));
    Stream.of(CallbackReason.values()).forEach(r -> keys.add("reason_" + r.name()));
    // printed documents: slip steps and actions, unit classes; the ranking's flags and bases
    Stream.of(SlipStatus.values()).forEach(x -> keys.add("pdf.slipStatus." + x.name()));
    Stream.of(SlipAction.values()).forEach(x -> keys.add("pdf.slipAction." + x.name()));
    Stream.of(UnitClass.values()).forEach(x -> keys.add("pdf.unitClass." + x.name()));
    Stream.of(RankingRow.Flag.values()).forEach(x -> keys.add(x.name()));
    Stream.of(RateBasis.values()).forEach(x -> keys.add(x.name()));
    for (String lang : Messages.LANGUAGES) {
      assertThat(Messages.all(lang).keySet()).as(lang).containsAll(keys);
    }
  }

  @Test
  void labelsOfTheEnumsAndActions() {
    assertThat(Messages.label(TicketStatus.PENDING_TRIAGE, Locale.CHINESE)).isEqualTo("待研判");
    assertThat(Messages.label(TicketStatus.PENDING_TRIAGE, Locale.ENGLISH))
        .isEqualTo("Pending triage");
    // one text per code: the PDF and the pages said 无法联系 / 未接通, 12345热线电话 / 12345热线 before
    assertThat(Messages.label(CallbackResult.UNREACHABLE, Locale.CHINESE)).isEqualTo("未接通");
    assertThat(Messages.label(Channel.PHONE_12345, Locale.CHINESE)).isEqualTo("12345热线");
    assertThat(Messages.label(Channel.TRANSFER_110, Locale.CHINESE)).isEqualTo("110转办");
    // an action sharing a status's name has its own label
    assertThat(Messages.actionLabel(TicketAction.SIGNED, Locale.CHINESE)).isEqualTo("签收");
    assertThat(Messages.label(TicketStatus.SIGNED, Locale.CHINESE)).isEqualTo("已签收");
    assertThat(Messages.actionLabel(TicketAction.ASSIGNED, Locale.CHINESE)).isEqualTo("派单");
    assertThat(Messages.actionLabel(TicketAction.OVERDUE, Locale.ENGLISH)).isEqualTo("Overdue");
  }

  @Test
  void unknownKeysAndLanguagesFallBack() {
    assertThat(Messages.text("no.such.key", Locale.ENGLISH)).isEqualTo("no.such.key");
    assertThat(Messages.text("appName", Locale.FRENCH)).isEqualTo("警务热线工单系统");
    assertThat(Messages.language(Locale.forLanguageTag("en-GB"))).isEqualTo("en");
    assertThat(Messages.language(Locale.forLanguageTag("zh-TW"))).isEqualTo("zh");
  }

  @Test
  void serverTemplatesAreValidMessageFormatsWithNumbersPrintedPlain() {
    for (String lang : Messages.LANGUAGES) {
      Messages.all(lang)
          .forEach(
              (k, v) -> {
                if (k.contains(".")) {
                  new MessageFormat(v, Messages.locale(lang)); // throws on a broken template
                  assertThat(v)
                      .as(lang + " " + k + ": a lone apostrophe swallows text in MessageFormat")
                      .doesNotContainPattern("(?<!')'(?!')");
                }
              });
    }
    assertThat(Messages.text("pdf.directAnswer", Locale.CHINESE, 2026)).isEqualTo("直接答复：2026");
    // the ranking PDFs print as they did before the bundle (RankingsIT reads their text)
    assertThat(Messages.zh("pdf.ranking.unitTitle", "城关派出所", Messages.zh("pdf.month", "2026", 10)))
        .isEqualTo("城关派出所 2026年10月工单办理明细");
    assertThat(Messages.zh("pdf.ranking.selfExamination", 3, 3))
        .isEqualTo("连续 3 个月排名后 3 位，须在局党委会上作自查报告。");
    assertThat(Messages.text("pdf.ranking.selfExamination", Locale.ENGLISH, 3, 3))
        .contains("bureau's");
  }

  @Test
  void pagesGetOnlyTheKeysWithoutADotAndAStableVersion() {
    assertThat(Messages.pageTexts("zh"))
        .containsEntry("appName", "警务热线工单系统")
        .doesNotContainKey("pdf.orgName");
    assertThat(Messages.pageTexts("en"))
        .containsEntry("reason_PASSING_THE_BUCK", "Passing the buck");
    assertThat(Messages.version("zh"))
        .isEqualTo(Messages.version("zh"))
        .isNotEqualTo(Messages.version("en"));
  }

  @Test
  void reasonsAreCodesAndTheOldLabelsMapToThem() {
    assertThat(CallbackReasons.parse("PASSING_THE_BUCK")).contains(CallbackReason.PASSING_THE_BUCK);
    assertThat(CallbackReasons.parse("passing_the_buck")).contains(CallbackReason.PASSING_THE_BUCK);
    assertThat(CallbackReasons.parse("推诿扯皮")).contains(CallbackReason.PASSING_THE_BUCK);
    assertThat(CallbackReasons.parse("Passing the buck")).contains(CallbackReason.PASSING_THE_BUCK);
    assertThat(CallbackReasons.parse("态度一般")).isEmpty();
    // every legacy label is today's label of its code in one of the two languages
    CallbackReasons.legacyLabels()
        .forEach(
            (label, code) ->
                assertThat(
                        List.of(
                            Messages.text("reason_" + code.name(), Locale.CHINESE),
                            Messages.text("reason_" + code.name(), Locale.ENGLISH)))
                    .contains(label));
    assertThat(CallbackReasons.labels(List.of("PASSING_THE_BUCK", "SLOW"), Locale.CHINESE))
        .isEqualTo("推诿扯皮、效率低");
    assertThat(CallbackReasons.labels(List.of("PASSING_THE_BUCK", "SLOW"), Locale.ENGLISH))
        .isEqualTo("Passing the buck, Slow");
    assertThat(CallbackReasons.label("处理太慢", Locale.ENGLISH)).isEqualTo("处理太慢");
  }
}
