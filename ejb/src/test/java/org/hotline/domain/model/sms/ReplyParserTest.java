package org.hotline.domain.model.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real-looking replies to "回复1满意，2基本满意，3不满意" and what they mean. */
class ReplyParserTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
      1|SATISFIED
      2|BASICALLY_SATISFIED
      3|DISSATISFIED
      １|SATISFIED
      ２|BASICALLY_SATISFIED
      ３|DISSATISFIED
      ①|SATISFIED
      ③|DISSATISFIED
       1 |SATISFIED
      1。|SATISFIED
      1!|SATISFIED
      11|SATISFIED
      满意|SATISFIED
      非常满意|SATISFIED
      很满意！！|SATISFIED
      满意，谢谢民警同志|SATISFIED
      满 意|SATISFIED
      1 满意|SATISFIED
      1满意|SATISFIED
      谢谢|SATISFIED
      👍|SATISFIED
      👍👍👍|SATISFIED
      好|SATISFIED
      好的|SATISFIED
      OK|SATISFIED
      不错|SATISFIED
      一|SATISFIED
      2 基本满意|BASICALLY_SATISFIED
      2基本满意|BASICALLY_SATISFIED
      ２　基本满意|BASICALLY_SATISFIED
      基本满意|BASICALLY_SATISFIED
      比较满意吧|BASICALLY_SATISFIED
      还行|BASICALLY_SATISFIED
      一般般|BASICALLY_SATISFIED
      2满意|BASICALLY_SATISFIED
      二|BASICALLY_SATISFIED
      不满意|DISSATISFIED
      不满意！|DISSATISFIED
      不满意！！！|DISSATISFIED
      不太满意|DISSATISFIED
      不是很满意|DISSATISFIED
      很不满意|DISSATISFIED
      非常不满意，没人管|DISSATISFIED
      3 不满意|DISSATISFIED
      ３不满意|DISSATISFIED
      3，问题没解决|DISSATISFIED
      问题根本没解决|DISSATISFIED
      太差了|DISSATISFIED
      差评|DISSATISFIED
      不好|DISSATISFIED
      👎|DISSATISFIED
      😡😡|DISSATISFIED
      三|DISSATISFIED
      不 满 意|DISSATISFIED
      1 不满意|UNPARSEABLE
      3 满意|UNPARSEABLE
      12|UNPARSEABLE
      4|UNPARSEABLE
      0|UNPARSEABLE
      10|UNPARSEABLE
      13812345678|UNPARSEABLE
      ?|UNPARSEABLE
      ？？|UNPARSEABLE
      你们是谁|UNPARSEABLE
      请问我的事情什么时候处理|UNPARSEABLE
      asdfgh|UNPARSEABLE
      嗯|UNPARSEABLE
      """)
  void readsWhatPeopleType(String reply, SurveyAnswer expected) {
    assertEquals(expected, ReplyParser.parse(reply));
  }

  @org.junit.jupiter.api.Test
  void blankOrInvisibleIsUnparseable() {
    assertEquals(SurveyAnswer.UNPARSEABLE, ReplyParser.parse(null));
    assertEquals(SurveyAnswer.UNPARSEABLE, ReplyParser.parse(""));
    assertEquals(SurveyAnswer.UNPARSEABLE, ReplyParser.parse(" \u3000\u200b"));
  }
}
