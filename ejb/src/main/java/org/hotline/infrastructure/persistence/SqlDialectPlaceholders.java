package org.hotline.infrastructure.persistence;

import java.util.Map;

/** The few SQL fragments that differ between H2 and MySQL/MariaDB in our migrations. */
final class SqlDialectPlaceholders {

  private SqlDialectPlaceholders() {}

  static Map<String, String> forProduct(String productName) {
    if (productName.contains("mysql") || productName.contains("mariadb")) {
      return Map.of(
          "table_options", " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci",
          "timestamp", "DATETIME(6)",
          "long_text", "LONGTEXT");
    }
    return Map.of("table_options", "", "timestamp", "TIMESTAMP(6)", "long_text", "CLOB");
  }
}
