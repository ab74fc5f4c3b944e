package org.hotline.domain.model.sms;

/** What a survey asks about (调查对象): a ticket (including a merged call) or a service record. */
public enum MatterType {
  TICKET,
  SERVICE_RECORD
}
