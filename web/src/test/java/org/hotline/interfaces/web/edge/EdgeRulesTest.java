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
    assertThat(RequestLineHandler.queryFault(null)).isNull();
    assertThat(RequestLineHandler.queryFault("q=%E4%B8%AD&size=5")).isNull();
    assertThat(RequestLineHandler.queryFault("x&q=\u00e5\u0099\u00aa"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("q=a+b%20c&&")).isNull();
    assertThat(RequestLineHandler.queryFault("q=%ZZ"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("size=1&q=%E4%B8"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("q=%E4x%B8%AD"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("q=%C0%AF"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("q=\uFFFD"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("q=%E5%99%AA%E9%9F%B3")).isNull();
    assertThat(RequestLineHandler.queryFault("%ZZ=1"))
        .isEqualTo(new RequestLineHandler.QueryFault("query", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("status=1%"))
        .isEqualTo(new RequestLineHandler.QueryFault("status", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("q=<a>"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
    assertThat(RequestLineHandler.queryFault("q={x}"))
        .isEqualTo(new RequestLineHandler.QueryFault("q", "INVALID_ENCODING"));
  }

  @Test
  void decodedControlAndBidiCharactersInTheQueryNameTheirParameter() {
    assertThat(RequestLineHandler.queryFault(null)).isNull();
    assertThat(RequestLineHandler.queryFault("q=%E5%99%AA&size=5")).isNull();
    assertThat(RequestLineHandler.queryFault("q=%00")).isEqualTo(bad("q", 1, 0x0000));
    assertThat(RequestLineHandler.queryFault("size=1&q=a%0Ab")).isEqualTo(bad("q", 2, 0x000A));
    assertThat(RequestLineHandler.queryFault("q=%E5%99%AA%E2%80%AEabc"))
        .isEqualTo(bad("q", 2, 0x202E)); // right-to-left override after one character
    assertThat(RequestLineHandler.queryFault("%1F=1")).isEqualTo(bad("query", 1, 0x001F));
    assertThat(RequestLineHandler.queryFault("q=a+b")).isNull();
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

  private static RequestLineHandler.QueryFault bad(String parameter, int position, int codePoint) {
    return new RequestLineHandler.QueryFault(
        parameter,
        "INVALID_CHARACTER",
        new org.hotline.domain.model.shared.RefusedCharacter(position, codePoint, false));
  }
}
