package org.hotline.application.rating;

/**
 * What the public page shows of a scanned code: the target's kind, its card text and its unit —
 * nothing about ratings or other citizens.
 *
 * @param kind OFFICER, WINDOW, VEHICLE, UNIT or COMMUNITY
 * @param name the card text
 * @param unitName the unit's name
 */
public record PublicRatingCode(String kind, String name, String unitName) {}
