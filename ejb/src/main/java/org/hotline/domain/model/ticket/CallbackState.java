package org.hotline.domain.model.ticket;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The callback of a ticket (回访状态), in the ticket's own row: attempts so far, and the final result
 * with its reasons (codes, one row each in {@code ticket_callback_reason}, in the order given) and
 * time. It owns the rule of attempts: an unreachable citizen is tried again until the {@link
 * CallbackResult#MAX_UNREACHABLE_ATTEMPTS}th attempt, which is recorded as the final result; any
 * other result is final at once.
 */
@Embeddable
public class CallbackState {

  @Enumerated(EnumType.STRING)
  @Column(name = "callback_result", length = 30)
  private CallbackResult result;

  /** The reasons of the final callback (回访原因), never joined into one text. */
  @ElementCollection
  @CollectionTable(name = "ticket_callback_reason", joinColumns = @JoinColumn(name = "ticket_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "reason", nullable = false, length = CallbackResult.MAX_REASON_LENGTH)
  private List<String> reasons = new ArrayList<>();

  @Column(name = "callback_attempts", nullable = false)
  private int attempts;

  @Column(name = "called_back_at")
  private Instant calledBackAt;

  /** The callback of a ticket not called back yet. */
  static CallbackState none() {
    return new CallbackState();
  }

  /** For JPA and {@link #none()}. */
  protected CallbackState() {}

  /**
   * Counts an attempt; when it is final, keeps the result, the reasons and the time.
   *
   * @param given the reasons (codes) of this attempt, in order; may be null
   * @return the attempt's number and whether it was final
   */
  Attempt record(CallbackResult given, List<String> givenReasons, Instant now) {
    attempts++;
    List<String> codes = givenReasons == null ? List.of() : List.copyOf(givenReasons);
    boolean last =
        given != CallbackResult.UNREACHABLE || attempts >= CallbackResult.MAX_UNREACHABLE_ATTEMPTS;
    if (last) {
      this.result = given;
      this.reasons.clear();
      this.reasons.addAll(codes);
      this.calledBackAt = now;
    }
    return new Attempt(attempts, last, codes);
  }

  /**
   * One recorded attempt.
   *
   * @param number the attempt's number, from 1
   * @param last whether it was the final callback
   * @param reasons the reasons given with it
   */
  record Attempt(int number, boolean last, List<String> reasons) {

    /**
     * The attempt as the detail of its history event: result, number and reasons (codes, shown to
     * people through the bundle; left out when none were given).
     */
    EventDetail detail(CallbackResult result) {
      return EventDetail.of("result", result)
          .and("attempt", number)
          .and("reasons", reasons.isEmpty() ? null : reasons);
    }
  }

  /** The final result, or null while none. */
  public CallbackResult result() {
    return result;
  }

  /** The reasons of the final callback, in order; empty when none were given. */
  public List<String> reasons() {
    // only a final callback has reasons: lists of tickets do not load the collection for the others
    return result == null ? List.of() : List.copyOf(reasons);
  }

  /** The attempts so far. */
  public int attempts() {
    return attempts;
  }

  /** When the final callback was recorded, or null. */
  public Instant calledBackAt() {
    return calledBackAt;
  }
}
