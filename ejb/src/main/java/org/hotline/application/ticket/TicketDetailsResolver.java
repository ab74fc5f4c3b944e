package org.hotline.application.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hotline.application.error.FieldViolation;
import org.hotline.application.error.Violations;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.ticket.CallerPhones;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.TicketDetails;
import org.hotline.domain.model.ticket.Urgency;

/** Checks an {@link IntakeCommand} field by field and resolves its codes to reference data. */
@ApplicationScoped
public class TicketDetailsResolver {

  @Inject private AreaRepository areas;

  @Inject private CategoryRepository categories;

  /** Returns the checked details, or throws a ValidationException naming every bad field. */
  public TicketDetails resolve(IntakeCommand c, Violations v) {
    Channel channel = v.choice("channel", c.channel(), Channel.class, null);
    String callerName = v.text("callerName", c.callerName(), false, 60);
    String phone = v.text("callerPhone", c.callerPhone(), false, 30);
    // a valid mobile or landline number with its area code, in any way of writing it
    // (docs/phone-numbers.md)
    if (phone != null && CallerPhones.e164(phone).isEmpty()) {
      v.add("callerPhone", FieldViolation.INVALID);
    }
    String address = v.text("address", c.address(), false, 300);
    Area area = v.reference("areaCode", c.areaCode(), areas::findByCode);
    if (area != null && !area.leaf()) {
      v.add("areaCode", FieldViolation.NOT_LEAF);
    }
    Category category = v.reference("categoryCode", c.categoryCode(), categories::findByCode);
    if (category != null && !category.leaf()) {
      v.add("categoryCode", FieldViolation.NOT_LEAF);
    }
    Urgency urgency = v.choice("urgency", c.urgency(), Urgency.class, Urgency.NORMAL);
    String content = v.text("content", c.content(), true, 4000);
    return new TicketDetails(
        channel,
        callerName,
        phone,
        Boolean.TRUE.equals(c.confidential()),
        address,
        area,
        category,
        urgency,
        content);
  }
}
