package org.hotline.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the full-text indexes: "chinese", Lucene's smartcn word segmentation (小区楼下烧烤摊 →
 * 小区/楼下/烧烤/摊), for the tickets' relevance search; "characters" for the callback queue's
 * contained-in search: every Chinese character a token of its own (Latin words and numbers whole,
 * lower case, full-width letters folded), so that a phrase query of the typed text finds exactly
 * the texts that contain it, as the old {@code LIKE '%…%'} did — whatever the length of the piece
 * and wherever it starts (word segmentation and bigrams both miss pieces that cross their
 * boundaries).
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

  public static final String CHINESE = "chinese";

  public static final String CHARACTERS = "characters";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
    context.analyzer(CHARACTERS).instance(characters());
  }

  /** Standard tokens (a Chinese character each), full-width folded, lower case. */
  static Analyzer characters() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new LowerCaseFilter(new CJKWidthFilter(source)));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
      }
    };
  }
}
