package org.hotline.application.satisfaction;

/**
 * The satisfaction answers of one channel in a month: the raw satisfied rate beside the verified
 * one (rates in percent with one decimal, null without answers).
 *
 * @param channel {@code QR}, {@code SMS} or {@code CALLBACK}
 * @param answers answers recorded
 * @param satisfied satisfied or basically satisfied
 * @param rawSatisfiedRate satisfied of all answers
 * @param verified verified answers
 * @param verifiedRate verified of all answers
 * @param verifiedSatisfiedRate satisfied of the verified answers
 */
public record ChannelStatisticsRow(
    String channel,
    long answers,
    long satisfied,
    Double rawSatisfiedRate,
    long verified,
    Double verifiedRate,
    Double verifiedSatisfiedRate) {}
