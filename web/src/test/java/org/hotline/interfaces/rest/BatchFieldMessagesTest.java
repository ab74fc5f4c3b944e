package org.hotline.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.hotline.application.error.FieldViolation;
import org.junit.jupiter.api.Test;

/** A bad field of one element of a batch is named by the record's number and the field's label. */
class BatchFieldMessagesTest {

  @Test
  void aBatchFieldNamesTheRecordAndTheLabelInChinese() {
    String m =
        ProblemMessages.field(
            Locale.CHINESE, new FieldViolation("[3].externalId", FieldViolation.WRONG_TYPE));
    assertThat(m).isEqualTo("第 4 条的“外部编号”的类型不正确。");
  }

  @Test
  void aBatchFieldNamesTheRecordAndTheLabelInEnglish() {
    String m =
        ProblemMessages.field(
            Locale.ENGLISH, new FieldViolation("[3].externalId", FieldViolation.WRONG_TYPE));
    assertThat(m).isEqualTo("Record 4, \"External id\" has the wrong type.");
  }

  @Test
  void aNamedListsElementAndAWholeRecordAreNamedToo() {
    assertThat(
            ProblemMessages.field(
                Locale.CHINESE, new FieldViolation("records[0].citizenPhone", "REQUIRED")))
        .isEqualTo("第 1 条的“群众电话”为必填项。");
    assertThat(ProblemMessages.field(Locale.ENGLISH, new FieldViolation("[1]", "WRONG_TYPE")))
        .isEqualTo("Record 2, \"Record\" has the wrong type.");
  }

  @Test
  void aPlainFieldKeepsItsMessage() {
    assertThat(ProblemMessages.field(Locale.CHINESE, new FieldViolation("content", "REQUIRED")))
        .isEqualTo("“content”为必填项。");
  }
}
