package org.hotline.application.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.hotline.domain.model.area.Area;
import org.hotline.domain.model.area.AreaLevel;
import org.hotline.domain.model.area.AreaRepository;
import org.hotline.domain.model.catalogue.CatalogueItem;
import org.hotline.domain.model.catalogue.CatalogueRepository;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.shared.BusinessTime;
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

  /** code, unit, title, duties, category codes, keywords (comma-separated) */
  static final String[][] CATALOGUE = {
    {"CAT-EDU-01", "AG-EDU", "中小学招生与学校管理", "负责义务教育阶段招生入学、学籍管理、学校办学行为和校园周边教育秩序的监督管理。", "JY-ENROL", "招生,入学,学位,学籍,学校,转学,择校"},
    {"CAT-EDU-02", "AG-EDU", "校外培训与体育场馆", "负责校外培训机构审批与监管、退费纠纷调处，公共体育场馆开放管理。", "JY-TRAINING", "培训机构,补习班,退费,辅导班,体育场馆,健身"},
    {"CAT-EMERGENCY-01", "AG-EMERGENCY", "安全生产与应急救援", "负责工矿商贸企业安全生产监管、危险化学品经营许可、自然灾害应急救助。", "", "安全生产,危险化学品,危化品,应急,灾害,救灾,煤气罐"},
    {"CAT-MARKET-01", "AG-MARKET", "食品药品安全", "负责食品生产经营、餐饮服务、药品零售和特种设备安全的监督管理。", "SC-FOOD", "食品,过期,变质,餐馆,饭店,外卖,药店,电梯"},
    {"CAT-MARKET-02", "AG-MARKET", "消费维权与价格监管", "负责消费者投诉举报处理、商品质量、计量和明码标价的监管。", "SC-CONSUMER", "消费,退货,退款,质量问题,商家,价格,缺斤少两,假货"},
    {"CAT-ECO-01", "AG-ECO", "环境污染防治", "负责大气、水、土壤和工业噪声污染的监督执法，建设项目环评监管。", "HJ-POLLUTION", "污染,排污,废气,废水,异味,黑烟,偷排,工业噪声"},
    {"CAT-URBAN-01", "AG-URBAN", "市容秩序与占道经营", "负责城市市容环境、占道经营、流动摊贩、违规户外广告的管理执法。", "CS-STALL", "占道经营,摊贩,流动摊,夜市,烧烤摊,广告牌,乱摆"},
    {"CAT-URBAN-02", "AG-URBAN", "建筑施工噪声与渣土", "负责夜间建筑施工噪声、渣土车抛洒、违法建设的查处。", "HJ-CONSTRUCTION-NOISE", "施工噪音,夜间施工,工地,渣土,违建,违法建设"},
    {"CAT-URBAN-03", "AG-URBAN", "环卫与垃圾清运", "负责城市道路清扫、生活垃圾收集清运和公厕管理。", "CS-GARBAGE", "垃圾,清运,环卫,公厕,垃圾桶,堆放"},
    {"CAT-HOUSING-01", "AG-HOUSING", "房屋质量与建筑市场", "负责商品房质量、建筑工程质量安全、房地产开发企业和中介的监管。", "WY-QUALITY", "房屋质量,漏水,开裂,开发商,交房,中介,二手房"},
    {"CAT-TRANSPORT-01", "AG-TRANSPORT", "道路运输与出租车", "负责道路客货运输、出租车和网约车、公交线路及公路养护的管理。", "", "出租车,网约车,公交,客运,拒载,绕路,公路,路面坑洼"},
    {"CAT-HEALTH-01", "AG-HEALTH", "医疗服务与公共卫生", "负责医疗机构执业、医疗纠纷调处、传染病防控和公共场所卫生监督。", "", "医院,医生,医疗,看病,疫苗,卫生,诊所,传染病"},
    {"CAT-HRSS-01", "AG-HRSS", "劳动保障监察", "负责拖欠工资、劳动合同、工伤认定等劳动保障监察和劳动争议仲裁。", "LD-WAGE", "拖欠工资,欠薪,工资,劳动合同,工伤,辞退,加班费"},
    {"CAT-HRSS-02", "AG-HRSS", "社会保险经办", "负责养老、失业、工伤保险的参保缴费和待遇发放。", "LD-INSURANCE", "社保,养老金,失业金,参保,缴费,退休"},
    {"CAT-CIVIL-01", "AG-CIVIL", "社会救助与婚姻殡葬", "负责最低生活保障、特困供养、流浪乞讨救助、婚姻登记和殡葬管理。", "", "低保,救助,流浪,乞讨,婚姻登记,殡葬,养老院"},
    {"CAT-NATRES-01", "AG-NATRES", "土地与矿产管理", "负责土地利用、不动产登记、违法占地和非法采矿的查处。", "", "土地,占地,不动产,房产证,采矿,挖沙"},
    {"CAT-WATER-01", "AG-WATER", "水利与河道管理", "负责河道、水库、防汛和农村饮水工程的管理。", "", "河道,水库,防汛,堤坝,非法采砂,灌溉"},
    {"CAT-AGRI-01", "AG-AGRI", "农业农村", "负责农资质量、动物防疫、农村宅基地和农业补贴的管理。", "", "农药,化肥,种子,动物防疫,宅基地,补贴,养殖"},
    {"CAT-COMMERCE-01", "AG-COMMERCE", "商贸流通", "负责商场超市、预付卡经营、成品油零售和市场运行的监管。", "", "预付卡,会员卡,超市,商场,加油站"},
    {"CAT-CULTURE-01", "AG-CULTURE", "文化市场与旅游", "负责网吧、歌舞娱乐场所、旅行社和景区服务的监管。", "", "网吧,KTV,歌厅,旅行社,导游,景区,门票"},
    {"CAT-MEDINS-01", "AG-MEDINS", "医疗保障", "负责医保参保、报销、异地就医备案和医保基金监管。", "LD-INSURANCE", "医保,报销,异地就医,医保卡,骗保"},
    {"CAT-TAX-01", "AG-TAX", "税费服务", "负责税费征收、发票管理和涉税咨询。", "", "发票,税,个税,纳税,退税"},
    {"CAT-DRC-01", "AG-DRC", "价格与项目", "负责政府定价管理、重大项目和粮油保供。", "", "物价,政府定价,项目审批,粮油"},
    {"CAT-JUSTICE-01", "AG-JUSTICE", "法律援助与人民调解", "负责法律援助、人民调解、社区矫正和律师公证管理。", "ZA-DISPUTE", "法律援助,调解,律师,公证,社区矫正"},
    {"CAT-VETERANS-01", "AG-VETERANS", "退役军人服务", "负责退役军人安置、优抚待遇和权益保障。", "", "退役军人,优抚,安置,军属"},
    {"CAT-FORESTRY-01", "AG-FORESTRY", "林业与野生动物", "负责森林资源、林木采伐、野生动物保护的管理。", "", "砍树,林木,森林,野生动物,捕鸟"},
    {"CAT-PETITION-01", "AG-PETITION", "信访事项", "负责信访事项的登记、转送和督办。", "", "信访,上访"},
    {"CAT-FIRE-01", "AG-FIRE", "消防监督与救援", "负责社会单位消防安全检查、火灾隐患和消防通道的监督执法，火灾扑救和抢险救援。", "XF-HAZARD,XF-PASSAGE", "消防,火灾隐患,消防通道,灭火器,电动车充电,飞线充电"},
    {"CAT-PROPERTY-01", "AG-PROPERTY", "物业服务监管", "负责物业服务企业监管、物业费和公共维修资金纠纷调处、业委会指导。", "WY-PROPERTY", "物业,物业费,业委会,维修基金,小区管理,保安"},
    {"CAT-POWER-01", "AG-POWER", "供电服务", "负责供电线路运行维护、停电抢修、电费和用电报装。", "SD-POWER", "停电,断电,电费,电表,电线,跳闸,供电"},
    {"CAT-WATERCO-01", "AG-WATERCO", "供水服务", "负责城区供水管网运行、停水抢修、水质和水费。", "SD-WATER", "停水,水压,水质,水费,水管爆裂,自来水"},
    {"CAT-GAS-01", "AG-GAS", "燃气服务", "负责管道燃气供应、燃气泄漏抢险、燃气费和入户安检。", "SD-GAS", "燃气,天然气,煤气,漏气,燃气费"},
    {"CAT-TELECOM-01", "AG-TELECOM", "通信服务", "负责固话宽带、移动通信服务质量和通信线路、基站管理。", "", "宽带,网络,手机信号,话费,基站,光纤"},
    {"CAT-ST-DONGGUAN-01", "AG-ST-DONGGUAN", "东关街道属地管理", "负责东关街道辖区内邻里纠纷调处、社区环境和属地综合治理。", "", "东关,社区,邻里,楼道堆物,属地"},
    {"CAT-ST-XIGUAN-01", "AG-ST-XIGUAN", "西关街道属地管理", "负责西关街道辖区内邻里纠纷调处、社区环境和属地综合治理。", "", "西关,社区,邻里,楼道堆物,属地"},
    {"CAT-TOWN-QIAOTOU-01", "AG-TOWN-QIAOTOU", "桥头镇属地管理", "负责桥头镇辖区村务、土地承包纠纷和农村人居环境整治。", "", "桥头镇,村委会,土地承包,村务,农村环境"},
    {"CAT-TOWN-LIJIA-01", "AG-TOWN-LIJIA", "李家镇属地管理", "负责李家镇辖区村务、土地承包纠纷和农村人居环境整治。", "", "李家镇,村委会,土地承包,村务,农村环境"},
    {"CAT-DATA-01", "AG-DATA", "政务服务与数据", "负责政务服务平台、一网通办和政务数据共享。", "ZX-POLICY", "政务服务,一网通办,办事大厅,政策咨询"},
    {"CAT-PS-01", "PS-CHENGGUAN", "城关辖区治安", "负责城关街道辖区治安管理、矛盾纠纷化解、社会生活噪声和养犬管理。", "ZA-DISPUTE,ZA-NOISE,ZA-DOG", "城关,打架,纠纷,噪音,狗,盗窃"},
    {"CAT-PS-02", "PS-DONGGUAN", "东关辖区治安", "负责东关街道辖区治安管理、矛盾纠纷化解、社会生活噪声和养犬管理。", "ZA-DISPUTE,ZA-NOISE,ZA-DOG", "东关,打架,纠纷,噪音,狗,盗窃"},
    {"CAT-JIAOJING-01", "BR-JIAOJING", "道路交通管理", "负责道路交通秩序、违法停车、交通事故处理和机动车驾驶证业务。", "JT-PARKING,JT-ACCIDENT,JT-LICENSE,JT-SIGNAL", "违停,堵路,交通事故,驾驶证,车牌,红绿灯,信号灯"},
    {"CAT-CRJ-01", "BR-CRJ", "出入境管理", "负责护照、港澳台通行证办理和外国人居留管理。", "CRJ-PASSPORT,CRJ-FOREIGNER", "护照,港澳通行证,签注,外国人,居留"},
    {"CAT-HUZHENG-01", "BR-HUZHENG", "户籍与身份证", "负责户口登记迁移、居民身份证办理。", "HZ-HUKOU,HZ-IDCARD", "户口,迁移,落户,身份证,补办"},
    {"CAT-XINGZHEN-01", "BR-XINGZHEN", "刑事案件侦办", "负责刑事案件侦查和案件进展答复。", "XZ-PROGRESS,XZ-CLUE", "案件,报案,立案,进展,诈骗,盗窃"},
    {"CAT-JINDU-01", "BR-JINDU", "禁毒", "负责涉毒线索核查和禁毒宣传。", "XZ-DRUG", "吸毒,贩毒,毒品"},
    {"CAT-ZHIAN-01", "BR-ZHIAN", "治安管理", "负责涉赌涉黄线索、特种行业和公共场所治安管理。", "ZA-GAMBLING,ZA-FRAUD", "赌博,卖淫,旅馆,娱乐场所,诈骗"},
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

  @Inject
  private CatalogueRepository catalogue;

  private static java.util.List<String> split(String joined) {
    return joined.isEmpty() ? java.util.List.of() : java.util.List.of(joined.split(","));
  }

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
    for (String[] c : CATALOGUE) {
      CatalogueItem item = new CatalogueItem(c[0], unitsByCode.get(c[1]));
      catalogue.add(item);
      catalogue.addVersion(item.revise(c[2], c[3], split(c[4]), split(c[5]), false, "system",
          BusinessTime.now(), "初始职责清单 initial catalogue"));
    }
    for (String[] u : USERS) {
      users.save(new AppUser(u[0], u[1], hasher.hash(DEMO_PASSWORD.toCharArray()), unitsByCode.get(u[2]), EnumSet.of(Role.valueOf(u[3]))));
    }
  }
}
