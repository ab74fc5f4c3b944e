package org.hotline.domain.model.callback;

/** Where a callback task stands. */
public enum CallbackTaskStatus {
  /** 待回访: to be called (again, after an unreachable try). */
  OPEN,
  /** 已回访: finished with a final result (an unreachable citizen after the last try included). */
  DONE
}
