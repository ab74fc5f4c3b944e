package org.hotline.infrastructure.search;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;
import org.hotline.domain.model.ticket.Urgency;

/**
 * Indexes an urgency (紧急程度) as its rank, so that the full-text listing sorts most urgent first
 * exactly like the SQL listing: {@code "0"} 特急 (EMERGENCY), {@code "1"} 紧急 (URGENT), {@code "2"} 一般
 * (NORMAL); null stays null.
 */
public class UrgencyRankBridge implements ValueBridge<Urgency, String> {

  /**
   * @param value the ticket's urgency, or null
   * @param context unused
   * @return its rank as a one-digit keyword, or null
   */
  @Override
  public String toIndexedValue(Urgency value, ValueBridgeToIndexedValueContext context) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case EMERGENCY -> "0";
      case URGENT -> "1";
      case NORMAL -> "2";
    };
  }
}
