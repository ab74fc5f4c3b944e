package org.hotline.interfaces.reference.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.hotline.application.reference.ReferenceDataService;
import org.hotline.application.reference.ReferenceViews.AreaView;
import org.hotline.application.reference.ReferenceViews.CategorySuggestionView;
import org.hotline.application.reference.ReferenceViews.CategoryView;
import org.hotline.application.reference.ReferenceViews.UnitView;

/** Reference data for pickers and integrations; each item has its stable {@code code}. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

  @Inject private ReferenceDataService reference;

  /**
   * All units in code order; with {@code q} those matching what was typed (part of the name,
   * pinyin, pinyin initials, the code) best first; {@code limit} 1-50.
   */
  @GET
  @Path("units")
  public List<UnitView> units(@QueryParam("q") String q, @QueryParam("limit") Integer limit) {
    return reference.units(q, limit);
  }

  /**
   * All categories in code order; with {@code q} those matching what was typed (part of the name or
   * path, pinyin, pinyin initials, the code) best first; {@code leaf} keeps only leaves (true) or
   * parents (false); {@code limit} 1-50.
   */
  @GET
  @Path("categories")
  public List<CategoryView> categories(
      @QueryParam("q") String q,
      @QueryParam("leaf") Boolean leaf,
      @QueryParam("limit") Integer limit) {
    return reference.categories(q, leaf, limit);
  }

  /** 分类建议: the three leaf categories a call's content most likely belongs to, best first. */
  @GET
  @Path("categories/suggested")
  public List<CategorySuggestionView> suggestedCategories(@QueryParam("content") String content) {
    return reference.suggestCategories(content);
  }

  /** All areas in code order; with {@code q}, {@code leaf} and {@code limit} as for categories. */
  @GET
  @Path("areas")
  public List<AreaView> areas(
      @QueryParam("q") String q,
      @QueryParam("leaf") Boolean leaf,
      @QueryParam("limit") Integer limit) {
    return reference.areas(q, leaf, limit);
  }

  /** 地址识别区域: the communities (then streets) an address names, best first. */
  @GET
  @Path("areas/in-address")
  public List<AreaView> areasInAddress(@QueryParam("address") String address) {
    return reference.areasInAddress(address);
  }
}
