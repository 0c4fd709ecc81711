package com.aidloop.award.running;

import com.aidloop.award.AwardIdentifications;
import com.aidloop.award.IdentificationInForce;
import com.aidloop.award.domain.CheckedRow;
import com.aidloop.award.domain.IdentificationPolicy;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.IdentificationRequirement;
import com.aidloop.programme.IdentificationRequirements;
import com.aidloop.registry.ImportMatches;
import com.aidloop.registry.KnownStudent;
import com.aidloop.shared.Term;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The import's check that awards of need-based programmes rest on an identification
 * ({@link IdentificationPolicy}): the requirements of each county met once per file, the levels
 * of a chunk's registered students (and the difficulty types their forms support) read in one batch.
 */
final class IdentificationPass {

    private final AwardIdentifications identifications;
    private final Term term;
    private final DataScope scope;
    private final Map<String, IdentificationRequirements> byCounty = new HashMap<>();

    IdentificationPass(AwardIdentifications identifications, Term term, DataScope scope) {
        this.identifications = identifications;
        this.term = term;
        this.scope = scope;
    }

    /** The identifications in force of the chunk's registered students whose rows are of a need-based programme. */
    Map<Long, IdentificationInForce> inForce(List<PreparedRow> chunk, ImportMatches matches) {
        Set<Long> students = new LinkedHashSet<>();
        for (PreparedRow prepared : chunk) {
            CheckedRow row = prepared.row();
            KnownStudent known =
                    prepared.idIndex() == null ? null : matches.byIdNumber().get(row.idNumber());
            if (known != null && requirement(row).isPresent()) {
                students.add(known.studentId());
            }
        }
        return students.isEmpty() ? Map.of() : identifications.inForce(students, term, scope);
    }

    /**
     * Checks one row once its student is matched; answers whether its 困难等级 or 困难类型 was filled
     * from the identification.
     */
    boolean check(CheckedRow row, KnownStudent known, Map<Long, IdentificationInForce> inForce) {
        if (row.hasErrors()) {
            return false;
        }
        Optional<IdentificationRequirement> requirement = requirement(row);
        if (requirement.isEmpty()) {
            return false;
        }
        IdentificationInForce held = known == null ? null : inForce.get(known.studentId());
        String level = held == null ? null : held.level();
        boolean levelFilled = IdentificationPolicy.apply(row, requirement.get(), term.schoolYear(), level);
        boolean typeFilled = held != null
                && IdentificationPolicy.applyType(
                        row, term.schoolYear(), level, held.difficultyTypes(), held.typeToFill());
        return levelFilled || typeFilled;
    }

    private Optional<IdentificationRequirement> requirement(CheckedRow row) {
        if (row.programmeCode() == null || row.school() == null) {
            return Optional.empty();
        }
        String county = AwardIdentifications.countyOf(row.school().townshipCode());
        return byCounty.computeIfAbsent(county, c -> identifications.requirements(c, term))
                .of(row.programmeCode());
    }
}
