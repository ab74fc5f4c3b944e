package org.hotline.domain.model.analysis;

/** A group's code, name and number of tickets (or, for hotspots, of an area × category cell). */
public record GroupCount(
    String code, String name, String secondCode, String secondName, long count) {}
