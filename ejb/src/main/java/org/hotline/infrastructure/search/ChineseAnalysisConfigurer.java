package org.hotline.infrastructure.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the full-text indexes: "chinese", Lucene's smartcn word segmentation (小区楼下烧烤摊 →
 * 小区/楼下/烧烤/摊), for the tickets' relevance search; "bigram", overlapping pairs of Chinese characters
 * (噪音扰民 → 噪音/音扰/扰民; Latin words and numbers whole, lower case, full-width folded), for the callback
 * queue, where a phrase of bigrams finds any piece of two or more characters that the text
 * contains, as the old {@code LIKE '%…%'} did.
 */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

  public static final String CHINESE = "chinese";

  public static final String BIGRAM = "bigram";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
    context.analyzer(BIGRAM).instance(new CJKAnalyzer(CharArraySet.EMPTY_SET));
  }
}
