package org.hotline.domain.model.sms;

/**
 * 回复结果: what a citizen's reply means. The survey text offers 1 满意, 2 基本满意, 3 不满意; a reply the
 * parser cannot read is {@link #UNPARSEABLE} and, like {@link #DISSATISFIED}, asks for a phone
 * callback.
 */
public enum SurveyAnswer {
  SATISFIED,
  BASICALLY_SATISFIED,
  DISSATISFIED,
  UNPARSEABLE;

  /** Whether a person must call the citizen back (dissatisfied, or we could not tell). */
  public boolean needsCallback() {
    return this == DISSATISFIED || this == UNPARSEABLE;
  }

  /** Whether the answer counts as satisfied in the figures (满意 or 基本满意). */
  public boolean satisfied() {
    return this == SATISFIED || this == BASICALLY_SATISFIED;
  }
}
