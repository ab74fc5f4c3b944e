package org.hotline.domain.model.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The caller of a ticket (来电人), in the ticket's own row: name, the number as given and the same
 * number in E.164 (what lookups and repeat calls compare), and whether the identity is hidden from
 * the handling unit (保密). The full-text index holds these fields as {@code caller.name}, {@code
 * caller.phone}, {@code caller.phoneE164} and {@code caller.confidential}.
 */
@Embeddable
public class Caller {

  @Column(name = "caller_name", length = 60)
  private String name;

  /** The number as the caller gave it, for display. */
  @Column(name = "caller_phone", length = 30)
  private String phone;

  /** The same number normalised to E.164 by {@link CallerPhones}; null when none or invalid. */
  @Column(name = "caller_phone_e164", length = 20)
  private String phoneE164;

  /** 保密: the caller's identity is hidden from the handling unit. */
  @Column(name = "confidential", nullable = false)
  private boolean confidential;

  protected Caller() {}

  /**
   * A caller as logged; the number is normalised here.
   *
   * @param name the name given, may be null (anonymous)
   * @param phone the number as given, may be null
   * @param confidential whether the identity is hidden from the handling unit
   */
  public Caller(String name, String phone, boolean confidential) {
    this.name = name;
    this.phone = phone;
    this.phoneE164 = CallerPhones.e164(phone).orElse(null);
    this.confidential = confidential;
  }

  /** The name given, or null. */
  public String name() {
    return name;
  }

  /** The number as given, or null. */
  public String phone() {
    return phone;
  }

  /** The number in E.164 ({@code +8613912345678}), null when none or not a valid number. */
  public String phoneE164() {
    return phoneE164;
  }

  /** Whether the identity is hidden from the handling unit. */
  public boolean confidential() {
    return confidential;
  }
}
