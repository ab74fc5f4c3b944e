package org.hotline.domain.model.deadline;

import java.util.List;
import java.util.Optional;

public interface TimeLimitRuleRepository {

  List<TimeLimitRule> all();

  Optional<TimeLimitRule> find(Long id);

  void add(TimeLimitRule rule);

  void remove(TimeLimitRule rule);
}
