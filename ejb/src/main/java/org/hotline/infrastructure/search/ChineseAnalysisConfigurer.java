package org.hotline.infrastructure.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the full-text indexes: "chinese", Lucene's smartcn word segmentation (小区楼下烧烤摊 →
 * 小区/楼下/烧烤/摊), for the tickets' relevance search; "bigram" and "bigramQuery" for the callback
 * queue's contained-in search: the text is indexed as single Chinese characters and overlapping
 * pairs at the same positions (噪音扰民 → 噪/噪音, 音/音扰, 扰/扰民, 民), a query as pairs only (a lone character
 * stays single), so a phrase query finds any piece of the text, as the old {@code LIKE '%…%'} did;
 * Latin words and numbers stay whole, lower case, full-width letters folded.
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

  public static final String CHINESE = "chinese";

  public static final String BIGRAM = "bigram";

  public static final String BIGRAM_QUERY = "bigramQuery";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
    context.analyzer(BIGRAM).instance(bigrams(true));
    context.analyzer(BIGRAM_QUERY).instance(bigrams(false));
  }

  /** Standard tokens, full-width folded, lower case, Chinese characters in pairs. */
  static Analyzer bigrams(boolean withSingleCharacters) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
        int scripts =
            CJKBigramFilter.HAN
                | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA
                | CJKBigramFilter.HANGUL;
        return new TokenStreamComponents(
            source, new CJKBigramFilter(stream, scripts, withSingleCharacters));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
      }
    };
  }
}
