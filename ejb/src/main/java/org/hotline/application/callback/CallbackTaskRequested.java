package org.hotline.application.callback;

import java.time.Instant;

/**
 * 回访任务请求: asks the callback centre (回访中心) to open a phone callback task, for example after a
 * dissatisfied or unparseable SMS survey answer (due within 24 hours). Fired as a CDI event inside
 * the requesting transaction; the callback centre observes it and creates the task (at most one
 * open task per ticket or service record: a second request for the same matter tightens the due
 * time).
 *
 * @param ticketId the ticket the task is about, or null when it is about a service record
 * @param serviceRecordId the service record (接处警/窗口办事记录) the task is about, or null
 * @param dueBy when the task is due (UTC instant)
 * @param reasonCode why the task exists, a code such as {@code SMS_DISSATISFIED}, {@code
 *     SMS_UNPARSEABLE}, {@code RATING_DISSATISFIED}, {@code SPOT_CHECK}
 * @param surveyId the SMS survey that led to the request, or null
 */
public record CallbackTaskRequested(
    Long ticketId, Long serviceRecordId, Instant dueBy, String reasonCode, Long surveyId) {}
