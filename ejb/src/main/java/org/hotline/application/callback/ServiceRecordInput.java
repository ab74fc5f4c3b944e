package org.hotline.application.callback;

/**
 * One service record (服务记录) as sent by another system or read from a row of an upload; every value
 * as text, validated by {@link ServiceRecordService}.
 *
 * @param sourceSystem the sending system (e.g. {@code JJ110} for the 110 dispatch system)
 * @param externalId the record's id in that system
 * @param kind {@code INCIDENT_110} or {@code WINDOW_SERVICE}
 * @param occurredAt ISO-8601 with an offset, e.g. {@code 2026-11-20T09:30:00+08:00}
 * @param citizenPhone the citizen's number, written in any usual way
 * @param officerBadge the serving officer's badge number (警号), optional
 * @param unitCode the code of the unit that served
 * @param summary a short summary, optional (line breaks allowed)
 */
@org.hotline.application.error.CheckedPerRow
public record ServiceRecordInput(
    String sourceSystem,
    String externalId,
    String kind,
    String occurredAt,
    String citizenPhone,
    String officerBadge,
    String unitCode,
    String summary) {}
