package org.hotline.application.rating;

/**
 * A new rating target as the admin sends it.
 *
 * @param kind OFFICER, WINDOW, VEHICLE, UNIT or COMMUNITY (required)
 * @param name the card's text (required except for OFFICER, where it defaults to the officer's
 *     name)
 * @param unitCode the owning unit (required except for OFFICER, where it is the officer's unit)
 * @param officerBadge the badge number (警号), required for OFFICER and refused for the others
 */
public record RatingTargetInput(String kind, String name, String unitCode, String officerBadge) {}
