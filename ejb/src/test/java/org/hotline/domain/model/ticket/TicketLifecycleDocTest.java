package org.hotline.domain.model.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/lifecycle.md} shows the lifecycle table and the state diagram generated from {@link
 * TicketLifecycle}; this test fails when the committed document differs. Regenerate with {@code mvn
 * -o -q test -pl ejb -am -Dtest=TicketLifecycleDocTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlifecycle.doc.write=true}.
 */
class TicketLifecycleDocTest {

  static final String BEGIN =
      "<!-- generated from TicketLifecycle by TicketLifecycleDocTest: do not edit by hand -->";
  static final String END = "<!-- end of generated part -->";
  static final Path DOC = Path.of("..", "docs", "lifecycle.md");

  @Test
  void theCommittedDocumentShowsTheTable() throws IOException {
    String generated = BEGIN + "\n" + generate() + END;
    String doc = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    int from = doc.indexOf(BEGIN);
    int to = doc.indexOf(END);
    String committed = from < 0 || to < 0 ? "" : doc.substring(from, to + END.length());
    if (Boolean.getBoolean("lifecycle.doc.write")) {
      String updated =
          from < 0 || to < 0
              ? doc + "\n" + generated + "\n"
              : doc.substring(0, from) + generated + doc.substring(to + END.length());
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
      return;
    }
    assertThat(committed)
        .as(
            "docs/lifecycle.md is stale: regenerate it with mvn -o -q test -pl ejb -am"
                + " -Dtest=TicketLifecycleDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dlifecycle.doc.write=true")
        .isEqualTo(generated);
  }

  @Test
  void everyStatusAppearsInTheDiagram() {
    String text = generate();
    for (TicketStatus s : TicketStatus.values()) {
      assertThat(text).contains("    " + s + " ");
    }
  }

  /** The tables and the Mermaid state diagram, in Markdown. */
  static String generate() {
    StringBuilder md = new StringBuilder();
    md.append("\n### Actions\n\n");
    md.append(
        "| action (API) | history action | allowed in | who | condition | leads to | remark |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (TicketLifecycle row : TicketLifecycle.values()) {
      md.append("| ")
          .append(row.offered() ? "`" + row.apiName() + "`" : "*" + row.name() + "*")
          .append(" | ")
          .append(row.recorded())
          .append(" | ")
          .append(statuses(row.allowedIn()))
          .append(" | ")
          .append(row.party().description())
          .append(" | ")
          .append(row.condition().description())
          .append(" | ")
          .append(
              row.results().isEmpty()
                  ? "(unchanged)"
                  : row.results().stream().map(Enum::name).collect(Collectors.joining(" or ")))
          .append(" | ")
          .append(row.note().isEmpty() ? "" : row.note().replace("|", "\\|"))
          .append(" |\n");
    }
    md.append(
        "\nActions in *italics* are not offered to a user as a button: they happen at intake, on a timer"
            + " of the workflow or as the consequence of another action.\n");
    md.append("\n### Named status sets\n\n| set | meaning | statuses |\n|---|---|---|\n");
    for (TicketStatusSet set : TicketStatusSet.values()) {
      md.append("| `")
          .append(set.name())
          .append("` | ")
          .append(set.description())
          .append(" | ")
          .append(statuses(set.statuses()))
          .append(" |\n");
    }
    md.append("\n### State diagram\n\n```mermaid\nstateDiagram-v2\n");
    md.append("    [*] --> PENDING_TRIAGE : LOGGED\n");
    Set<String> edges = new LinkedHashSet<>();
    for (TicketLifecycle row : TicketLifecycle.values()) {
      for (TicketStatus from : row.allowedIn()) {
        for (TicketStatus to : row.results()) {
          edges.add(
              "    " + from + " --> " + to + " : " + (row.offered() ? row.apiName() : row.name()));
        }
      }
    }
    edges.forEach(e -> md.append(e).append('\n'));
    md.append("```\n\n");
    return md.toString();
  }

  private static String statuses(Set<TicketStatus> set) {
    if (set.size() == TicketStatus.values().length) {
      return "any";
    }
    return set.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
