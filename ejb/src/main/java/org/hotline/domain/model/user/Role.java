package org.hotline.domain.model.user;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. The lower-case {@link #roleName()} is the security role the server checks
 * ({@code @RolesAllowed}, web.xml) and the value stored in {@code app_user_role}.
 */
public enum Role {
  /** 话务员 logs calls. */
  OPERATOR(true),
  /** 派单员 triages, assigns and reviews replies. */
  DISPATCHER(true),
  /** 承办民警 signs for and handles the tickets of one unit. */
  OFFICER(false),
  /** 所长/单位一把手 heads a unit. */
  CHIEF(false),
  /** 非警务承办单位 handler. */
  AGENCY(false),
  /** 回访员 calls citizens back. */
  CALLBACK(true),
  /** 办公室主任/督办 issues supervision slips. */
  DIRECTOR(true),
  /** 局领导 reads rankings and reports. */
  LEADER(true),
  /** 管理员 maintains units, users, categories and the calendar. */
  ADMIN(true);

  /** Security role names, for annotations. */
  public static final String OPERATOR_ROLE = "operator";

  public static final String DISPATCHER_ROLE = "dispatcher";
  public static final String OFFICER_ROLE = "officer";
  public static final String CHIEF_ROLE = "chief";
  public static final String AGENCY_ROLE = "agency";
  public static final String CALLBACK_ROLE = "callback";
  public static final String DIRECTOR_ROLE = "director";
  public static final String LEADER_ROLE = "leader";
  public static final String ADMIN_ROLE = "admin";

  private final boolean centreWide;

  Role(boolean centreWide) {
    this.centreWide = centreWide;
  }

  /** Centre-wide roles see the tickets of every unit; the others only those of their own unit. */
  public boolean centreWide() {
    return centreWide;
  }

  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromRoleName(String name) {
    return Arrays.stream(values()).filter(r -> r.roleName().equals(name)).findFirst();
  }
}
