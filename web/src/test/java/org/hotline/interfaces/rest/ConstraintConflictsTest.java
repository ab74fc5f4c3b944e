package org.hotline.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLIntegrityConstraintViolationException;
import org.hotline.application.error.ErrorCode;
import org.junit.jupiter.api.Test;

/** A lost race on a unique constraint is told as the domain error the constraint stands for. */
class ConstraintConflictsTest {

  @Test
  void aSecondRatingThroughAnInvitationIsUsedOnMariaDbAndH2() {
    var maria =
        new RuntimeException(
            new SQLIntegrityConstraintViolationException(
                "(conn=12) Duplicate entry '7' for key 'uk_rating_invitation'", "23000", 1062));
    var h2 =
        new RuntimeException(
            new SQLIntegrityConstraintViolationException(
                "Unique index or primary key violation: \"PUBLIC.UK_RATING_INVITATION_INDEX_8 ON"
                    + " PUBLIC.RATING(INVITATION_ID NULLS FIRST) VALUES ( /* 1 */ CAST(7 AS BIGINT)"
                    + " )\"",
                "23505",
                23505));
    assertThat(ConstraintConflicts.of(maria).orElseThrow().code())
        .isEqualTo(ErrorCode.RATING_INVITATION_USED);
    assertThat(ConstraintConflicts.of(h2).orElseThrow().code())
        .isEqualTo(ErrorCode.RATING_INVITATION_USED);
  }

  @Test
  void aLongerConstraintNameIsNotMistakenAndUnknownOnesStayGeneric() {
    var token = new RuntimeException("Duplicate entry 'abc' for key 'uk_rating_invitation_token'");
    assertThat(ConstraintConflicts.of(token)).isEmpty();
    assertThat(ConstraintConflicts.of(new RuntimeException("Duplicate entry for key 'uk_x'")))
        .isEmpty();
  }

  @Test
  void aSecondTargetOfOneOfficerIsADuplicateBadge() {
    var m =
        ConstraintConflicts.of(
                new RuntimeException("Duplicate entry '3' for key 'uk_rating_target_officer'"))
            .orElseThrow();
    assertThat(m.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(m.field()).isEqualTo("officerBadge");
  }
}
