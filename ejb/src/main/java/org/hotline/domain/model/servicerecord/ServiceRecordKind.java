package org.hotline.domain.model.servicerecord;

/** What kind of service a {@link ServiceRecord} records. */
public enum ServiceRecordKind {
  /** 接处警记录: a 110 incident handled by the police. */
  INCIDENT_110,
  /** 窗口办事记录: business done at a service window (户政, 出入境, 车驾管 …). */
  WINDOW_SERVICE
}
