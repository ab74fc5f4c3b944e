package org.hotline.application.rating;

import java.util.List;

/**
 * A rating as the public page sends it.
 *
 * @param attitude 服务态度: SATISFIED, BASICALLY_SATISFIED or DISSATISFIED (required)
 * @param efficiency 办事效率 (required)
 * @param conduct 工作作风 (required)
 * @param result 办理结果 (required)
 * @param reasons problem tag codes (at most 10, choosable tags only); at least one when a dimension
 *     is DISSATISFIED
 * @param comment optional, at most 500 characters
 * @param phone optional number for a reply (a mainland mobile or landline, written in any usual
 *     way)
 */
public record RatingSubmission(
    String attitude,
    String efficiency,
    String conduct,
    String result,
    List<String> reasons,
    String comment,
    String phone) {}
