package org.hotline.interfaces.user.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.user.UserDirectoryService;

/**
 * {@code GET /api/users?role=chief&unit=PS-CHENGGUAN}: people to pick by name (see
 * UserDirectoryService).
 */
@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserDirectoryResource {

  @Inject private UserDirectoryService directory;

  /**
   * @param role the role (required)
   * @param unit a unit code (optional)
   * @return the people, by name
   */
  @GET
  public List<UserDirectoryService.Person> people(
      @QueryParam("role") String role, @QueryParam("unit") String unit) {
    return directory.withRole(role, unit);
  }
}
