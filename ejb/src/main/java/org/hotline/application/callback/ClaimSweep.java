package org.hotline.application.callback;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.hotline.domain.model.ticket.Actor;

/**
 * Every minute, takes back the claims of agents who lost the right to their tasks by a change the
 * application did not make itself (roles or the active flag changed in the user directory): see
 * {@link CallbackClaims}. Changes made through the application release at once.
 */
@Stateless
public class ClaimSweep {

  private static final Logger LOG = Logger.getLogger(ClaimSweep.class.getName());

  @Inject private CallbackClaims claims;

  /** Releases lost claims; logs how many. */
  @Schedule(second = "17", minute = "*", hour = "*", persistent = false)
  public void sweep() {
    int n = claims.releaseLost(Actor.SYSTEM);
    if (n > 0) {
      LOG.info(() -> n + " callback task claim(s) released: their agents lost the right to them");
    }
  }
}
