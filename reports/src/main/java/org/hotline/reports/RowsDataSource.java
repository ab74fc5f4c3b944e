package org.hotline.reports;

import java.util.Iterator;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * A report's detail rows read one at a time from an iterator (each row a map from field name to
 * value), so that a caller can page through a large result while the report fills instead of
 * holding every row.
 */
final class RowsDataSource implements JRDataSource {

  private final Iterator<? extends Map<String, ?>> rows;
  private Map<String, ?> current;

  RowsDataSource(Iterator<? extends Map<String, ?>> rows) {
    this.rows = rows;
  }

  @Override
  public boolean next() {
    current = rows.hasNext() ? rows.next() : null;
    return current != null;
  }

  @Override
  public Object getFieldValue(JRField field) {
    return current.get(field.getName());
  }
}
