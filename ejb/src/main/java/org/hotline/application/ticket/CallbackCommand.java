package org.hotline.application.ticket;

import java.util.List;

/** 回访 outcome: SATISFIED | BASICALLY_SATISFIED | DISSATISFIED | UNREACHABLE, reasons, note. */
public record CallbackCommand(String result, List<String> reasons, String note) {}
