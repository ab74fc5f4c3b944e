package org.hotline.interfaces.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdgeRulesTest {

  @Test
  void locationsBecomeRelativeAndNeverLeaveTheSite() {
    assertThat(ResponseHeadersHandler.relative("http://evil.example/login.html"))
        .isEqualTo("/login.html");
    assertThat(ResponseHeadersHandler.relative("https://h:8443/api/tickets/5?x=1"))
        .isEqualTo("/api/tickets/5?x=1");
    assertThat(ResponseHeadersHandler.relative("http://evil.example")).isEqualTo("/");
    assertThat(ResponseHeadersHandler.relative("http://h//evil.example/x"))
        .isEqualTo("/evil.example/x");
    assertThat(ResponseHeadersHandler.relative("/login.html")).isEqualTo("/login.html");
  }

  @Test
  void theOriginMustBeTheHostTheRequestWentTo() {
    assertThat(
            CrossSiteRequestHandler.sameOrigin("http://localhost:8080", "localhost:8080", "http"))
        .isTrue();
    assertThat(
            CrossSiteRequestHandler.sameOrigin(
                "https://hotline.example", "hotline.example", "http"))
        .isTrue();
    assertThat(
            CrossSiteRequestHandler.sameOrigin(
                "http://other.localhost:8080", "localhost:8080", "http"))
        .isFalse();
    assertThat(
            CrossSiteRequestHandler.sameOrigin("http://localhost:9090", "localhost:8080", "http"))
        .isFalse();
    assertThat(CrossSiteRequestHandler.sameOrigin("null", "localhost:8080", "http")).isFalse();
    assertThat(CrossSiteRequestHandler.sameOrigin("http://localhost", "localhost:8080", "http"))
        .isFalse();
  }

  @Test
  void basicCredentialsAreReadOrLeftToTheServer() {
    assertThat(LoginThrottleHandler.basic("b3BlcmF0b3I6ZGVtbw==").username()).isEqualTo("operator");
    assertThat(LoginThrottleHandler.basic("!!!")).isNull();
    assertThat(LoginThrottleHandler.basic("bm9jb2xvbg==")).isNull();
  }

  @Test
  void queriesThatDoNotDecodeNameTheirParameter() {
    assertThat(RequestLineHandler.undecodableParameter(null)).isNull();
    assertThat(RequestLineHandler.undecodableParameter("q=%E4%B8%AD&size=5")).isNull();
    assertThat(RequestLineHandler.undecodableParameter("x&q=\u00e5\u0099\u00aa")).isEqualTo("q");
    assertThat(RequestLineHandler.undecodableParameter("q=a+b%20c&&")).isNull();
    assertThat(RequestLineHandler.undecodableParameter("q=%ZZ")).isEqualTo("q");
    assertThat(RequestLineHandler.undecodableParameter("size=1&q=%E4%B8")).isEqualTo("q");
    assertThat(RequestLineHandler.undecodableParameter("q=%E4x%B8%AD")).isEqualTo("q");
    assertThat(RequestLineHandler.undecodableParameter("q=%C0%AF")).isEqualTo("q");
    assertThat(RequestLineHandler.undecodableParameter("q=\uFFFD")).isEqualTo("q");
    assertThat(RequestLineHandler.undecodableParameter("q=%E5%99%AA%E9%9F%B3")).isNull();
    assertThat(RequestLineHandler.undecodableParameter("%ZZ=1")).isEqualTo("query");
    assertThat(RequestLineHandler.undecodableParameter("status=1%")).isEqualTo("status");
    assertThat(RequestLineHandler.undecodableParameter("q=<a>")).isEqualTo("q");
    assertThat(RequestLineHandler.undecodableParameter("q={x}")).isEqualTo("q");
  }

  @Test
  void decodedControlAndBidiCharactersInTheQueryNameTheirParameter() {
    assertThat(RequestLineHandler.parameterWithForbiddenCharacter(null)).isNull();
    assertThat(RequestLineHandler.parameterWithForbiddenCharacter("q=%E5%99%AA&size=5")).isNull();
    assertThat(RequestLineHandler.parameterWithForbiddenCharacter("q=%00")).isEqualTo("q");
    assertThat(RequestLineHandler.parameterWithForbiddenCharacter("size=1&q=a%0Ab")).isEqualTo("q");
    assertThat(RequestLineHandler.parameterWithForbiddenCharacter("q=%E2%80%AEabc"))
        .isEqualTo("q"); // right-to-left override
    assertThat(RequestLineHandler.parameterWithForbiddenCharacter("%1F=1")).isEqualTo("query");
    assertThat(RequestLineHandler.parameterWithForbiddenCharacter("q=a+b")).isNull();
  }

  @Test
  void pathsDecodeStrictlyAndKeepPlus() {
    assertThat(RequestLineHandler.decode("/j%5Fsecurity_check", false))
        .isEqualTo("/j_security_check");
    assertThat(RequestLineHandler.decode("/a+b;jsessionid=1", false))
        .isEqualTo("/a+b;jsessionid=1");
    assertThat(RequestLineHandler.decode("/api/tick%FFets", false)).isNull();
    assertThat(RequestLineHandler.decode("/api/x|y", false)).isNull();
  }

  @Test
  void onlyAPostOfTheLoginFormIsALoginBackAndReloadAreVisits() {
    assertThat(LoginThrottleHandler.pageVisit("GET")).isTrue();
    assertThat(LoginThrottleHandler.pageVisit("HEAD")).isTrue();
    assertThat(LoginThrottleHandler.pageVisit("POST")).isFalse();
  }
}
