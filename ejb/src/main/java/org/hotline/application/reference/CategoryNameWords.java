package org.hotline.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hotline.domain.model.catalogue.WordSegmenter;

/**
 * The segmented words (2+ characters) of a category name (分类名称分词), computed once per name: the
 * content suggestions compare them with the words of every call as it is typed.
 */
@ApplicationScoped
public class CategoryNameWords {

  @Inject private WordSegmenter segmenter;

  private final ConcurrentMap<String, Set<String>> byName = new ConcurrentHashMap<>();

  /**
   * @param name a category's name
   * @return its words of two or more characters
   */
  public Set<String> of(String name) {
    return byName.computeIfAbsent(
        name, n -> Set.copyOf(segmenter.words(n).stream().filter(w -> w.length() >= 2).toList()));
  }
}
