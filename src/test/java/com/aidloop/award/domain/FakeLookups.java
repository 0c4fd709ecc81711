package com.aidloop.award.domain;

import com.aidloop.region.NameLookup;
import com.aidloop.region.Region;
import com.aidloop.registry.RegisteredCard;
import com.aidloop.registry.StudentChecks;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.Ownership;
import com.aidloop.school.SchoolView;
import com.aidloop.school.Stage;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.RegionLevel;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo county's look-ups without a database: a few schools of 平江县, the townships 三市镇 and
 * 安定镇 with two villages each, and the registry's real identity rules.
 */
final class FakeLookups implements RowLookups {

    static final SchoolView SANSHI_PRIMARY = school(11, "2143062611", "平江县三市镇中心小学", "430626102", Stage.PRIMARY);
    static final SchoolView ANDING_PRIMARY = school(12, "2143062612", "平江县安定镇中心小学", "430626101", Stage.PRIMARY);
    static final SchoolView FIRST_HIGH = school(1, "2143062601", "平江县第一中学", "430626001", Stage.SENIOR_HIGH);
    static final SchoolView NINE_YEAR =
            school(17, "2143062617", "平江县福寿山镇九年一贯制学校", "430626115", Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
    static final SchoolView OTHER_COUNTY = school(99, "2143062499", "湘阴县城关小学", "430624001", Stage.PRIMARY);

    static final Region SANSHI = new Region("430626102", "三市镇", RegionLevel.TOWNSHIP, "430626");
    static final Region ANDING = new Region("430626101", "安定镇", RegionLevel.TOWNSHIP, "430626");
    static final Region YUETIAN = new Region("430626102201", "月田村", RegionLevel.VILLAGE, "430626102");
    static final Region SANSHI_COMMUNITY = new Region("430626102001", "三市社区", RegionLevel.VILLAGE, "430626102");

    private static final Map<String, SchoolView> SCHOOLS = Map.of(
            SANSHI_PRIMARY.code(),
            SANSHI_PRIMARY,
            ANDING_PRIMARY.code(),
            ANDING_PRIMARY,
            FIRST_HIGH.code(),
            FIRST_HIGH,
            NINE_YEAR.code(),
            NINE_YEAR,
            OTHER_COUNTY.code(),
            OTHER_COUNTY);

    boolean villagesLoaded = true;

    /** Aid cards on registry records, by normalised ID number. */
    final Map<String, RegisteredCard> registeredCards = new HashMap<>();

    /** Programmes paid to the school or in kind. */
    final Set<String> settledWithSchool = new HashSet<>();

    private static SchoolView school(long id, String code, String name, String township, Stage first, Stage... more) {
        return new SchoolView(id, code, name, EnumSet.of(first, more), Ownership.PUBLIC, township, 0);
    }

    @Override
    public Optional<SchoolView> school(String code) {
        return Optional.ofNullable(SCHOOLS.get(code));
    }

    @Override
    public String countyName(String countyCode) {
        return countyCode.equals("430626") ? "平江县" : "湘阴县";
    }

    @Override
    public NameLookup township(String countyCode, String typed) {
        return switch (typed) {
            case "三市镇", "三市", "430626102" -> new NameLookup.Found(SANSHI);
            case "安定镇", "安定" -> new NameLookup.Found(ANDING);
            case "安市镇" -> new NameLookup.Ambiguous(List.of(ANDING, SANSHI));
            default -> new NameLookup.NotFound(typed.contains("三") ? List.of(SANSHI) : List.of());
        };
    }

    @Override
    public NameLookup village(String townshipCode, String typed) {
        if (!townshipCode.equals(SANSHI.code())) {
            return new NameLookup.NotFound(List.of());
        }
        return switch (typed) {
            case "月田村", "月田" -> new NameLookup.Found(YUETIAN);
            case "三市社区" -> new NameLookup.Found(SANSHI_COMMUNITY);
            default -> new NameLookup.NotFound(typed.contains("田") ? List.of(YUETIAN) : List.of());
        };
    }

    @Override
    public boolean villagesLoaded(String countyCode) {
        return villagesLoaded;
    }

    @Override
    public List<FieldProblem> identityProblems(StudentInput student) {
        return StudentChecks.problemsOf(student);
    }

    @Override
    public Optional<RegisteredCard> registeredCard(String idNumber) {
        return Optional.ofNullable(registeredCards.get(idNumber));
    }

    @Override
    public boolean paidByCard(String programmeCode) {
        return !settledWithSchool.contains(programmeCode);
    }
}
