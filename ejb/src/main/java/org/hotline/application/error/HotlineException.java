package org.hotline.application.error;

import java.util.List;

/**
 * A refusal the client can act on. Declared an application exception in ejb-jar.xml (rollback), so
 * it reaches the REST layer unwrapped. {@code args} fill the localised message.
 */
public class HotlineException extends RuntimeException {

  private final ErrorCode code;
  private final transient List<Object> args;

  public HotlineException(ErrorCode code, Object... args) {
    super(code + (args.length == 0 ? "" : " " + List.of(args)));
    this.code = code;
    this.args = List.of(args);
  }

  public ErrorCode code() {
    return code;
  }

  public List<Object> args() {
    return args;
  }
}
