package org.hotline.infrastructure.bpm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.hotline.domain.model.slip.SlipProcess;
import org.hotline.domain.model.slip.SupervisionSlip;

/** {@link SlipProcess} on Camunda: {@code supervision-slip.bpmn}, business key = slip id. */
@ApplicationScoped
public class CamundaSlipProcess implements SlipProcess {

  static final String PROCESS_KEY = "supervision-slip";

  @Inject private Workflows workflows;

  @Override
  public String start(SupervisionSlip slip, Instant remindAt) {
    return workflows.start(
        PROCESS_KEY,
        String.valueOf(slip.id()),
        Map.of(
            "headUsername", slip.headUsername(),
            "remindAt", Date.from(remindAt),
            "dueAt", Date.from(slip.deadline())));
  }

  @Override
  public void complete(SupervisionSlip slip, Step step, Map<String, Object> variables) {
    workflows.complete(
        slip.processInstanceId(), step.taskKey(), "slip " + slip.number(), variables);
  }
}
