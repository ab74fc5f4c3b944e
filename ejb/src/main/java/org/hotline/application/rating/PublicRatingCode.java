package org.hotline.application.rating;

import java.util.List;

/**
 * What the public page shows of a scanned code: the target's kind, its card text and its unit, and
 * the reasons a rater may choose — nothing about ratings or other citizens.
 *
 * @param kind OFFICER, WINDOW, VEHICLE, UNIT or COMMUNITY
 * @param name the card text
 * @param unitName the unit's name
 * @param reasonGroups the problem tags (问题标签) by group, choosable ones only
 * @param invited whether the token is an officer's one-time invitation (邀码)
 */
public record PublicRatingCode(
    String kind, String name, String unitName, List<ReasonGroup> reasonGroups, boolean invited) {

  /** One group of reasons (e.g. 服务态度). */
  public record ReasonGroup(String code, String name, List<Reason> reasons) {}

  /** One reason: a problem tag's code and Chinese name. */
  public record Reason(String code, String name) {}
}
