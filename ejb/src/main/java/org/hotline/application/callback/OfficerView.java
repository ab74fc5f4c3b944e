package org.hotline.application.callback;

import org.hotline.domain.model.officer.Officer;

/**
 * An officer (民警) as the API shows it.
 *
 * @param id the officer's id
 * @param name the name
 * @param badgeNumber the badge number (警号), unique
 * @param unitCode the code of the officer's unit
 * @param unitName the unit's name
 * @param active whether the officer still serves
 */
public record OfficerView(
    Long id, String name, String badgeNumber, String unitCode, String unitName, boolean active) {

  public static OfficerView of(Officer o) {
    return new OfficerView(
        o.id(), o.name(), o.badgeNumber(), o.unit().code(), o.unit().name(), o.active());
  }
}
