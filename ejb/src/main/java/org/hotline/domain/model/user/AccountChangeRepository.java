package org.hotline.domain.model.user;

import java.util.List;

/** The append-only record of account changes (账号变更记录). */
public interface AccountChangeRepository {

  void add(AccountChange change);

  /** The latest changes of one account, newest first. */
  List<AccountChange> of(String username, int limit);
}
