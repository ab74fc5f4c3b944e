package org.hotline.infrastructure.search;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** The "chinese" analyzer: Lucene's smartcn word segmentation (小区楼下烧烤摊 → 小区/楼下/烧烤/摊). */
public class ChineseAnalysisConfigurer implements LuceneAnalysisConfigurer {

  public static final String CHINESE = "chinese";

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
  }
}
