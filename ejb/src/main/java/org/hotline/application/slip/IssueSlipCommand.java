package org.hotline.application.slip;

import java.util.List;

/** What the director fills in to issue a slip. */
public record IssueSlipCommand(
    String title,
    String requirements,
    String deadline,
    String supervisorUsername,
    String unitCode,
    String headUsername,
    List<Long> ticketIds) {}
