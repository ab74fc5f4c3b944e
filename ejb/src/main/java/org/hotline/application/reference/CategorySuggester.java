package org.hotline.application.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Suggests the categories (分类建议) of a call from its content as the operator types it — a pure
 * function of its inputs, the weights in docs/usability-intake.md:
 *
 * <ul>
 *   <li>each word (2+ characters, Chinese word segmentation, not one of the {@link #GENERIC_WORDS}
 *       such as 处理) the content shares with a leaf category's own name: {@value #NAME_WORD} points
 *       (社会生活噪音扰民 → 社会/生活/噪音/扰民);
 *   <li>each keyword of a responsibility-catalogue item in force found in the content, for every
 *       category that item covers: {@value #KEYWORD} points, at most {@value #MAX_KEYWORDS}
 *       keywords per item, the best item per category counting.
 * </ul>
 *
 * Categories with no point are not suggested; ties go to the category with more name words, then to
 * the code.
 */
public final class CategorySuggester {

  static final int NAME_WORD = 3;
  static final int KEYWORD = 2;
  static final int MAX_KEYWORDS = 4;
  static final int DUTY_WORD = 1;
  static final int MAX_DUTY_WORDS = 3;

  /**
   * Words of category names that say nothing about the matter (请派人处理 is not a traffic accident
   * because of 交通事故处理): never counted as shared name words.
   */
  static final Set<String> GENERIC_WORDS =
      Set.of("处理", "办理", "管理", "服务", "问题", "情况", "相关", "要求", "其他");

  /** A leaf category as the suggester sees it: its code and the segmented words of its name. */
  public record Candidate(String code, Set<String> nameWords) {}

  /**
   * A catalogue item in force: the categories it covers, its keywords and the words of its title
   * and duties.
   */
  public record Duty(List<String> categoryCodes, List<String> keywords, Set<String> dutyWords) {

    public Duty(List<String> categoryCodes, List<String> keywords) {
      this(categoryCodes, keywords, Set.of());
    }
  }

  /** A suggested category: its code, its score and the words of the content that led to it. */
  public record Suggestion(String code, int score, List<String> words) {}

  private CategorySuggester() {}

  /**
   * @param content the content typed so far
   * @param contentWords the content's segmented words
   * @param candidates the leaf categories
   * @param duties the catalogue items in force
   * @param howMany how many suggestions at most
   * @return the suggestions, best first
   */
  public static List<Suggestion> suggest(
      String content,
      List<String> contentWords,
      List<Candidate> candidates,
      List<Duty> duties,
      int howMany) {
    if (content == null || content.isBlank()) {
      return List.of();
    }
    Map<String, Candidate> byCode = new java.util.HashMap<>();
    candidates.forEach(c -> byCode.put(c.code(), c));
    Set<String> words =
        new LinkedHashSet<>(
            contentWords.stream()
                .filter(w -> w.length() >= 2 && !GENERIC_WORDS.contains(w))
                .toList());
    Map<String, Integer> dutyScore = new java.util.HashMap<>();
    Map<String, List<String>> dutyHits = new java.util.HashMap<>();
    for (Duty duty : duties) {
      List<String> hits =
          duty.keywords().stream()
              .filter(k -> !k.isBlank() && content.contains(k))
              .distinct()
              .limit(MAX_KEYWORDS)
              .toList();
      List<String> shared =
          words.stream().filter(duty.dutyWords()::contains).limit(MAX_DUTY_WORDS).toList();
      int score = KEYWORD * hits.size() + DUTY_WORD * shared.size();
      if (score == 0) {
        continue;
      }
      List<String> why = new ArrayList<>(hits);
      shared.stream().filter(w -> !why.contains(w)).forEach(why::add);
      for (String code : duty.categoryCodes()) {
        if (score > dutyScore.getOrDefault(code, 0)) {
          dutyScore.put(code, score);
          dutyHits.put(code, why);
        }
      }
    }
    record Scored(Suggestion suggestion, int nameWords) {}
    List<Scored> scored = new ArrayList<>();
    for (Candidate c : candidates) {
      List<String> shared = words.stream().filter(c.nameWords()::contains).toList();
      List<String> hits = dutyHits.getOrDefault(c.code(), List.of());
      int score = NAME_WORD * shared.size() + dutyScore.getOrDefault(c.code(), 0);
      if (score == 0) {
        continue;
      }
      Set<String> why = new LinkedHashSet<>(shared);
      why.addAll(hits);
      scored.add(new Scored(new Suggestion(c.code(), score, List.copyOf(why)), shared.size()));
    }
    return scored.stream()
        .sorted(
            Comparator.comparingInt((Scored s) -> s.suggestion().score())
                .reversed()
                .thenComparing(Comparator.comparingInt(Scored::nameWords).reversed())
                .thenComparing(s -> s.suggestion().code()))
        .limit(howMany)
        .map(Scored::suggestion)
        .toList();
  }
}
