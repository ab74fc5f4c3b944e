/**
 * 短信满意度调查 (SMS satisfaction survey): the survey of one matter (a closed ticket, a merged call, a
 * service record), its life as a message (outbox, submission, delivery receipts) and the citizen's
 * answer, with the tolerant parser of what people type back. Depends on nothing outside the domain.
 */
package org.hotline.domain.model.sms;
