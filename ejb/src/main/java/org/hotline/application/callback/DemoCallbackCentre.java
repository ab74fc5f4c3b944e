package org.hotline.application.callback;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.hotline.application.demo.DemoData;
import org.hotline.domain.model.officer.Officer;
import org.hotline.domain.model.officer.OfficerRepository;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitRepository;

/**
 * The demo callback centre: with the demo data ({@code -Dhotline.demo=true}), loaded once after the
 * demo units exist — two sub-centres (分中心) with one agent each ({@code callback-city} for the town
 * stations, {@code callback-suburb} for the development zone and the townships; password {@code
 * demo}), and demo officers (民警), two in every unit, Badge numbers are {@code 0NNNMM} (unit number,
 * officer number); the first officer of 城关派出所 is 张伟, badge {@code 003001}, as the demo user {@code
 * officer}. Invented names.
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
public class DemoCallbackCentre {

  private static final Logger LOG = Logger.getLogger(DemoCallbackCentre.class.getName());

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林",
    "罗"
  };
  private static final String[] GIVEN = {
    "建国", "志强", "海燕", "晓东", "丽娟", "国华", "文博", "思远", "雪梅", "浩然", "俊杰", "秀英", "永刚", "红霞", "明辉", "子涵",
    "立新", "春燕", "宏伟", "静怡", "振华"
  };

  @Inject private UnitRepository units;

  @Inject private OfficerRepository officers;

  @Inject private org.hotline.domain.model.callback.SubCentres subCentres;

  @Inject private org.hotline.domain.model.user.UserRepository users;

  @Inject private org.hotline.domain.model.user.PasswordHasher hasher;

  /** code, name, agent, agent's name, the units served */
  static final String[][] SUB_CENTRES = {
    {
      "SC-CITY",
      "城区回访分中心",
      "callback-city",
      "回访员 郑敏（城区分中心）",
      "PS-CHENGGUAN,PS-DONGGUAN,PS-XIGUAN,PS-NANJIAO,PS-BEIJIAO"
    },
    {
      "SC-SUBURB",
      "开发区及乡镇回访分中心",
      "callback-suburb",
      "回访员 钱程（开发区及乡镇分中心）",
      "PS-KAIFAQU,PS-GAOTIE,PS-QIAOTOU,PS-LIJIA"
    },
  };

  private void loadSubCentres() {
    var centre = units.findByCode("RXZX").orElse(null);
    int order = 0;
    for (String[] s : SUB_CENTRES) {
      subCentres.create(s[0], s[1], order++);
      for (String unit : s[4].split(",")) {
        subCentres.assignUnit(unit, s[0]);
      }
      users.save(
          new org.hotline.domain.model.user.AppUser(
              s[2],
              s[3],
              hasher.hash("demo".toCharArray()),
              centre,
              java.util.EnumSet.of(org.hotline.domain.model.user.Role.CALLBACK)));
      subCentres.assignAgent(s[2], s[0]);
    }
  }

  /**
   * Returns once the demo callback centre is loaded (the work is done once, when the container
   * creates this singleton); called by the start-up sequence right after the demo data.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  @PostConstruct
  void load() {
    if (!Boolean.getBoolean(DemoData.SWITCH) || !officers.isEmpty()) {
      return;
    }
    loadSubCentres();
    List<Unit> all = units.all();
    int n = 0;
    for (int u = 0; u < all.size(); u++) {
      Unit unit = all.get(u);
      for (int k = 1; k <= 2; k++) {
        String badge = String.format("%03d%03d", u + 1, k);
        String name =
            "PS-CHENGGUAN".equals(unit.code()) && k == 1
                ? "张伟"
                : SURNAMES[n % SURNAMES.length] + GIVEN[(n * 7 + u) % GIVEN.length];
        officers.save(new Officer(badge, name, unit));
        n++;
      }
    }
    LOG.info("demo callback centre loaded: sub-centres " + SUB_CENTRES.length + ", officers " + n);
  }
}
