package org.hotline.application.ticket;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.hotline.domain.model.ticket.CallerPhones;
import org.hotline.domain.model.user.Role;

/**
 * Tells the intake form whether a caller's number (来电号码) is one the intake accepts, by the same
 * rule as {@code POST /api/tickets} ({@link CallerPhones}, libphonenumber, region CN), so that an
 * incomplete or invalid number (e.g. {@code 138}) is refused in the form, before the call is sent.
 */
@Stateless
public class CallerPhoneCheck {

  /** The answer: whether the number is valid, and its E.164 form when it is (else null). */
  public record Result(boolean valid, String e164) {}

  /**
   * @param number the number as typed (null or blank: not valid)
   * @return whether it is a complete, valid number and its E.164 form
   */
  @RolesAllowed({Role.OPERATOR_ROLE, Role.DISPATCHER_ROLE, Role.CALLBACK_ROLE})
  public Result check(String number) {
    return CallerPhones.e164(number).map(e -> new Result(true, e)).orElse(new Result(false, null));
  }
}
