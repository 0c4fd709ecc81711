package com.aidloop.programme;

import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.domain.ProgrammeFacts;
import com.aidloop.programme.domain.StandardEntry;
import com.aidloop.school.Stage;
import com.aidloop.shared.Term;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A catalogue built in memory like the seeded one, for unit tests of resolution, checks and dating. */
public final class Catalogues {

    /** When the fixtures' standards were recorded. */
    public static final Instant RECORDED = Instant.parse("2026-01-05T02:00:00Z");

    private Catalogues() {}

    public static Programme programme(
            String code, String name, String aliases, String semesters, String firstTerm, Stage... stages) {
        ProgrammeFacts facts = ProgrammeFacts.parse(new ProgrammeInput(
                code,
                name,
                aliases,
                Arrays.stream(stages).map(Stage::name).toList(),
                semesters,
                "OTHER",
                "NATIONAL",
                firstTerm,
                "",
                ""));
        return Programme.open(CatalogueOwner.NATIONAL, facts, RECORDED, "county");
    }

    public static Programme fixed(Programme p, String tier, String validFrom, String amount) {
        return record(p, new StandardInput(tier, "", validFrom, amount, "", "", false, "", ""), RECORDED);
    }

    public static Programme record(Programme p, StandardInput input, Instant at) {
        p.recordStandard(StandardEntry.parse(input, p.tiers()), at, "county", "county2");
        return p;
    }

    /** The seeded national programmes that the tests lean on, with their history. */
    public static List<Programme> national() {
        return List.of(
                seniorHighGrant(),
                vocationalGrant(),
                higherGrant(),
                higherScholarship(),
                livingSubsidy("PRIMARY_LIVING_SUBSIDY", Stage.PRIMARY, "500", "250"),
                livingSubsidy("JUNIOR_LIVING_SUBSIDY", Stage.JUNIOR_SECONDARY, "625", "312.50"),
                nutrition(),
                countyRelief());
    }

    /** 普通高中国家助学金: three tiers since 2019, raised in 2025. */
    private static Programme seniorHighGrant() {
        Programme seniorHigh = programme(
                "SENIOR_HIGH_NATIONAL_GRANT",
                "国家助学金",
                "普通高中国家助学金、普高国家助学金、高中国家助学金",
                "BOTH",
                "2019-SPRING",
                Stage.SENIOR_HIGH);
        for (String[] t : new String[][] {{"一档", "1500", "1750"}, {"二档", "1000", "1150"}, {"三档", "500", "600"}}) {
            fixed(seniorHigh, t[0], "2019-SPRING", t[1]);
            fixed(seniorHigh, t[0], "2025-SPRING", t[2]);
        }
        return seniorHigh;
    }

    /** 中职国家助学金: one standard until 2025, then three tiers. */
    private static Programme vocationalGrant() {
        Programme vocational = programme(
                "VOCATIONAL_NATIONAL_GRANT", "国家助学金", "中职国家助学金,中职助学金", "BOTH", "2019-SPRING", Stage.VOCATIONAL);
        fixed(vocational, "标准", "2019-SPRING", "1000");
        record(vocational, new StandardInput("标准", "", "2025-SPRING", "", "", "", true, "改为分档", ""), RECORDED);
        fixed(vocational, "一档", "2025-SPRING", "1750");
        fixed(vocational, "二档", "2025-SPRING", "1150");
        fixed(vocational, "三档", "2025-SPRING", "600");
        return vocational;
    }

    private static Programme higherGrant() {
        Programme higherGrant =
                programme("HIGHER_NATIONAL_GRANT", "国家助学金", "本专科国家助学金", "BOTH", "2019-AUTUMN", Stage.HIGHER);
        fixed(higherGrant, "一档", "2024-AUTUMN", "2500");
        return higherGrant;
    }

    /** 国家奖学金: autumn only, raised in 2024. */
    private static Programme higherScholarship() {
        Programme scholarship =
                programme("HIGHER_NATIONAL_SCHOLARSHIP", "国家奖学金", "本专科国家奖学金", "AUTUMN", "2019-AUTUMN", Stage.HIGHER);
        fixed(scholarship, "标准", "2019-AUTUMN", "8000");
        fixed(scholarship, "标准", "2024-AUTUMN", "10000");
        return scholarship;
    }

    /** 义务教育家庭经济困难学生生活补助 of a stage: boarders since spring 2019, day pupils since autumn 2019. */
    private static Programme livingSubsidy(String code, Stage stage, String boarders, String dayPupils) {
        String livingAliases = "家庭经济困难学生生活补助、两免一补生活补助、两免一补、生活补助、寄宿生生活补助";
        Programme living = programme(code, "义务教育家庭经济困难学生生活补助", livingAliases, "BOTH", "2019-SPRING", stage);
        fixed(living, "寄宿生", "2019-SPRING", boarders);
        fixed(living, "非寄宿生", "2019-AUTUMN", dayPupils);
        return living;
    }

    private static Programme nutrition() {
        Programme nutrition = programme(
                "RURAL_NUTRITION",
                "农村义务教育学生营养改善计划",
                "营养改善计划、营养餐、学生营养餐",
                "BOTH",
                "2019-SPRING",
                Stage.PRIMARY,
                Stage.JUNIOR_SECONDARY);
        fixed(nutrition, "标准", "2019-SPRING", "400");
        fixed(nutrition, "标准", "2021-AUTUMN", "500");
        return nutrition;
    }

    /** 县级困难学生临时救助: any amount from 200 to 2,000 yuan. */
    private static Programme countyRelief() {
        Programme relief = programme(
                "COUNTY_TEMPORARY_RELIEF",
                "县级困难学生临时救助",
                "临时救助",
                "BOTH",
                "2019-SPRING",
                Stage.PRIMARY,
                Stage.JUNIOR_SECONDARY,
                Stage.SENIOR_HIGH,
                Stage.VOCATIONAL);
        record(relief, new StandardInput("标准", "", "2019-SPRING", "", "200", "2000", false, "", ""), RECORDED);
        return relief;
    }

    public static Catalogue catalogue(String term) {
        return catalogue(national(), term, RECORDED);
    }

    public static Catalogue catalogue(List<Programme> programmes, String term, Instant at) {
        Term t = Term.parse(term);
        return new Catalogue(
                t,
                at,
                programmes.stream()
                        .filter(p -> p.knownAt(at))
                        .map(p -> p.inForce(t, at))
                        .toList());
    }
}
