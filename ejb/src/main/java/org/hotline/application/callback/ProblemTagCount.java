package org.hotline.application.callback;

/**
 * How often a problem tag was recorded on the callbacks finished in a month for one unit.
 *
 * @param month {@code yyyy-MM} (Asia/Shanghai)
 * @param tagCode the tag
 * @param unitCode the serving unit, null for the centre's direct answers
 * @param count the finished callbacks carrying the tag
 */
public record ProblemTagCount(String month, String tagCode, String unitCode, long count) {}
