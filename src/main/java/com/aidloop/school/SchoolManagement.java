package com.aidloop.school;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.internal.School;
import com.aidloop.school.internal.SchoolFacts;
import com.aidloop.school.internal.SchoolRepository;
import com.aidloop.school.internal.SchoolWriter;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schools as the rest of the platform uses them. Queries take the caller's {@link DataScope}: a
 * school outside it does not exist for that caller. Opening and revising a school is for county
 * staff (SCHOOL_EDIT, checked by the callers) and only inside their region; both are audited.
 */
@Service
@Transactional
public class SchoolManagement {

    /** The most schools a choice list (a select box, the school tree) offers at once. */
    public static final int CHOICES_MAX = 500;

    private final SchoolRepository schools;
    private final SchoolWriter writer;
    private final RegionManagement regions;
    private final AuditTrail audit;

    SchoolManagement(SchoolRepository schools, SchoolWriter writer, RegionManagement regions, AuditTrail audit) {
        this.schools = schools;
        this.writer = writer;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Paged<SchoolView> search(SchoolSearch search, DataScope scope, Paging paging) {
        return schools.search(search, scope, paging);
    }

    /** The school if the scope covers it; empty otherwise, without saying whether it exists. */
    @Transactional(readOnly = true)
    public Optional<SchoolView> find(long id, DataScope scope) {
        return schools.view(id).filter(s -> scope.coversSchool(s.id(), s.townshipCode()));
    }

    /** The schools of a scope for choice lists, at most {@link #CHOICES_MAX}, ordered by township. */
    @Transactional(readOnly = true)
    public List<SchoolView> choices(DataScope scope) {
        return schools.within(scope, CHOICES_MAX);
    }

    /**
     * A school regardless of scope, for modules that have already applied the caller's scope to
     * their own rows (the registry names the schools of the students it lists).
     */
    @Transactional(readOnly = true)
    public Optional<SchoolView> byId(long id) {
        return schools.view(id);
    }

    /** Several schools at once, regardless of scope, keyed by id (one query). */
    @Transactional(readOnly = true)
    public Map<Long, SchoolView> byIds(Collection<Long> ids) {
        return schools.findAll(ids);
    }

    /** A school by its identifier, regardless of scope, e.g. to resolve a column of an import. */
    @Transactional(readOnly = true)
    public Optional<SchoolView> byCode(String code) {
        String compact = Text.compact(code);
        return compact.matches("\\d{10}") ? schools.findByCode(new SchoolCode(compact)) : Optional.empty();
    }

    /** Opens a school inside the caller's region; the identifier must be new. */
    public SchoolView open(SchoolInput input, DataScope scope) {
        SchoolFacts facts = SchoolFacts.parse(input);
        requireInside(scope, facts);
        requireKnownTownship(facts);
        requireCodeFree(facts.code(), null);
        try {
            return writer.create(facts, "新增学校：" + facts.name()).view();
        } catch (DuplicateKeyException e) {
            throw codeTaken(facts.code());
        }
    }

    /**
     * Revises a school the caller sees, as of the version the caller read; a concurrent save in
     * between is refused with {@link SchoolChangedMeanwhile}.
     */
    public SchoolView revise(long id, int version, SchoolInput input, DataScope scope) {
        School school = schools.find(id)
                .filter(s -> scope.coversSchool(id, s.facts().township().value()))
                .orElseThrow(() -> new SchoolNotFound(id));
        if (school.version() != version) {
            throw new SchoolChangedMeanwhile(id);
        }
        SchoolFacts facts = SchoolFacts.parse(input, school.facts().contact());
        requireInside(scope, facts);
        requireKnownTownship(facts);
        requireCodeFree(facts.code(), id);
        List<FieldChange> changes = school.revise(facts);
        if (changes.isEmpty()) {
            return school.view();
        }
        try {
            writer.save(school, changes, "修改学校：" + facts.name());
        } catch (DuplicateKeyException e) {
            throw codeTaken(facts.code());
        }
        return schools.view(id).orElseThrow();
    }

    /**
     * The whole contact phone of a school the caller sees (查看完整号码), audited as REVEAL; empty
     * when the school has none.
     */
    public Optional<String> revealContactPhone(long id, DataScope scope) {
        School school = schools.find(id)
                .filter(s -> scope.coversSchool(id, s.facts().township().value()))
                .orElseThrow(() -> new SchoolNotFound(id));
        ContactPhone phone = school.facts().contact().phone();
        if (phone == null) {
            return Optional.empty();
        }
        audit.record(AuditRecord.of(
                "REVEAL", "school", id, "查看学校联系电话：" + school.facts().name()));
        return Optional.of(phone.value());
    }

    /**
     * The school's contact phone when it is a mobile, for a message to the school: nobody reads
     * it (the SMS outbox seals it), so it is not a 查看完整号码 and not audited. Empty for a
     * landline or no phone.
     */
    public Optional<PhoneNumber> contactMobile(long id) {
        return schools.find(id).map(school -> school.facts().contact().phone()).flatMap(ContactPhone::mobile);
    }

    private static void requireInside(DataScope scope, SchoolFacts facts) {
        String prefix = scope.regionPrefix();
        if (prefix == null || !facts.township().value().startsWith(prefix)) {
            throw InvalidInput.of("townshipCode", "school.township.outsideScope");
        }
    }

    private void requireKnownTownship(SchoolFacts facts) {
        String township = facts.township().value();
        boolean known = regions.find(township)
                .filter(r -> r.level() == RegionLevel.TOWNSHIP)
                .isPresent();
        if (!known) {
            throw InvalidInput.of("townshipCode", "school.township.unknown", township);
        }
    }

    private void requireCodeFree(SchoolCode code, Long ownId) {
        schools.findByCode(code)
                .filter(other -> ownId == null || other.id() != ownId)
                .ifPresent(other -> {
                    throw codeTaken(code);
                });
    }

    private static InvalidInput codeTaken(SchoolCode code) {
        return InvalidInput.of("code", "school.code.taken", code.value());
    }
}
