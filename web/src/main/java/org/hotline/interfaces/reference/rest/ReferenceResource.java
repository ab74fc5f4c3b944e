package org.hotline.interfaces.reference.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.reference.ReferenceDataService;
import org.hotline.application.reference.ReferenceViews.AreaView;
import org.hotline.application.reference.ReferenceViews.CategoryView;
import org.hotline.application.reference.ReferenceViews.UnitView;

/** Reference data for pickers and integrations; each item has its stable {@code code}. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

  @Inject
  private ReferenceDataService reference;

  @GET
  @Path("units")
  public List<UnitView> units() {
    return reference.units();
  }

  @GET
  @Path("categories")
  public List<CategoryView> categories() {
    return reference.categories();
  }

  @GET
  @Path("areas")
  public List<AreaView> areas() {
    return reference.areas();
  }
}
