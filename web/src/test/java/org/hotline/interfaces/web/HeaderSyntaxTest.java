package org.hotline.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HeaderSyntaxTest {

  private static boolean acceptMalformed(String... values) {
    return HeaderSyntax.acceptMalformed(Collections.enumeration(List.of(values)));
  }

  @Test
  void acceptHeadersThatCannotBeReadAreMalformed() {
    for (String bad :
        List.of(
            "application/json;q=abc",
            "application/json;q=2",
            "application/json;q=",
            "application/json;q=-1",
            "*/*;;q=1",
            "json",
            "a/b/c",
            "text/html;charset")) {
      assertThat(acceptMalformed(bad)).as(bad).isTrue();
    }
  }

  @Test
  void usualAcceptHeadersAreRead() {
    for (String good :
        List.of(
            "application/json",
            "*/*",
            "application/json;q=0.9, */*;q=0.1",
            "text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8",
            "application/json; charset=\"utf-8\"",
            "")) {
      assertThat(acceptMalformed(good)).as(good).isFalse();
    }
    assertThat(HeaderSyntax.acceptMalformed(Collections.emptyEnumeration())).isFalse();
  }

  @Test
  void contentTypeIsOneMediaTypeAndWildcardsAreSeen() {
    assertThat(HeaderSyntax.mediaType("application/json; charset=UTF-8")).isTrue();
    assertThat(HeaderSyntax.mediaType("multipart/form-data; boundary=----abc")).isTrue();
    assertThat(HeaderSyntax.mediaType("application/json;q=abc")).isFalse();
    assertThat(HeaderSyntax.mediaType("json")).isFalse();
    assertThat(HeaderSyntax.mediaType("*")).isFalse();
    assertThat(HeaderSyntax.mediaType("application/json, text/plain")).isFalse();
    assertThat(HeaderSyntax.wildcard("*/*")).isTrue();
    assertThat(HeaderSyntax.wildcard("*/json")).isTrue();
    assertThat(HeaderSyntax.wildcard("application/*; charset=utf-8")).isTrue();
    assertThat(HeaderSyntax.wildcard("application/json")).isFalse();
  }

  @Test
  void languagesThatCannotBeReadAreEmpty() {
    for (String bad : List.of("en;q=2", "en;q=abc", "xx;;;q=abc", "zh-CN;q=0.8,en;q=", "en;x=1")) {
      assertThat(HeaderSyntax.languages(bad)).as(bad).isEmpty();
    }
    assertThat(HeaderSyntax.languages(null)).contains(List.of());
    assertThat(HeaderSyntax.languages("zh-CN;q=0.1, en;q=0.9").orElseThrow())
        .first()
        .extracting(Locale::getLanguage)
        .isEqualTo("en");
    assertThat(HeaderSyntax.languages("zh-CN,zh;q=0.9,en;q=0.8").orElseThrow())
        .first()
        .extracting(Locale::getLanguage)
        .isEqualTo("zh");
  }

  @Test
  void entityTagsAreQuotedOrAStar() {
    assertThat(HeaderSyntax.entityTags(null)).isTrue();
    assertThat(HeaderSyntax.entityTags("*")).isTrue();
    assertThat(HeaderSyntax.entityTags("\"zh-1a2b\"")).isTrue();
    assertThat(HeaderSyntax.entityTags("W/\"a\", \"b\"")).isTrue();
    assertThat(HeaderSyntax.entityTags("zh-1a2b")).isFalse();
    assertThat(HeaderSyntax.entityTags("\"unterminated")).isFalse();
    assertThat(HeaderSyntax.entityTags("W/abc")).isFalse();
  }
}
