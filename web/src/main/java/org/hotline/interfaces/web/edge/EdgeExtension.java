package org.hotline.interfaces.web.edge;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;
import org.hotline.infrastructure.security.LoginThrottle;

/**
 * The handlers every request of the web module passes before anything else, even before the server
 * authenticates it (边界防护), outermost first: {@link ResponseHeadersHandler} (security headers,
 * relative redirects), {@link RequestLineHandler} (TRACE, undecodable query strings), {@link
 * CrossSiteRequestHandler} (CSRF), {@link LoginThrottleHandler} (password guessing). Registered
 * through {@code META-INF/services/io.undertow.servlet.ServletExtension}.
 */
public class EdgeExtension implements ServletExtension {

  @Override
  public void handleDeployment(DeploymentInfo info, ServletContext servletContext) {
    String context =
        info.getContextPath() == null || "/".equals(info.getContextPath())
            ? ""
            : info.getContextPath();
    // the last wrapper added is the outermost
    info.addInitialHandlerChainWrapper(
        next -> new LoginThrottleHandler(next, LoginThrottle.INSTANCE, KnownUsers.INSTANCE));
    info.addInitialHandlerChainWrapper(next -> new CrossSiteRequestHandler(next, context));
    info.addInitialHandlerChainWrapper(next -> new RequestLineHandler(next, context));
    info.addInitialHandlerChainWrapper(next -> new ResponseHeadersHandler(next, context));
  }
}
