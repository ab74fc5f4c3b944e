package org.hotline.domain.model.user;

import java.util.List;

/** The record of unlocks ({@link AccountUnlock}). */
public interface AccountUnlockRepository {

  void add(AccountUnlock unlock);

  /** The latest {@code limit} unlocks, newest first. */
  List<AccountUnlock> latest(int limit);
}
