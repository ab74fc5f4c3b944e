package org.hotline.domain.model.slip;

import java.util.Map;

/**
 * The workflow of a supervision slip ({@code supervision-slip.bpmn}), in the caller's transaction.
 */
public interface SlipProcess {

  /** The steps the head and the director complete. */
  enum Step {
    ACKNOWLEDGE("acknowledge"),
    HANDLE("handle"),
    CALL_BACK("callBack"),
    REPORT("report"),
    REVIEW("review");

    private final String taskKey;

    Step(String taskKey) {
      this.taskKey = taskKey;
    }

    public String taskKey() {
      return taskKey;
    }
  }

  /** Starts the slip's workflow with its timer dates; returns the process instance id. */
  String start(SupervisionSlip slip, java.time.Instant remindAt);

  void complete(SupervisionSlip slip, Step step, Map<String, Object> variables);
}
