package org.hotline.application.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hotline.domain.model.ticket.CallbackResult;
import org.hotline.domain.model.ticket.EventDetail;
import org.hotline.domain.model.ticket.TicketAction;
import org.junit.jupiter.api.Test;

/**
 * History details read as sentences in the reader's language, for new JSON rows and old key=value
 * rows.
 */
class HistoryDetailsTest {

  private static final Function<String, Optional<String>> UNITS =
      code -> Optional.ofNullable(Map.of("PS-CHENGGUAN", "城关派出所", "GA", "示范县公安局").get(code));

  @Test
  void aCallbackReadsAsASentenceInEitherLanguage() {
    EventDetail d =
        EventDetail.of("result", CallbackResult.DISSATISFIED)
            .and("attempt", 1)
            .and("reasons", List.of("PASSING_THE_BUCK", "SLOW"));
    assertThat(HistoryDetails.text(TicketAction.CALLED_BACK, d, Locale.CHINESE, UNITS))
        .isEqualTo("结果：不满意；第 1 次回访；不满意原因：推诿扯皮、效率低");
    assertThat(HistoryDetails.text(TicketAction.CALLED_BACK, d, Locale.ENGLISH, UNITS))
        .isEqualTo("Result: Dissatisfied; attempt 1; Reasons: Passing the buck, Slow");
  }

  @Test
  void unitCodesReadAsNamesAndTimesAsMinutes() {
    EventDetail assigned = EventDetail.parse("unit=PS-CHENGGUAN");
    assertThat(HistoryDetails.text(TicketAction.ASSIGNED, assigned, Locale.CHINESE, UNITS))
        .isEqualTo("承办单位：城关派出所");
    assertThat(HistoryDetails.text(TicketAction.ASSIGNED, assigned, Locale.ENGLISH, UNITS))
        .isEqualTo("Unit: 城关派出所");
    EventDetail escalated = EventDetail.parse("level=2;to=GA");
    assertThat(HistoryDetails.text(TicketAction.ESCALATED, escalated, Locale.CHINESE, UNITS))
        .isEqualTo("第 2 级；升级至：示范县公安局");
    EventDetail extended =
        EventDetail.of("from", "2026-11-30T17:00+08:00")
            .and("to", "2026-12-04T17:00+08:00")
            .and("count", 1);
    assertThat(
            HistoryDetails.text(TicketAction.EXTENSION_APPROVED, extended, Locale.ENGLISH, UNITS))
        .isEqualTo(
            "Previous deadline: 2026-11-30 17:00; New deadline: 2026-12-04 17:00; extension no. 1");
    EventDetail recomputed =
        EventDetail.parse("reply=2026-11-30T17:00+08:00->2026-12-01T17:00+08:00;sign=-->-");
    assertThat(
            HistoryDetails.text(
                TicketAction.DEADLINES_RECOMPUTED, recomputed, Locale.CHINESE, UNITS))
        .isEqualTo("回复期限：2026-11-30 17:00 → 2026-12-01 17:00；签收期限：- → -");
  }

  @Test
  void codesFlagsAndUnknownFacts() {
    EventDetail transfer =
        EventDetail.parse("transfer=TO_12345;status=ACCEPTED;reference=12345-2026-0088");
    assertThat(HistoryDetails.text(TicketAction.TRANSFER_FEEDBACK, transfer, Locale.CHINESE, UNITS))
        .isEqualTo("转办方向：转办12345；对方状态：对方已受理；对方编号：12345-2026-0088");
    assertThat(
            HistoryDetails.text(
                TicketAction.RECTIFICATION_REPORTED,
                EventDetail.parse("late=true"),
                Locale.CHINESE,
                UNITS))
        .isEqualTo("逾期反馈");
    assertThat(
            HistoryDetails.text(
                TicketAction.RECTIFICATION_REPORTED,
                EventDetail.of("late", false),
                Locale.ENGLISH,
                UNITS))
        .isEqualTo("Reported in time");
    assertThat(
            HistoryDetails.text(
                TicketAction.LOGGED, EventDetail.parse("PHONE_12345"), Locale.CHINESE, UNITS))
        .isEqualTo("PHONE_12345");
    assertThat(
            HistoryDetails.text(
                TicketAction.LOGGED,
                EventDetail.of("channel", "PHONE_12345"),
                Locale.CHINESE,
                UNITS))
        .isEqualTo("渠道：12345热线");
    assertThat(
            HistoryDetails.text(
                TicketAction.REVISITED, EventDetail.of("mystery", "X"), Locale.CHINESE, UNITS))
        .isEqualTo("mystery=X");
    assertThat(HistoryDetails.text(TicketAction.SIGNED, EventDetail.none(), Locale.CHINESE, UNITS))
        .isNull();
  }

  @Test
  void theCatalogueItemReliedOnReadsAsItsTitleNotItsCode() {
    HistoryDetails.FactNames names =
        (fact, code) ->
            "catalogue".equals(fact) && "CAT-PS-01".equals(code)
                ? Optional.of("城关派出所：城关辖区治安")
                : HistoryDetails.unitFact(fact) ? UNITS.apply(code) : Optional.empty();
    EventDetail assigned =
        EventDetail.of("unit", "PS-CHENGGUAN").and("catalogue", "CAT-PS-01").and("version", 2);
    assertThat(HistoryDetails.text(TicketAction.ASSIGNED, assigned, Locale.CHINESE, names))
        .isEqualTo("承办单位：城关派出所；依据职责：城关派出所：城关辖区治安；第 2 版")
        .doesNotContain("CAT-PS-01");
    // a code nobody knows still shows (never hidden)
    assertThat(
            HistoryDetails.text(
                TicketAction.ASSIGNED,
                EventDetail.of("catalogue", "CAT-GONE"),
                Locale.CHINESE,
                names))
        .isEqualTo("依据职责：CAT-GONE");
  }
}
