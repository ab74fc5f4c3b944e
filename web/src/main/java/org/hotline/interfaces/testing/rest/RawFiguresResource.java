package org.hotline.interfaces.testing.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.hotline.infrastructure.testing.RawFigures;

/**
 * {@code GET /api/testing/figures/raw?month=yyyy-MM}: the month's SMS statistics, callback figures
 * and tag counts computed from the raw rows with plain SQL, for tests that check the monthly
 * summaries ({@code -Dhotline.testing=true}; 404 otherwise; admin only).
 */
@Path("/testing/figures/raw")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RawFiguresResource {

  @Inject private RawFigures raw;

  @GET
  public Map<String, List<List<Object>>> raw(@QueryParam("month") String month)
      throws SQLException {
    return raw.of(month);
  }
}
