package org.hotline.application.slip;

import java.util.List;

/** 督办台账: the slips of a year (filtered), and how many of that year were issued and resolved. */
public record SlipRegister(int year, long issued, long resolved, List<SlipView> items) {}
