package org.hotline.application.callback;

import java.time.Instant;

/**
 * 服务记录已接收: fired as a CDI event, inside the transaction that stored it, when a new service record
 * (接处警记录 of a 110 incident or 窗口办事记录 of a window service) was created by {@code POST
 * /api/service-records} or an upload. A re-sent record (same source system and external id) does
 * not fire it again. The SMS survey observes it to queue a satisfaction survey to the citizen.
 *
 * @param serviceRecordId the stored record's id
 * @param kind {@code INCIDENT_110} or {@code WINDOW_SERVICE}
 * @param citizenPhoneE164 the citizen's number in E.164 (e.g. {@code +8613812345678}), or null
 * @param unitCode the code of the unit that served
 * @param officerBadge the serving officer's badge number (警号), or null
 * @param occurredAt when the service took place (UTC instant)
 */
public record ServiceRecordAccepted(
    Long serviceRecordId,
    String kind,
    String citizenPhoneE164,
    String unitCode,
    String officerBadge,
    Instant occurredAt) {}
