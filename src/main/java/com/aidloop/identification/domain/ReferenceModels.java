package com.aidloop.identification.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The two reference models shipped with the platform, built from the domain brief §2
 * ("Scoring examples"). Nobody changes them; a province or county adopts one as its own variant
 * and fills in what the published tables leave open (null points, cut-offs, the 低保 line).
 */
public final class ReferenceModels {

    public static final String JIANGSU_2020 = "REF-JS-2020";
    public static final String DIBAO_MULTIPLES = "REF-DIBAO";

    private static final String BASIC = "基本信息";
    private static final String FAMILY_TYPE = "家庭类型";
    private static final String MEMBERS = "家庭成员情况";

    private ReferenceModels() {}

    public static List<IndicatorModel> all() {
        return List.of(jiangsu2020(), dibaoMultiples());
    }

    /**
     * 江苏省学生家庭经济信息采集量化指标体系（2020年春季学期修订）, additive points (brief §2 [S40]).
     * Points the captured table leaves blank are null; its level cut-offs were not captured (⚠), so
     * the model has none: scoring gives the total and says the cut-offs are not set.
     */
    public static IndicatorModel jiangsu2020() {
        List<Indicator> indicators = jiangsuIndicators();
        List<DirectGroup> groups = List.of(
                new DirectGroup("JIANDANG", "建档立卡家庭子女"),
                new DirectGroup("DIBAO", "低保家庭子女"),
                new DirectGroup("TEKUN", "特困救助供养学生"),
                new DirectGroup("YOUFU", "享受国家定期抚恤补助的优抚对象子女"),
                new DirectGroup("JINGCHA", "因公牺牲警察子女"),
                new DirectGroup("GUER", "孤儿"),
                new DirectGroup("KUNJING", "困境儿童"),
                new DirectGroup("TEKUN_ZHIGONG", "特困职工家庭子女"));
        ModelRules rules = new ModelRules(
                indicators,
                List.of(new GroupCap(FAMILY_TYPE, new BigDecimal(100), "家庭类型此项合并最高得100分")),
                List.of(),
                groups,
                DifficultyLevel.SPECIAL,
                null);
        return new IndicatorModel(
                null,
                JIANGSU_2020,
                1,
                "江苏省量化指标体系（2020年春季学期修订）",
                ModelOwner.REFERENCE,
                2019,
                ModelStatus.PUBLISHED,
                null,
                "domain-brief §2 [S40] 江苏省学生家庭经济信息采集量化指标体系（2020年春季学期修订），wfxy.jscj.edu.cn/2020/0608/c1342a39436/page.htm；"
                        + "原表中8类特殊群体各计100分，本平台按直接认定处理；空白分值与档次分数线原表未载明，须本地填写",
                rules);
    }

    /**
     * Levels by multiples of the local 低保 line (brief §2 "Rule-based levels" [S37]): 特别困难
     * for special groups, major illness or disaster; 比较困难 up to 50 % above the line; 一般困难
     * 51-100 % above it. The rules are written as points with cut-offs (30 / 20 / 10) so that one
     * scoring explains both models. The 低保 line is a local setting, not set here.
     */
    public static IndicatorModel dibaoMultiples() {
        List<Indicator> indicators = List.of(
                new BandIndicator(
                        "INCOME_MULTIPLE",
                        "家庭人均年收入相当于本地低保标准的倍数",
                        "收入",
                        BandIndicator.Basis.MULTIPLE_OF_DIBAO,
                        List.of(
                                new BandIndicator.Band(
                                        new BigDecimal("1.50"), new BigDecimal(20), "不高于低保标准的1.5倍（高出50%以内）：比较困难，20分"),
                                new BandIndicator.Band(
                                        new BigDecimal("2.00"),
                                        new BigDecimal(10),
                                        "高于1.5倍、不高于2倍（高出51%至100%）：一般困难，10分"),
                                new BandIndicator.Band(null, BigDecimal.ZERO, "高于低保标准的2倍：不计分"))),
                new YesNoIndicator("MAJOR_ILLNESS", "家庭成员患重大疾病", "特殊情形", new BigDecimal(30), "家庭成员患重大疾病：特别困难，30分"),
                new YesNoIndicator(
                        "DISASTER", "家庭遭受重大自然灾害或突发意外事件", "特殊情形", new BigDecimal(30), "遭受重大自然灾害或突发意外：特别困难，30分"));
        ModelRules rules = new ModelRules(
                indicators,
                List.of(new GroupCap("特殊情形", new BigDecimal(30), "特殊情形合并最高30分")),
                List.of(
                        new CutOff(DifficultyLevel.SPECIAL, new BigDecimal(30)),
                        new CutOff(DifficultyLevel.FAIRLY, new BigDecimal(20)),
                        new CutOff(DifficultyLevel.GENERAL, new BigDecimal(10))),
                List.of(
                        new DirectGroup("TUOPIN", "脱贫户"),
                        new DirectGroup("FANGFANPIN", "防返贫监测对象"),
                        new DirectGroup("DISHOURU", "低收入人口"),
                        new DirectGroup("DIBAO", "城乡低保"),
                        new DirectGroup("TEKUN", "特困供养"),
                        new DirectGroup("GUER", "孤儿及事实无人抚养儿童"),
                        new DirectGroup("CANJI", "持证残疾人（学生本人或父母）"),
                        new DirectGroup("LIESHI", "烈士子女")),
                DifficultyLevel.SPECIAL,
                null);
        return new IndicatorModel(
                null,
                DIBAO_MULTIPLES,
                1,
                "按低保标准倍数认定",
                ModelOwner.REFERENCE,
                2018,
                ModelStatus.PUBLISHED,
                null,
                "domain-brief §2 [S37] tianhezz.net/article_81296.html（按低保标准倍数分档）；直接认定群体按 [S42][S30]；"
                        + "收入不高于低保标准而未纳入低保的，按比较困难计（原文未载明）；本地低保标准须本地填写",
                rules);
    }

    private static List<Indicator> jiangsuIndicators() {
        return List.of(
                choice(
                        "HOME_REGION",
                        "入学前户籍所在地（地域差异）",
                        BASIC,
                        c("苏北地区、西部省份", 10),
                        c("苏中地区、中部省份", 7),
                        c("苏南地区、东部省份", 5),
                        c("集中连片特困地区", 15)),
                choice("RESIDENCE", "家庭住址（城乡差异）", BASIC, c("县城及农村", 3), c("地级市所辖区", 1)),
                choice("OWN_HEALTH", "本人健康状况", BASIC, c("良好", 0), c("一般", null), c("身体残疾", 50), c("有严重疾病", 30)),
                choice(
                        "FAMILY_TYPE",
                        "家庭类型",
                        FAMILY_TYPE,
                        c("单亲家庭子女（父母一方去世）", 40),
                        c("单亲家庭子女（父母离异且一方抚养）", 20),
                        c("单亲家庭子女（父母离异且双方抚养）", null),
                        none()),
                choice("FATHER_JOB", "父亲职业", MEMBERS, jobs()),
                choice("MOTHER_JOB", "母亲职业", MEMBERS, jobs()),
                choice(
                        "SIBLING_HEALTH",
                        "兄弟姐妹健康状况",
                        MEMBERS,
                        none(),
                        c("有1个兄弟姐妹身体残疾或重病", 8),
                        c("有2个兄弟姐妹身体残疾或重病", null),
                        c("有3个及以上兄弟姐妹身体残疾或重病", null)),
                choice("SIBLINGS_COMPULSORY", "兄弟姐妹在读义务教育学段", MEMBERS, siblings("义务教育学段")),
                choice("SIBLINGS_NON_COMPULSORY", "兄弟姐妹在读非义务教育学段", MEMBERS, siblings("非义务教育学段")));
    }

    private static ChoiceIndicator choice(String code, String name, String group, ChoiceIndicator.Choice... choices) {
        return new ChoiceIndicator(code, name, group, List.of(choices));
    }

    private static ChoiceIndicator.Choice c(String label, Integer points) {
        return new ChoiceIndicator.Choice(label, points == null ? null : new BigDecimal(points), null);
    }

    private static ChoiceIndicator.Choice none() {
        return new ChoiceIndicator.Choice("以上均不是", BigDecimal.ZERO, "以上均不是：不计分");
    }

    /** The ten job choices of the collection form; the table gives points for three of them. */
    private static ChoiceIndicator.Choice[] jobs() {
        return new ChoiceIndicator.Choice[] {
            c("无业人员（无收入）", null),
            c("农村务农", null),
            c("劳力工人（技术含量较低）", 6),
            c("技术性工人", 4),
            c("个体户或自主创业者", null),
            c("一般管理人员或技术人员", null),
            c("中层及以上管理人员或技术人员", -2),
            c("自由职业者", null),
            c("军人", null),
            c("退休", null)
        };
    }

    private static ChoiceIndicator.Choice[] siblings(String stage) {
        List<ChoiceIndicator.Choice> choices = new ArrayList<>();
        choices.add(none());
        for (String count : List.of("1个", "2个", "3个及以上")) {
            choices.add(new ChoiceIndicator.Choice(
                    "有" + count + "兄弟姐妹在读" + stage,
                    null,
                    "有" + count + "兄弟姐妹在读" + stage + "：分值未载明；两学段可合并得分，原表例：一个小学一个高中得18分"));
        }
        return choices.toArray(ChoiceIndicator.Choice[]::new);
    }
}
