package org.hotline.domain.model.catalogue;

import java.util.List;

/** Splits Chinese text into words (分词), e.g. 小区楼下烧烤摊噪音扰民 → 小区 楼下 烧烤 摊 噪音 扰民. */
public interface WordSegmenter {

  List<String> words(String text);
}
