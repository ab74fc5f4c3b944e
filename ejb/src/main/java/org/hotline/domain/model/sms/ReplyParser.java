package org.hotline.domain.model.sms;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 回复解析: reads what a citizen typed back to "回复1满意，2基本满意，3不满意". Tolerant of the usual ways:
 * full-width and circled digits (１, ①), Chinese numerals alone (一/二/三), spaces and punctuation
 * anywhere (不满意！), a digit with words (2 基本满意), words alone (满意, 不太满意, 还行, 很差), and a few emoji
 * (👍, 👎, 😡). A digit and words that disagree in polarity (1 不满意), two different digits, or
 * nothing recognisable is {@link SurveyAnswer#UNPARSEABLE}: a person calls back.
 *
 * <p>Negated phrases are looked for before the positive ones, since 不满意 contains 满意.
 */
public final class ReplyParser {

  private static final Pattern DIGIT = Pattern.compile("[0-9]");
  private static final Map<String, SurveyAnswer> NUMERALS =
      Map.of(
          "一",
          SurveyAnswer.SATISFIED,
          "二",
          SurveyAnswer.BASICALLY_SATISFIED,
          "三",
          SurveyAnswer.DISSATISFIED,
          "壹",
          SurveyAnswer.SATISFIED,
          "贰",
          SurveyAnswer.BASICALLY_SATISFIED,
          "叁",
          SurveyAnswer.DISSATISFIED);

  /** Phrases in the order they are tried; the first that occurs decides. */
  private static final List<Map.Entry<Pattern, SurveyAnswer>> PHRASES =
      List.of(
          Map.entry(
              Pattern.compile(
                  "不[^满]{0,3}满意|不满|没.{0,2}满意|差评|很差|太差|极差|真差|差劲|垃圾|投诉|敷衍|推诿"
                      + "|不.{0,2}好(?!意思)|没人管|没解决|未解决|没有解决|不解决|没处理|不作为|失望|生气|气愤|愤怒|👎|😡|😠|🤬|💢|😤"),
              SurveyAnswer.DISSATISFIED),
          Map.entry(
              Pattern.compile("基本满意|比较满意|还算满意|基本上满意|一般|还行|还可以|凑合|马马虎虎|过得去|将就|😐"),
              SurveyAnswer.BASICALLY_SATISFIED),
          Map.entry(
              Pattern.compile(
                  "满意|很好|非常好|挺好|不错|好评|感谢|谢谢|多谢|点赞|辛苦了|赞|👍|😊|🙂|😀|😄|😁|❤|🌹"
                      + "|^(ok|good|yes|好|好的)$"),
              SurveyAnswer.SATISFIED));

  private ReplyParser() {}

  /** The answer meant by {@code reply} (never null; blank or unreadable is UNPARSEABLE). */
  public static SurveyAnswer parse(String reply) {
    if (reply == null) {
      return SurveyAnswer.UNPARSEABLE;
    }
    String text = Normalizer.normalize(reply, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String compact = text.replaceAll("[\\s\\p{Z}\\u200b\\u200c\\u200d\\ufeff]+", "");
    if (compact.isEmpty()) {
      return SurveyAnswer.UNPARSEABLE;
    }
    SurveyAnswer byDigit = byDigit(compact);
    if (byDigit == SurveyAnswer.UNPARSEABLE) {
      return SurveyAnswer.UNPARSEABLE;
    }
    String words = compact.replaceAll("[0-9\\p{P}]", "");
    SurveyAnswer byWords = words.isEmpty() ? null : NUMERALS.get(words);
    if (byWords == null && !words.isEmpty()) {
      byWords = byPhrase(text);
    }
    if (byDigit == null) {
      return byWords == null ? SurveyAnswer.UNPARSEABLE : byWords;
    }
    if (byWords == null || byWords == byDigit) {
      return byDigit;
    }
    // "2满意": both positive, the digit is the more precise choice; a clash of polarity is unreadable
    return byWords.satisfied() && byDigit.satisfied() ? byDigit : SurveyAnswer.UNPARSEABLE;
  }

  /** The answer of the only digit in the reply, null without digits, UNPARSEABLE for others. */
  private static SurveyAnswer byDigit(String compact) {
    Matcher m = DIGIT.matcher(compact);
    Character found = null;
    while (m.find()) {
      char c = m.group().charAt(0);
      if (found != null && found != c) {
        return SurveyAnswer.UNPARSEABLE;
      }
      found = c;
    }
    if (found == null) {
      return null;
    }
    // "11" is a keen 1; "12" is two answers (refused above); "10" or "4" is not an option
    String digits = compact.replaceAll("[^0-9]", "");
    if (digits.length() > 3) {
      return SurveyAnswer.UNPARSEABLE;
    }
    return switch (found) {
      case '1' -> SurveyAnswer.SATISFIED;
      case '2' -> SurveyAnswer.BASICALLY_SATISFIED;
      case '3' -> SurveyAnswer.DISSATISFIED;
      default -> SurveyAnswer.UNPARSEABLE;
    };
  }

  private static SurveyAnswer byPhrase(String text) {
    String compact = text.replaceAll("[\\s\\p{Z}\\p{P}]+", "");
    for (Map.Entry<Pattern, SurveyAnswer> phrase : PHRASES) {
      if (phrase.getKey().matcher(compact).find()) {
        return phrase.getValue();
      }
    }
    return null;
  }
}
