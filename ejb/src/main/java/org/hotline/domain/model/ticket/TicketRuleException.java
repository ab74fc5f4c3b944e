package org.hotline.domain.model.ticket;

/**
 * An action the ticket's status would allow but a rule of the hotline forbids (→ HTTP 409): {@link
 * #ARBITRATION_REQUIRED}, {@link #RETURN_WINDOW_CLOSED}, {@link #ARBITRATED_NOT_RETURNABLE}.
 */
public class TicketRuleException extends RuntimeException {

  /** Returned twice: only a binding arbitration may route it again. */
  public static final String ARBITRATION_REQUIRED = "ARBITRATION_REQUIRED";

  /** The working days in which a unit may return a ticket have passed. */
  public static final String RETURN_WINDOW_CLOSED = "RETURN_WINDOW_CLOSED";

  /** An arbitrated ticket cannot be returned. */
  public static final String ARBITRATED_NOT_RETURNABLE = "ARBITRATED_NOT_RETURNABLE";

  /** A ticket cannot be merged into itself or into a ticket that is merged itself. */
  public static final String NOT_MERGEABLE = "NOT_MERGEABLE";

  /** The main unit replies on the whole only after every assisting unit replied on its part. */
  public static final String ASSISTING_PARTS_PENDING = "ASSISTING_PARTS_PENDING";

  /** The extension request was decided already. */
  public static final String EXTENSION_NOT_OPEN = "EXTENSION_NOT_OPEN";

  /** An extension is asked for while another waits for its decision, or the rule allows no more. */
  public static final String EXTENSION_NOT_ALLOWED = "EXTENSION_NOT_ALLOWED";

  /** An extension is asked for after the reply deadline passed. */
  public static final String EXTENSION_TOO_LATE = "EXTENSION_TOO_LATE";

  /** The supervision slip is not at the step this action belongs to. */
  public static final String SLIP_STEP_NOT_ALLOWED = "SLIP_STEP_NOT_ALLOWED";

  /**
   * A later step of a multi-step approval is attempted before the earlier one (e.g. the centre
   * decides an extension the unit's chief has not decided yet).
   */
  public static final String EARLIER_STEP_PENDING = "EARLIER_STEP_PENDING";

  private final String rule;

  public TicketRuleException(String rule) {
    super(rule);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
