package org.hotline.application.callback;

import java.time.Instant;

/**
 * CDI event fired, inside the transaction, when a callback task about a service record (no ticket)
 * is finished with a citizen's satisfaction answer (满意、基本满意、不满意; not an unreachable try): the
 * provenance record of that answer follows it ({@code satisfaction_answer}, channel {@code
 * CALLBACK}).
 *
 * @param taskId the finished task
 * @param serviceRecordId its service record
 * @param unitCode the unit that served the citizen
 * @param answer {@code SATISFIED}, {@code BASICALLY_SATISFIED} or {@code DISSATISFIED}
 * @param agent the callback agent who recorded it (username)
 * @param answeredAt when
 */
public record ServiceRecordCallbackAnswered(
    Long taskId,
    Long serviceRecordId,
    String unitCode,
    String answer,
    String agent,
    Instant answeredAt) {}
