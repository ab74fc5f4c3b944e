package org.hotline.application.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hotline.domain.model.sms.ReplyParser;
import org.hotline.domain.model.sms.SurveyAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The survey texts come from the text bundle, fit one UCS-2 SMS, and offer what the parser reads.
 */
class SurveyTextsTest {

  @AfterEach
  void clear() {
    System.clearProperty("hotline.sms.language");
    System.clearProperty("hotline.sms.text.ticket");
  }

  @Test
  void chineseByDefaultFromTheBundle() {
    assertEquals("【警务热线】您反映的事项已办结，请评价：回复1满意，2基本满意，3不满意。", SurveyTexts.forTicket());
    assertEquals("【警务热线】感谢您近期的报警求助或办事，请评价民警服务：回复1满意，2基本满意，3不满意。", SurveyTexts.forServiceRecord());
  }

  @Test
  void englishOnRequest() {
    System.setProperty("hotline.sms.language", "en");
    assertEquals(
        "[Hotline] Case closed. Reply 1 satisfied, 2 fair, 3 dissatisfied",
        SurveyTexts.forTicket());
    assertTrue(SurveyTexts.forServiceRecord().startsWith("[Hotline] Rate our officers: Reply 1"));
  }

  @Test
  void everyTextFitsOneUcs2Sms() {
    for (String lang : new String[] {"zh", "en"}) {
      System.setProperty("hotline.sms.language", lang);
      assertTrue(SurveyTexts.forTicket().length() <= SurveyTexts.MAX_LENGTH, lang);
      assertTrue(SurveyTexts.forServiceRecord().length() <= SurveyTexts.MAX_LENGTH, lang);
    }
  }

  @Test
  void aWholeTextCanStillBeReplaced() {
    System.setProperty("hotline.sms.text.ticket", "【某市公安局】请评价：回复1满意，2基本满意，3不满意");
    assertEquals("【某市公安局】请评价：回复1满意，2基本满意，3不满意", SurveyTexts.forTicket());
  }

  @Test
  void theOptionsOfferedAreWhatTheParserReads() {
    assertEquals(SurveyAnswer.SATISFIED, ReplyParser.parse("1"));
    assertEquals(SurveyAnswer.BASICALLY_SATISFIED, ReplyParser.parse("2"));
    assertEquals(SurveyAnswer.DISSATISFIED, ReplyParser.parse("3"));
  }
}
