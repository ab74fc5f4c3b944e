package org.hotline.infrastructure.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The data version of a full-text index (索引数据版本): a migration or SQL fix that changes indexed rows
 * behind Hibernate Search's back (e.g. V32 cancelled callback tasks in SQL) raises the version in
 * {@code search_index_data} ({@code UPDATE search_index_data SET data_version = data_version + 1
 * WHERE index_name = 'callback-task'}); each server keeps, next to its index, the version the index
 * was last rebuilt at ({@code <index root>/<name>.data-version}). At start-up an index behind the
 * database is rebuilt in the background ({@link SearchIndexBootstrap}), and the file is written
 * once the rebuild succeeded. A lost index directory has no file: it is rebuilt (it is incomplete
 * anyway).
 */
@ApplicationScoped
public class IndexDataVersions {

  /** The callback tasks' index ({@link CallbackTaskSearchIndex}). */
  public static final String CALLBACK_TASKS = "callback-task";

  /** The tickets' index ({@link SearchIndex}). */
  public static final String TICKETS = "ticket";

  private static final Logger LOG = Logger.getLogger(IndexDataVersions.class.getName());

  @PersistenceContext(unitName = "hotline")
  private EntityManager em;

  /**
   * The version the database's rows are at.
   *
   * @param index {@link #CALLBACK_TASKS} or {@link #TICKETS}
   * @return the version in {@code search_index_data}, 0 when the index has no row
   */
  public int required(String index) {
    var query =
        em.createNativeQuery("SELECT data_version FROM search_index_data WHERE index_name = ?1");
    query
        .unwrap(org.hibernate.query.NativeQuery.class)
        .addSynchronizedQuerySpace("search_index_data");
    java.util.List<?> rows = query.setParameter(1, index).getResultList();
    return rows.isEmpty() || rows.get(0) == null ? 0 : ((Number) rows.get(0)).intValue();
  }

  /**
   * The version the index in {@code root} was last rebuilt at.
   *
   * @return the version in its file, 0 when there is none or it cannot be read
   */
  public int indexed(Path root, String index) {
    Path file = file(root, index);
    try {
      return Files.exists(file) ? Integer.parseInt(Files.readString(file).strip()) : 0;
    } catch (IOException | NumberFormatException e) {
      LOG.warning(() -> "cannot read " + file + " (" + e + "): the index counts as behind");
      return 0;
    }
  }

  /** Records that the index in {@code root} now reflects the rows at {@code version}. */
  public void markIndexed(Path root, String index, int version) {
    Path file = file(root, index);
    try {
      Files.createDirectories(root);
      Files.writeString(file, version + "\n");
    } catch (IOException e) {
      // the next start rebuilds once more: slower, never stale
      LOG.warning(() -> "cannot write " + file + ": " + e);
    }
  }

  private static Path file(Path root, String index) {
    return root.resolve(index + ".data-version");
  }
}
