package org.hotline.application.callback;

import java.util.List;

/**
 * {@code POST /api/callbacks/{id}/outcome}: the citizen's answer.
 *
 * @param result SATISFIED, BASICALLY_SATISFIED, DISSATISFIED or UNREACHABLE
 * @param reasons why dissatisfied (required then; at most 10, each at most 50 characters)
 * @param tags problem tag codes (问题标签, at most 10)
 * @param note the agent's note (at most 1,000 characters)
 * @param praiseOfficer the badge number (警号) of an officer the citizen praised (表扬), optional
 */
public record CallbackOutcome(
    String result, List<String> reasons, List<String> tags, String note, String praiseOfficer) {}
