package org.hotline.application.callback;

import org.hotline.domain.model.callback.ProblemTag;

/**
 * A problem tag (问题标签) as the API shows it.
 *
 * @param code the stable code stored on callbacks
 * @param parentCode the group's code, null for a group
 * @param nameZh the Chinese name
 * @param nameEn the English name
 * @param sortOrder the order in pickers
 * @param active whether it can still be chosen
 * @param choosable an active tag under a group
 */
public record ProblemTagView(
    String code,
    String parentCode,
    String nameZh,
    String nameEn,
    int sortOrder,
    boolean active,
    boolean choosable) {

  static ProblemTagView of(ProblemTag t) {
    return new ProblemTagView(
        t.code(), t.parentCode(), t.nameZh(), t.nameEn(), t.sortOrder(), t.active(), t.choosable());
  }
}
