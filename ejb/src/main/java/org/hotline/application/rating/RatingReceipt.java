package org.hotline.application.rating;

import java.time.Instant;

/**
 * The confirmation of a rating: when it was received and whether the unit's head will follow it up.
 *
 * @param receivedAt when it was stored (UTC)
 * @param dissatisfied whether any dimension was dissatisfied
 * @param callbackExpected whether a callback to the given number will follow
 */
public record RatingReceipt(Instant receivedAt, boolean dissatisfied, boolean callbackExpected) {}
