package org.hotline.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

/**
 * The callback queue's contained-in search (a Chinese character a token, queried as a phrase): a
 * phrase finds any piece of the text, in any script the hotline sees, and nothing that is not in
 * it.
 */
class CharacterAnalysisTest {

  private static final String TEXT = "小区楼下烧烤摊噪音扰民，3号楼Ａ栋 编号第123457号楼 队列检索k3j2abc Reported by Zhang";

  private static int hits(String query) throws Exception {
    Analyzer index = ChineseAnalysisConfigurer.characters();
    Analyzer search = ChineseAnalysisConfigurer.characters();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(index))) {
        Document d = new Document();
        d.add(new TextField("matter", TEXT, Field.Store.NO));
        w.addDocument(d);
      }
      Query q = new QueryBuilder(search).createPhraseQuery("matter", query);
      if (q == null) {
        return -1;
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        return new IndexSearcher(r).count(q);
      }
    }
  }

  @Test
  void anyPieceOfTheTextIsFound() throws Exception {
    assertEquals(1, hits("噪音扰民"));
    assertEquals(1, hits("烤摊噪"));
    assertEquals(1, hits("噪"));
    assertEquals(1, hits("音扰"));
    assertEquals(1, hits("A栋"));
    assertEquals(1, hits("ａ栋"), "full-width letters fold");
    assertEquals(1, hits("第123457号"));
    assertEquals(1, hits("号第123457号楼"));
    assertEquals(1, hits("队列检索k3j2abc"), "Chinese then Latin");
    assertEquals(1, hits("检索K3J2ABC"));
    assertEquals(1, hits("扰民，3号"));
    assertEquals(1, hits("reported BY"));
    assertEquals(1, hits("噪音扰民%"), "punctuation is no wildcard and is ignored");
  }

  @Test
  void whatIsNotInTheTextIsNotFound() throws Exception {
    assertEquals(0, hits("扰噪"));
    assertEquals(0, hits("噪音 小区"), "the characters in a row, not anywhere");
    assertEquals(0, hits("第12345号"));
    assertEquals(0, hits("检索k3j2"), "Latin words are whole");
    assertEquals(0, hits("烧烤摊😀"));
    assertEquals(-1, hits("%_*"), "nothing to search for");
  }
}
