package org.hotline.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.category.CategoryRepository;
import org.hotline.domain.model.unit.Unit;
import org.hotline.domain.model.unit.UnitKind;
import org.hotline.domain.model.unit.UnitRepository;
import org.hotline.domain.model.user.AppUser;
import org.hotline.domain.model.user.PasswordHasher;
import org.hotline.domain.model.user.Role;
import org.hotline.domain.model.user.UserRepository;

/**
 * The demo county (示范县): its public-security bureau with stations and brigades, the hotline
 * centre, 34 government agencies and utilities, a category taxonomy, the area tree and one user
 * per role. Invented names; no real personal data.
 */
@ApplicationScoped
public class DemoDataset {

  static final String DEMO_PASSWORD = "demo";

  /** code, name, kind, parent code */
  static final String[][] UNITS = {
    {"GA", "示范县公安局", "BUREAU", null},
    {"RXZX", "警务热线服务中心", "HOTLINE_CENTRE", "GA"},
    {"PS-CHENGGUAN", "城关派出所", "STATION", "GA"},
    {"PS-DONGGUAN", "东关派出所", "STATION", "GA"},
    {"PS-XIGUAN", "西关派出所", "STATION", "GA"},
    {"PS-NANJIAO", "南郊派出所", "STATION", "GA"},
    {"PS-BEIJIAO", "北郊派出所", "STATION", "GA"},
    {"PS-KAIFAQU", "开发区派出所", "STATION", "GA"},
    {"PS-GAOTIE", "高铁站派出所", "STATION", "GA"},
    {"PS-QIAOTOU", "桥头派出所", "STATION", "GA"},
    {"PS-LIJIA", "李家派出所", "STATION", "GA"},
    {"BR-ZHIAN", "治安管理大队", "BRIGADE", "GA"},
    {"BR-JIAOJING", "交通警察大队", "BRIGADE", "GA"},
    {"BR-XINGZHEN", "刑事侦查大队", "BRIGADE", "GA"},
    {"BR-CRJ", "出入境管理大队", "BRIGADE", "GA"},
    {"BR-JINDU", "禁毒大队", "BRIGADE", "GA"},
    {"BR-JINGZHEN", "经济犯罪侦查大队", "BRIGADE", "GA"},
    {"BR-XUNTE", "巡特警大队", "BRIGADE", "GA"},
    {"BR-WANGAN", "网络安全保卫大队", "BRIGADE", "GA"},
    {"BR-HUZHENG", "户政管理大队", "BRIGADE", "GA"},
    {"GOV", "示范县人民政府", "BUREAU", null},
    {"AG-EDU", "县教育和体育局", "AGENCY", "GOV"},
    {"AG-EMERGENCY", "县应急管理局", "AGENCY", "GOV"},
    {"AG-MARKET", "县市场监督管理局", "AGENCY", "GOV"},
    {"AG-ECO", "市生态环境局示范县分局", "AGENCY", "GOV"},
    {"AG-URBAN", "县综合行政执法局(城管)", "AGENCY", "GOV"},
    {"AG-HOUSING", "县住房和城乡建设局", "AGENCY", "GOV"},
    {"AG-TRANSPORT", "县交通运输局", "AGENCY", "GOV"},
    {"AG-HEALTH", "县卫生健康委员会", "AGENCY", "GOV"},
    {"AG-HRSS", "县人力资源和社会保障局", "AGENCY", "GOV"},
    {"AG-CIVIL", "县民政局", "AGENCY", "GOV"},
    {"AG-NATRES", "县自然资源局", "AGENCY", "GOV"},
    {"AG-WATER", "县水利局", "AGENCY", "GOV"},
    {"AG-AGRI", "县农业农村局", "AGENCY", "GOV"},
    {"AG-COMMERCE", "县商务局", "AGENCY", "GOV"},
    {"AG-CULTURE", "县文化广电和旅游局", "AGENCY", "GOV"},
    {"AG-MEDINS", "县医疗保障局", "AGENCY", "GOV"},
    {"AG-TAX", "国家税务总局示范县税务局", "AGENCY", "GOV"},
    {"AG-DRC", "县发展和改革委员会", "AGENCY", "GOV"},
    {"AG-JUSTICE", "县司法局", "AGENCY", "GOV"},
    {"AG-VETERANS", "县退役军人事务局", "AGENCY", "GOV"},
    {"AG-FORESTRY", "县林业局", "AGENCY", "GOV"},
    {"AG-PETITION", "县信访局", "AGENCY", "GOV"},
    {"AG-FIRE", "县消防救援大队", "AGENCY", "GOV"},
    {"AG-PROPERTY", "县物业管理服务中心", "AGENCY", "GOV"},
    {"AG-POWER", "国网示范县供电公司", "AGENCY", "GOV"},
    {"AG-WATERCO", "县自来水公司", "AGENCY", "GOV"},
    {"AG-GAS", "县燃气公司", "AGENCY", "GOV"},
    {"AG-TELECOM", "通信运营商(电信/移动/联通)", "AGENCY", "GOV"},
    {"AG-ST-DONGGUAN", "东关街道办事处", "AGENCY", "GOV"},
    {"AG-ST-XIGUAN", "西关街道办事处", "AGENCY", "GOV"},
    {"AG-TOWN-QIAOTOU", "桥头镇人民政府", "AGENCY", "GOV"},
    {"AG-TOWN-LIJIA", "李家镇人民政府", "AGENCY", "GOV"},
    {"AG-DATA", "县大数据管理局", "AGENCY", "GOV"},
  };

  /** code, name, police (P/N), default reply deadline in working days (blank: a parent) */
  static final String[][] CATEGORIES = {
    {"ZA", "治安管理", "P", ""},
    {"ZA-DISPUTE", "矛盾纠纷求助", "P", "3"},
    {"ZA-NOISE", "社会生活噪音扰民", "P", "3"},
    {"ZA-DOG", "违规养犬", "P", "5"},
    {"ZA-GAMBLING", "涉赌涉黄线索", "P", "5"},
    {"ZA-FRAUD", "电信网络诈骗", "P", "3"},
    {"JT", "交通管理", "P", ""},
    {"JT-PARKING", "违法停车堵路", "P", "3"},
    {"JT-ACCIDENT", "交通事故处理", "P", "5"},
    {"JT-LICENSE", "驾驶证和车辆业务", "P", "5"},
    {"JT-SIGNAL", "信号灯与交通设施", "P", "5"},
    {"HZ", "户政管理", "P", ""},
    {"HZ-HUKOU", "户口迁移登记", "P", "5"},
    {"HZ-IDCARD", "居民身份证办理", "P", "5"},
    {"CRJ", "出入境管理", "P", ""},
    {"CRJ-PASSPORT", "护照及港澳台通行证", "P", "5"},
    {"CRJ-FOREIGNER", "外国人居留管理", "P", "5"},
    {"XZ", "案件侦办", "P", ""},
    {"XZ-PROGRESS", "案件进展查询", "P", "10"},
    {"XZ-CLUE", "违法犯罪线索", "P", "5"},
    {"XZ-DRUG", "涉毒线索", "P", "5"},
    {"XF", "消防安全", "P", ""},
    {"XF-HAZARD", "消防安全隐患", "P", "3"},
    {"XF-PASSAGE", "堵塞消防通道", "P", "2"},
    {"JF", "警风警纪", "P", ""},
    {"JF-ATTITUDE", "民警服务态度", "P", "5"},
    {"JF-CONDUCT", "执法不规范", "P", "5"},
    {"HJ", "生态环境", "N", ""},
    {"HJ-POLLUTION", "大气水体污染", "N", "5"},
    {"HJ-CONSTRUCTION-NOISE", "建筑施工噪音", "N", "5"},
    {"CS", "城市管理", "N", ""},
    {"CS-STALL", "占道经营", "N", "5"},
    {"CS-GARBAGE", "垃圾清运", "N", "5"},
    {"SC", "市场监管", "N", ""},
    {"SC-FOOD", "食品安全", "N", "5"},
    {"SC-CONSUMER", "消费维权", "N", "7"},
    {"WY", "物业住房", "N", ""},
    {"WY-PROPERTY", "物业服务纠纷", "N", "7"},
    {"WY-QUALITY", "房屋质量", "N", "10"},
    {"SD", "水电气暖", "N", ""},
    {"SD-WATER", "停水与水质", "N", "2"},
    {"SD-POWER", "停电与供电", "N", "2"},
    {"SD-GAS", "燃气供应", "N", "2"},
    {"LD", "劳动社保", "N", ""},
    {"LD-WAGE", "拖欠工资", "N", "7"},
    {"LD-INSURANCE", "社保医保", "N", "7"},
    {"JY", "教育", "N", ""},
    {"JY-ENROL", "招生入学", "N", "7"},
    {"JY-TRAINING", "校外培训", "N", "7"},
    {"ZX", "政策咨询", "N", ""},
    {"ZX-POLICY", "政策咨询", "N", "3"},
  };

  /** code, name, level, station code (streets) */
  static final String[][] AREAS = {
    {"CG", "城关区", "DISTRICT", null},
    {"CG-CG", "城关街道", "STREET", "PS-CHENGGUAN"},
    {"CG-CG-01", "中心社区", "COMMUNITY", null},
    {"CG-CG-02", "人民路社区", "COMMUNITY", null},
    {"CG-DG", "东关街道", "STREET", "PS-DONGGUAN"},
    {"CG-DG-01", "幸福社区", "COMMUNITY", null},
    {"CG-DG-02", "和平社区", "COMMUNITY", null},
    {"CG-XG", "西关街道", "STREET", "PS-XIGUAN"},
    {"CG-XG-01", "建设社区", "COMMUNITY", null},
    {"CG-XG-02", "文化社区", "COMMUNITY", null},
    {"CG-NJ", "南郊街道", "STREET", "PS-NANJIAO"},
    {"CG-NJ-01", "新华社区", "COMMUNITY", null},
    {"CG-NJ-02", "南郊村", "COMMUNITY", null},
    {"CG-BJ", "北郊街道", "STREET", "PS-BEIJIAO"},
    {"CG-BJ-01", "北郊社区", "COMMUNITY", null},
    {"CG-BJ-02", "东方社区", "COMMUNITY", null},
    {"JK", "经济开发区", "DISTRICT", null},
    {"JK-GX", "高新街道", "STREET", "PS-KAIFAQU"},
    {"JK-GX-01", "创业社区", "COMMUNITY", null},
    {"JK-GX-02", "科技社区", "COMMUNITY", null},
    {"JK-GT", "高铁新城", "STREET", "PS-GAOTIE"},
    {"JK-GT-01", "站前社区", "COMMUNITY", null},
    {"XZ", "北部乡镇", "DISTRICT", null},
    {"XZ-QT", "桥头镇", "STREET", "PS-QIAOTOU"},
    {"XZ-QT-01", "桥头村", "COMMUNITY", null},
    {"XZ-QT-02", "河湾村", "COMMUNITY", null},
    {"XZ-LJ", "李家镇", "STREET", "PS-LIJIA"},
    {"XZ-LJ-01", "李家村", "COMMUNITY", null},
    {"XZ-LJ-02", "王庄村", "COMMUNITY", null},
  };

  /** username, display name, unit code, role */
  static final String[][] USERS = {
    {"operator", "话务员 王芳", "RXZX", "OPERATOR"},
    {"dispatcher", "派单员 李强", "RXZX", "DISPATCHER"},
    {"officer", "民警 张伟", "PS-CHENGGUAN", "OFFICER"},
    {"chief", "所长 刘洋", "PS-CHENGGUAN", "CHIEF"},
    {"officer2", "民警 陈静", "PS-DONGGUAN", "OFFICER"},
    {"agency", "城管承办人 赵磊", "AG-URBAN", "AGENCY"},
    {"callback", "回访员 孙丽", "RXZX", "CALLBACK"},
    {"director", "办公室主任 周涛", "GA", "DIRECTOR"},
    {"leader", "局领导 吴军", "GA", "LEADER"},
    {"admin", "系统管理员", "GA", "ADMIN"},
  };

  @Inject
  private UnitRepository units;

  @Inject
  private CategoryRepository categories;

  @Inject
  private AreaRepository areas;

  @Inject
  private UserRepository users;

  @Inject
  private PasswordHasher hasher;

  void load() {
    Map<String, Unit> unitsByCode = new HashMap<>();
    int order = 0;
    for (String[] u : UNITS) {
      Unit unit = new Unit(u[0], u[1], UnitKind.valueOf(u[2]), unitsByCode.get(u[3]), order++);
      units.save(unit);
      unitsByCode.put(u[0], unit);
    }
    Map<String, Category> categoriesByCode = new HashMap<>();
    for (String[] c : CATEGORIES) {
      boolean leaf = !c[3].isEmpty();
      String parentCode = leaf ? c[0].substring(0, c[0].indexOf('-')) : null;
      Category category = new Category(c[0], c[1], categoriesByCode.get(parentCode), "P".equals(c[2]),
          leaf ? Integer.parseInt(c[3]) : 0, leaf);
      categories.save(category);
      categoriesByCode.put(c[0], category);
    }
    Map<String, Area> areasByCode = new HashMap<>();
    for (String[] a : AREAS) {
      String code = a[0];
      String parentCode = code.contains("-") ? code.substring(0, code.lastIndexOf('-')) : null;
      Area area = new Area(code, a[1], areasByCode.get(parentCode), AreaLevel.valueOf(a[2]), unitsByCode.get(a[3]));
      areas.save(area);
      areasByCode.put(code, area);
    }
    for (String[] u : USERS) {
      users.save(new AppUser(u[0], u[1], hasher.hash(DEMO_PASSWORD.toCharArray()), unitsByCode.get(u[2]), EnumSet.of(Role.valueOf(u[3]))));
    }
  }
}
