package org.hotline.application.ticket;

import java.util.List;

/**
 * 回访 outcome: SATISFIED | BASICALLY_SATISFIED | DISSATISFIED | UNREACHABLE, reasons, note, and the
 * problem tags (问题标签) chosen from the admin's list; a dissatisfied answer without reasons takes
 * them from the tags' groups.
 */
public record CallbackCommand(String result, List<String> reasons, String note, List<String> tags) {

  /** An outcome without problem tags. */
  public CallbackCommand(String result, List<String> reasons, String note) {
    this(result, reasons, note, null);
  }
}
