package com.aidloop.award.domain;

import com.aidloop.region.NameLookup;
import com.aidloop.registry.RegisteredCard;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.FieldProblem;
import java.util.List;
import java.util.Optional;

/**
 * What the row checks need to know about the world, answered from caches the import fills once
 * per file: schools by code, the divisions of a county, the registry's identity rules.
 */
public interface RowLookups {

    Optional<SchoolView> school(String code);

    /** The county's name for messages, e.g. 平江县. */
    String countyName(String countyCode);

    /** Which township of the county a typed name (or 9-digit code) means. */
    NameLookup township(String countyCode, String typed);

    /** Which village of the township a typed name (or 12-digit code) means. */
    NameLookup village(String townshipCode, String typed);

    /** Whether the county's villages are loaded, so that village names can be checked. */
    boolean villagesLoaded(String countyCode);

    /** The registry's problems with a student as it would register it, without writing. */
    List<FieldProblem> identityProblems(StudentInput student);

    /** The aid card on the record of the student registered under this ID number, if the uploader sees the student. */
    Optional<RegisteredCard> registeredCard(String idNumber);

    /** Whether the programme pays onto students' cards in the import's term (not the school, not in kind). */
    boolean paidByCard(String programmeCode);
}
