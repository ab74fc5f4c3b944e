package org.hotline.domain.model.deadline;

import java.time.Instant;

/**
 * The instants at which a unit's handling of a ticket is watched: 签收时限, the reminder 催办, 回复时限 and
 * the first escalation 升级. Each becomes a BPMN timer.
 */
public record DeadlinePlan(
    Instant signDeadline, Instant remindAt, Instant replyDeadline, Instant escalateAt) {}
