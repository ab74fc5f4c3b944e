package org.hotline.domain.model.callback;

import java.util.List;
import java.util.Optional;

/** Problem tags (问题标签) by code. */
public interface ProblemTagRepository {

  List<ProblemTag> all();

  Optional<ProblemTag> find(String code);

  void save(ProblemTag tag);
}
