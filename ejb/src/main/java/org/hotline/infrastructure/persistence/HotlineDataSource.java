package org.hotline.infrastructure.persistence;

/** The one JNDI name the code knows; the server decides which database it reaches. */
public final class HotlineDataSource {

  public static final String JNDI_NAME = "java:jboss/datasources/HotlineDS";

  private HotlineDataSource() {}
}
