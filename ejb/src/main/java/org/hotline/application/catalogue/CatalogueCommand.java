package org.hotline.application.catalogue;

import java.util.List;

/** Create or revise a catalogue item; {@code reason} says why (required for every change). */
public record CatalogueCommand(
    String code,
    String unitCode,
    String title,
    String duties,
    List<String> categoryCodes,
    List<String> keywords,
    String reason) {}
