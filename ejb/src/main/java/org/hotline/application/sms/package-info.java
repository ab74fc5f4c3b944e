/**
 * 短信满意度调查 (SMS satisfaction survey): queues a survey when a ticket closes or a service record
 * arrives, works the durable outbox off through an {@link org.hotline.application.sms.SmsGateway}
 * (SMPP, see {@code infrastructure.sms}), records delivery receipts and reads the citizens'
 * replies; a dissatisfied or unreadable reply asks the callback centre for a phone callback ({@link
 * org.hotline.application.callback.CallbackTaskRequested}). Depends on the domain model and on the
 * callback contracts; nothing in the ticket services depends on it.
 */
package org.hotline.application.sms;
