package org.hotline.infrastructure.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hotline.domain.model.callback.CallbackTask;
import org.hotline.domain.model.shared.PhoneMask;

/**
 * Writes what the callback queue's {@code q} searches into a task's index document (回访任务检索): the
 * matter (the ticket's content or the service record's summary, character by character), the ticket
 * number and the service record's external id (lower case, for contained-in matches), the citizen's
 * number (E.164; matched only for the agent working the task, who sees it), the digits its mask
 * shows to everyone else ({@link PhoneMask}: {@code 139****5678} gives {@code 139} and {@code
 * 5678}, never the hidden middle) and the serving unit's code. They are read from the ticket,
 * record and unit the task points to; those do not change once a task exists (a ticket is closed, a
 * record is immutable), so the task's document is rewritten only when the task itself changes.
 */
public class CallbackTaskSearchBridge implements TypeBridge<CallbackTask> {

  static final String MATTER = "matter";
  static final String NUMBER = "ticketNumber";
  static final String EXTERNAL_ID = "externalId";
  static final String PHONE = "phone";
  static final String PHONE_SHOWN = "phoneShown";
  static final String UNIT = "unitCode";

  private final IndexFieldReference<String> matter;
  private final IndexFieldReference<String> number;
  private final IndexFieldReference<String> externalId;
  private final IndexFieldReference<String> phone;
  private final IndexFieldReference<String> phoneShown;
  private final IndexFieldReference<String> unit;

  private CallbackTaskSearchBridge(IndexSchemaElement schema) {
    matter =
        schema
            .field(MATTER, f -> f.asString().analyzer(ChineseAnalysisConfigurer.CHARACTERS))
            .toReference();
    number = schema.field(NUMBER, f -> f.asString()).toReference();
    externalId = schema.field(EXTERNAL_ID, f -> f.asString()).toReference();
    phone = schema.field(PHONE, f -> f.asString()).toReference();
    phoneShown = schema.field(PHONE_SHOWN, f -> f.asString()).multiValued().toReference();
    unit = schema.field(UNIT, f -> f.asString()).toReference();
  }

  @Override
  public void write(DocumentElement target, CallbackTask task, TypeBridgeWriteContext context) {
    if (task.ticket() != null) {
      target.addValue(matter, task.ticket().content());
      target.addValue(number, lower(task.ticket().number()));
      target.addValue(phone, task.ticket().caller().phoneE164());
      addShown(target, task.ticket().caller().phone());
    }
    if (task.serviceRecord() != null) {
      target.addValue(matter, task.serviceRecord().summary());
      target.addValue(externalId, lower(task.serviceRecord().externalId()));
      target.addValue(phone, task.serviceRecord().citizenPhoneE164());
      addShown(target, task.serviceRecord().citizenPhone());
    }
    if (task.unit() != null) {
      target.addValue(unit, task.unit().code());
    }
  }

  /** Each run of digits the masked number shows (as the queue shows it to a masked viewer). */
  private void addShown(DocumentElement target, String number) {
    for (String run : shownDigits(number)) {
      target.addValue(phoneShown, run);
    }
  }

  /**
   * The runs of digits left visible by {@link PhoneMask#mask} ({@code 139-1234-5678}: {@code 139}
   * and {@code 5678}); none for null.
   */
  static List<String> shownDigits(String number) {
    String masked = PhoneMask.mask(number);
    if (masked == null) {
      return List.of();
    }
    return Arrays.stream(masked.split("\\D+")).filter(r -> !r.isEmpty()).toList();
  }

  /** Keywords are matched in lower case (as MariaDB's case-insensitive collation did). */
  static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** Declares the fields; the bridge reads the task's own associations only (see above). */
  public static class Binder implements TypeBinder {
    @Override
    public void bind(TypeBindingContext context) {
      context.dependencies().useRootOnly();
      context.bridge(
          CallbackTask.class, new CallbackTaskSearchBridge(context.indexSchemaElement()));
    }
  }
}
