package org.hotline.domain.model.callback;

import java.util.List;
import org.hotline.domain.model.shared.MonthKey;
import org.hotline.domain.model.ticket.CallbackResult;

/**
 * What one finished callback task adds to the monthly figures (回访统计) and tag counts (问题标签统计): its
 * month (of {@code finished_at}, Asia/Shanghai), serving unit, officer (the serving officer of a
 * service record, else the officer praised; 0 for none), result, whether it praises an officer, and
 * its problem tags. An open task adds nothing ({@link #of} returns null).
 */
public record CallbackTally(
    int monthKey,
    long unitId,
    long officerId,
    CallbackResult result,
    boolean praised,
    List<String> tags) {

  /** The tally of {@code task} as it is now, or null while it is open. */
  public static CallbackTally of(CallbackTask task) {
    if (task.status() != CallbackTaskStatus.DONE || task.finishedAt() == null) {
      return null;
    }
    Long officer =
        task.serviceRecord() != null && task.serviceRecord().officer() != null
            ? task.serviceRecord().officer().id()
            : task.praisedOfficer() != null ? task.praisedOfficer().id() : null;
    return new CallbackTally(
        MonthKey.of(task.finishedAt()),
        task.unit() == null ? 0 : task.unit().id(),
        officer == null ? 0 : officer,
        task.result(),
        task.praisedOfficer() != null,
        List.copyOf(task.tags()));
  }
}
