package com.aidloop.award.running;

import com.aidloop.award.domain.RowLookups;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.PayingRules;
import com.aidloop.region.LoadedCounty;
import com.aidloop.region.NameLookup;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.RegisteredCard;
import com.aidloop.registry.RegisteredCards;
import com.aidloop.registry.StudentChecks;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The look-ups of one import, each asked of its module once per distinct value: a roster of
 * 100,000 rows names a few dozen schools, townships and a few hundred villages.
 */
final class CachedLookups implements RowLookups {

    private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");
    private static final Pattern VILLAGE_CODE = Pattern.compile("\\d{12}");

    private final SchoolManagement schools;
    private final RegionManagement regions;
    private final RegisteredCards cards;
    private final PayingRules payingRules;
    private final Term term;
    private final DataScope scope;
    private final Map<String, Boolean> paidByCard = new ConcurrentHashMap<>();
    private final Map<String, Optional<SchoolView>> schoolsByCode = new ConcurrentHashMap<>();
    private final Map<String, String> countyNames = new ConcurrentHashMap<>();
    private final Map<String, NameLookup> lookups = new ConcurrentHashMap<>();
    private volatile Set<String> villagesLoaded;

    CachedLookups(JobContext context, Term term, DataScope scope) {
        this.schools = context.schools();
        this.regions = context.regions();
        this.cards = context.registeredCards();
        this.payingRules = context.payingRules();
        this.term = term;
        this.scope = scope;
    }

    @Override
    public Optional<SchoolView> school(String code) {
        return schoolsByCode.computeIfAbsent(code, schools::byCode);
    }

    @Override
    public String countyName(String countyCode) {
        return countyNames.computeIfAbsent(
                countyCode, c -> regions.find(c).map(Region::name).orElse(c));
    }

    @Override
    public NameLookup township(String countyCode, String typed) {
        return lookups.computeIfAbsent(
                "T" + countyCode + "|" + typed,
                k -> TOWNSHIP_CODE.matcher(typed).matches()
                        ? byCode(countyCode, typed, RegionLevel.TOWNSHIP)
                        : regions.lookup(countyCode, typed));
    }

    @Override
    public NameLookup village(String townshipCode, String typed) {
        return lookups.computeIfAbsent(
                "V" + townshipCode + "|" + typed,
                k -> VILLAGE_CODE.matcher(typed).matches()
                        ? byCode(townshipCode, typed, RegionLevel.VILLAGE)
                        : regions.lookup(townshipCode, typed));
    }

    @Override
    public boolean villagesLoaded(String countyCode) {
        Set<String> loaded = villagesLoaded;
        if (loaded == null) {
            loaded = regions.loadedCounties().stream()
                    .map(LoadedCounty::county)
                    .map(Region::code)
                    .collect(Collectors.toSet());
            villagesLoaded = loaded;
        }
        return loaded.contains(countyCode);
    }

    @Override
    public List<FieldProblem> identityProblems(StudentInput student) {
        return StudentChecks.problemsOf(student);
    }

    /** Asked only for rows without a card, each once: a roster rarely leaves many cards blank. */
    @Override
    public Optional<RegisteredCard> registeredCard(String idNumber) {
        return cards.of(idNumber, scope);
    }

    @Override
    public boolean paidByCard(String programmeCode) {
        return paidByCard.computeIfAbsent(
                programmeCode, code -> !payingRules.channelOf(code, term).settledWithSchool());
    }

    /** A typed code counts only inside its parent and at the expected level. */
    private NameLookup byCode(String parentCode, String code, RegionLevel level) {
        if (!code.startsWith(parentCode)) {
            return new NameLookup.NotFound(List.of());
        }
        return regions.find(code)
                .filter(r -> r.level() == level && r.code().equals(code))
                .<NameLookup>map(NameLookup.Found::new)
                .orElseGet(() -> new NameLookup.NotFound(List.of()));
    }
}
