package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** History details are JSON with codes; the older key=value text is still read. */
class EventDetailTest {

  @Test
  void factsAreStoredAsAJsonObjectInTheirOrder() {
    EventDetail d =
        EventDetail.of("result", CallbackResult.DISSATISFIED)
            .and("attempt", 1)
            .and("reasons", List.of("PASSING_THE_BUCK", "SLOW"))
            .and("late", false)
            .and("none", null);
    assertThat(d.json())
        .isEqualTo(
            "{\"result\":\"DISSATISFIED\",\"attempt\":1,"
                + "\"reasons\":[\"PASSING_THE_BUCK\",\"SLOW\"],\"late\":false}");
    assertThat(EventDetail.parse(d.json())).isEqualTo(d);
    assertThat(d.legacyText())
        .isEqualTo("result=DISSATISFIED;attempt=1;reasons=PASSING_THE_BUCK,SLOW;late=false");
    assertThat(EventDetail.none().json()).isNull();
    assertThat(EventDetail.parse(null).isEmpty()).isTrue();
  }

  @Test
  void theOlderKeyValueTextIsReadAndWrittenBackAsItWas() {
    String stored = "unit=AG-URBAN;catalogue=CAT-PROPERTY-01;version=1";
    EventDetail d = EventDetail.parse(stored);
    assertThat(d.values())
        .containsExactly(
            Map.entry("unit", "AG-URBAN"),
            Map.entry("catalogue", "CAT-PROPERTY-01"),
            Map.entry("version", "1"));
    assertThat(d.legacyText()).isEqualTo(stored);
    assertThat(
            EventDetail.parse("reply=2026-11-30T17:00+08:00->2026-12-01T17:00+08:00;sign=-->-")
                .values())
        .containsEntry("reply", "2026-11-30T17:00+08:00->2026-12-01T17:00+08:00")
        .containsEntry("sign", "-->-");
    // the channel of the first event was written without a name
    assertThat(EventDetail.parse("PHONE_12345").values())
        .containsExactly(Map.entry("value", "PHONE_12345"));
  }

  @Test
  void textAndCodesAreEscapedInJson() {
    EventDetail d = EventDetail.of("reference", "12345-\"2026\";x=1\\");
    assertThat(EventDetail.parse(d.json()).values())
        .containsEntry("reference", "12345-\"2026\";x=1\\");
    assertThat(EventDetail.of("slip", "督〔2026〕1号").json()).isEqualTo("{\"slip\":\"督〔2026〕1号\"}");
  }
}
