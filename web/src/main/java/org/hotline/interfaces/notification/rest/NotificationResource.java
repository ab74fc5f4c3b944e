package org.hotline.interfaces.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.hotline.application.notification.NotificationService;
import org.hotline.application.notification.NotificationView;

/** The logged-in user's notifications (站内提醒, the bell). */
@Path("/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject private NotificationService notifications;

  @GET
  public List<NotificationView> mine(@QueryParam("unread") Boolean unreadOnly) {
    return notifications.mine(Boolean.TRUE.equals(unreadOnly));
  }

  @GET
  @Path("unread-count")
  public Map<String, Long> unreadCount() {
    return Map.of("unread", notifications.unreadCount());
  }

  @POST
  @Path("{id}/read")
  public NotificationView read(@PathParam("id") long id) {
    return notifications.markRead(id);
  }

  @POST
  @Path("read-all")
  public Map<String, Integer> readAll() {
    return Map.of("marked", notifications.markAllRead());
  }
}
