package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** 整改 and 复访: opened by dissatisfaction, late once, a second dissatisfaction proposes a slip. */
class RectificationsTest {

  private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
  private final Unit station = new Unit("PS-CHENGGUAN", "城关派出所", UnitKind.STATION, null, 0);

  @Test
  void onlyADissatisfiedCallbackHasARectification() {
    List<Rectification> list = new ArrayList<>();
    Rectifications satisfied = new Rectifications(list, CallbackResult.SATISFIED);
    assertThat(satisfied.called()).isFalse();
    Rectifications dissatisfied = new Rectifications(list, CallbackResult.DISSATISFIED);
    assertThat(dissatisfied.called()).isTrue();
    assertThat(dissatisfied.current()).isNull();
    dissatisfied.open(null, station, T0.plusSeconds(3600), List.of("SLOW"), T0);
    assertThat(dissatisfied.current().dissatisfaction()).containsExactly("SLOW");
    assertThat(new Rectifications(list, null).current()).isNull();
  }

  @Test
  void aLateReportIsMarkedOnceAndNotBeforeItsDueTime() {
    Rectifications r = new Rectifications(new ArrayList<>(), CallbackResult.DISSATISFIED);
    Instant due = T0.plusSeconds(3600);
    r.open(null, station, due, List.of("SLOW"), T0);
    assertThat(r.markOverdue(station, due.minusSeconds(1))).isEmpty();
    assertThat(r.markOverdue(station, due))
        .contains(EventDetail.of("unit", "PS-CHENGGUAN").and("due", BusinessTime.text(due)));
    assertThat(r.current().overdue()).isTrue();
    assertThat(r.markOverdue(station, due.plusSeconds(60))).isEmpty();
  }

  @Test
  void openingAndReportingGiveTheDetailsOfTheirEvents() {
    Rectifications r = new Rectifications(new ArrayList<>(), CallbackResult.DISSATISFIED);
    Instant due = T0.plusSeconds(3600);
    assertThat(r.open(null, station, due, List.of("SLOW"), T0))
        .isEqualTo(
            EventDetail.of("unit", "PS-CHENGGUAN")
                .and("due", BusinessTime.text(due))
                .and("reasons", List.of("SLOW")));
    assertThat(r.report("已整改", "chief", due.plusSeconds(1)))
        .isEqualTo(EventDetail.of("late", false));
    assertThat(r.current().report()).isEqualTo("已整改");
  }

  @Test
  void aSecondDissatisfactionProposesASlip() {
    Rectifications r = new Rectifications(new ArrayList<>(), CallbackResult.DISSATISFIED);
    r.open(null, station, T0.plusSeconds(3600), List.of("SLOW"), T0);
    assertThat(r.revisit(CallbackResult.SATISFIED, "已满意", "callback", T0)).isFalse();
    assertThat(r.revisit(CallbackResult.DISSATISFIED, "仍不满意", "callback", T0)).isTrue();
    assertThat(r.current().revisitResult()).isEqualTo(CallbackResult.DISSATISFIED);
  }
}
