package org.hotline.domain.model.callback;

/** Where a callback task stands. */
public enum CallbackTaskStatus {
  /** 待回访: to be called (again, after an unreachable try). */
  OPEN,
  /** 已回访: finished with a final result (an unreachable citizen after the last try included). */
  DONE,
  /** 已取消: nobody is to be called any more (e.g. the rating it was for was excluded). */
  CANCELLED
}
