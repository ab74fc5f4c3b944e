package org.hotline.domain.model.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hotline.domain.model.ticket.CallbackResult;
import org.junit.jupiter.api.Test;

class MonthlyTalliesTest {

  /** 2030-09-30 23:59:59 Asia/Shanghai: still September there. */
  private static final Instant SEPT_LAST_SECOND = Instant.parse("2030-09-30T15:59:59Z");

  /** 2030-10-01 00:00:30 Asia/Shanghai (30 September in UTC): October there. */
  private static final Instant OCT_FIRST = Instant.parse("2030-09-30T16:00:30Z");

  private static MonthlyTallies.Facts facts(
      String unit,
      String first,
      boolean merged,
      Instant due,
      Instant replied,
      Instant closed,
      Instant callbackAt,
      CallbackResult callback) {
    return new MonthlyTallies.Facts(
        unit, first, merged, due, replied, closed, callbackAt, callback, null, null);
  }

  @Test
  void aTicketDueAtTheLastSecondCountsForThatMonthAndAClosureAfterMidnightDoesNotCloseIt() {
    Map<MonthlyTallies.Key, UnitTally> c =
        MonthlyTallies.contribution(
            facts(
                "PS-A",
                "PS-A",
                false,
                SEPT_LAST_SECOND,
                SEPT_LAST_SECOND,
                OCT_FIRST,
                OCT_FIRST.plusSeconds(60),
                CallbackResult.SATISFIED));
    UnitTally sept = c.get(new MonthlyTallies.Key("2030-09", Attribution.FINAL_UNIT, "PS-A"));
    assertThat(sept.due()).isEqualTo(1);
    assertThat(sept.repliedOnTime()).isEqualTo(1);
    assertThat(sept.closed()).isZero();
    assertThat(sept.satisfied()).isZero();
    UnitTally oct = c.get(new MonthlyTallies.Key("2030-10", Attribution.FINAL_UNIT, "PS-A"));
    assertThat(oct.due()).isZero();
    assertThat(oct.satisfied()).isEqualTo(1);
    assertThat(c).hasSize(4); // both months under both attributions
  }

  @Test
  void aReroutedTicketCountsForItsFinalUnitAndForItsFirstUnderTheOtherAttribution() {
    Map<MonthlyTallies.Key, UnitTally> c =
        MonthlyTallies.contribution(
            facts("PS-B", "PS-A", false, SEPT_LAST_SECOND, null, null, null, null));
    assertThat(c.keySet())
        .containsExactlyInAnyOrder(
            new MonthlyTallies.Key("2030-09", Attribution.FINAL_UNIT, "PS-B"),
            new MonthlyTallies.Key("2030-09", Attribution.FIRST_UNIT, "PS-A"));
  }

  @Test
  void aMergedCallAddsNothingAndUnmergingItAddsItBack() {
    var merged = facts("PS-A", "PS-A", true, SEPT_LAST_SECOND, null, null, null, null);
    var open = facts("PS-A", "PS-A", false, SEPT_LAST_SECOND, null, null, null, null);
    assertThat(MonthlyTallies.contribution(merged)).isEmpty();
    List<Map.Entry<MonthlyTallies.Key, UnitTally>> merging = MonthlyTallies.change(open, merged);
    assertThat(merging).hasSize(2).allSatisfy(e -> assertThat(e.getValue().due()).isEqualTo(-1));
    assertThat(MonthlyTallies.change(merged, open))
        .allSatisfy(e -> assertThat(e.getValue().due()).isEqualTo(1));
  }

  @Test
  void anExtensionMovesTheTicketFromOneMonthToTheNextAndUnchangedRowsAreLeftOut() {
    var before = facts("PS-A", "PS-A", false, SEPT_LAST_SECOND, null, null, null, null);
    var after = facts("PS-A", "PS-A", false, OCT_FIRST.plusSeconds(86_400), null, null, null, null);
    var change = MonthlyTallies.change(before, after);
    assertThat(change).hasSize(4);
    assertThat(change)
        .filteredOn(e -> e.getKey().month().equals("2030-09"))
        .allSatisfy(e -> assertThat(e.getValue().due()).isEqualTo(-1));
    assertThat(change)
        .filteredOn(e -> e.getKey().month().equals("2030-10"))
        .allSatisfy(e -> assertThat(e.getValue().due()).isEqualTo(1));
    assertThat(MonthlyTallies.change(after, after)).isEmpty();
  }

  @Test
  void anUnreachableCallbackCountsApartAndALateReplyIsNotOnTime() {
    var c =
        MonthlyTallies.contribution(
            facts(
                "PS-A",
                "PS-A",
                false,
                SEPT_LAST_SECOND,
                SEPT_LAST_SECOND.plusSeconds(1),
                SEPT_LAST_SECOND.minusSeconds(10),
                SEPT_LAST_SECOND.minusSeconds(5),
                CallbackResult.UNREACHABLE));
    UnitTally t = c.get(new MonthlyTallies.Key("2030-09", Attribution.FINAL_UNIT, "PS-A"));
    assertThat(t.repliedOnTime()).isZero();
    assertThat(t.closed()).isEqualTo(1);
    assertThat(t.unreachable()).isEqualTo(1);
    assertThat(t.reached()).isZero();
  }

  @Test
  void aRevisitCountsInTheMonthItWasMade() {
    var f =
        new MonthlyTallies.Facts(
            "PS-A",
            "PS-A",
            false,
            null,
            null,
            null,
            null,
            null,
            OCT_FIRST,
            CallbackResult.BASICALLY_SATISFIED);
    UnitTally t =
        MonthlyTallies.contribution(f)
            .get(new MonthlyTallies.Key("2030-10", Attribution.FINAL_UNIT, "PS-A"));
    assertThat(t.revisits()).isEqualTo(1);
    assertThat(t.revisitsSatisfied()).isEqualTo(1);
  }
}
