package org.hotline.application.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hotline.domain.model.catalogue.CatalogueItemVersion;
import org.hotline.domain.model.catalogue.WordSegmenter;

/**
 * The segmented words of each catalogue version's title and duties, computed once per version:
 * versions never change, and the triage queue asks for suggestions for every ticket it shows.
 */
@ApplicationScoped
public class DutyWords {

  @Inject private WordSegmenter segmenter;

  private final ConcurrentMap<Long, Set<String>> byVersion = new ConcurrentHashMap<>();

  public Set<String> of(CatalogueItemVersion version) {
    return byVersion.computeIfAbsent(
        version.id(), id -> Set.copyOf(segmenter.words(version.title() + " " + version.duties())));
  }
}
