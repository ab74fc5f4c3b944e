package org.hotline.application.rating;

import java.time.OffsetDateTime;

/**
 * The confirmation of a rating: when it was received and whether the unit's head will follow it up.
 *
 * @param receivedAt when it was stored, in Asia/Shanghai time (as every view sends times)
 * @param dissatisfied whether any dimension was dissatisfied
 * @param callbackExpected whether a callback to the given number will follow
 */
public record RatingReceipt(
    OffsetDateTime receivedAt, boolean dissatisfied, boolean callbackExpected) {}
