/**
 * SMPP over jSMPP: the client to the configured SMSC ({@link
 * org.hotline.infrastructure.sms.JsmppGateway}), its settings, and the local SMSC simulator of the
 * demo and the tests. Implements {@code application.sms.SmsGateway} and hands inbound traffic to
 * {@code application.sms.SurveyInbox}.
 */
package org.hotline.infrastructure.sms;
