package com.aidloop.comparison.worklist;

import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable parts of the worklists. The programme catalogue has no "need-based" flag, so
 * the kinds of programme that count as aid to a family in difficulty are named here (国家助学金,
 * 免学（杂）费, 生活补助, 学前资助, 地方项目 by default; 奖学金, 营养改善 and 社会资助 are not);
 * 四项比对 looks at the aid of {@link #recentTerms}; a vehicle above the price, or more properties than the number, puts a household on 四项比对; a
 * sibling of an age between the two bounds (on 1 September of the school year) who is in no school
 * is a child of school age (疑似失学或外地就读).
 */
@Component
public class WorklistRules {

    private final List<String> needBasedKinds;
    private final BigDecimal vehiclePriceAbove;
    private final int propertiesAbove;
    private final int schoolAgeFrom;
    private final int schoolAgeTo;

    WorklistRules(
            @Value(
                            "${aidloop.comparison.need-based-kinds:NATIONAL_GRANT,FEE_WAIVER,LIVING_SUBSIDY,PRESCHOOL_AID,LOCAL_AID}")
                    List<String> needBasedKinds,
            @Value("${aidloop.comparison.vehicle-price-above:150000}") BigDecimal vehiclePriceAbove,
            @Value("${aidloop.comparison.properties-above:2}") int propertiesAbove,
            @Value("${aidloop.comparison.school-age-from:6}") int schoolAgeFrom,
            @Value("${aidloop.comparison.school-age-to:17}") int schoolAgeTo) {
        this.needBasedKinds = List.copyOf(needBasedKinds);
        this.vehiclePriceAbove = vehiclePriceAbove;
        this.propertiesAbove = propertiesAbove;
        this.schoolAgeFrom = schoolAgeFrom;
        this.schoolAgeTo = schoolAgeTo;
    }

    public List<String> needBasedKinds() {
        return needBasedKinds;
    }

    public BigDecimal vehiclePriceAbove() {
        return vehiclePriceAbove;
    }

    public int propertiesAbove() {
        return propertiesAbove;
    }

    /**
     * The terms whose aid a 四项比对 looks at, and a decision acts on: the school year's terms and
     * the term before the current one (money paid last term can still be recovered).
     */
    public static List<Term> recentTerms(LocalDate today) {
        Term current = Term.of(today);
        TreeSet<Term> terms = new TreeSet<>(current.schoolYearTerms());
        terms.add(current.previous());
        return List.copyOf(terms);
    }

    /** Whether a person born on the day is of school age in the school year that starts in the autumn of the year. */
    public boolean schoolAge(LocalDate birth, int schoolYear) {
        return schoolAge(ageOn(birth, schoolYear));
    }

    /** Whether an age on 1 September of the school year is school age. */
    public boolean schoolAge(int age) {
        return age >= schoolAgeFrom && age <= schoolAgeTo;
    }

    /** The age in whole years on 1 September of the school year. */
    public int ageOn(LocalDate birth, int schoolYear) {
        return Period.between(birth, LocalDate.of(schoolYear, 9, 1)).getYears();
    }
}
