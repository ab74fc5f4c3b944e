package org.hotline.application.callback;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.hotline.application.demo.DemoData;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;

/**
 * Demo officers (民警): with the demo data ({@code -Dhotline.demo=true}), two officers in every unit,
 * loaded once after the demo units exist. Badge numbers are {@code 0NNNMM} (unit number, officer
 * number); the first officer of 城关派出所 is 张伟, badge {@code 003001}, as the demo user
 * {@code officer}. Invented names.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoOfficers {

  private static final Logger LOG = Logger.getLogger(DemoOfficers.class.getName());

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
      "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
  private static final String[] GIVEN = {"建国", "志强", "海燕", "晓东", "丽娟", "国华", "文博", "思远", "雪梅", "浩然",
      "俊杰", "秀英", "永刚", "红霞", "明辉", "子涵", "立新", "春燕", "宏伟", "静怡", "振华"};

  @Inject
  private UnitRepository units;

  @Inject
  private OfficerRepository officers;

  @PostConstruct
  void load() {
    if (!Boolean.getBoolean(DemoData.SWITCH) || !officers.isEmpty()) {
      return;
    }
    List<Unit> all = units.all();
    int n = 0;
    for (int u = 0; u < all.size(); u++) {
      Unit unit = all.get(u);
      for (int k = 1; k <= 2; k++) {
        String badge = String.format("%03d%03d", u + 1, k);
        String name = "PS-CHENGGUAN".equals(unit.code()) && k == 1 ? "张伟"
            : SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + u) % GIVEN.length];
        officers.save(new Officer(badge, name, unit));
        n++;
      }
    }
    LOG.info("demo officers loaded: " + n);
  }
}
