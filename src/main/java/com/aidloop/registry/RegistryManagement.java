package com.aidloop.registry;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.DataScope;
import com.aidloop.registry.domain.DuplicateRegistrationPolicy;
import com.aidloop.registry.domain.IdentityDocument;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.domain.StudentParser;
import com.aidloop.registry.domain.StudentParser.Parsed;
import com.aidloop.registry.persistence.BulkStudentWriter;
import com.aidloop.registry.persistence.StudentStore;
import com.aidloop.registry.persistence.StudentStore.Placement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Text;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student registry as pages, the API and other modules use it. Every call takes the
 * caller's {@link DataScope}: a student outside it does not exist for the caller. Registering
 * and revising need STUDENT_EDIT and revealing needs STUDENT_REVEAL, which callers check; the
 * registry checks that the student's school lies in the caller's scope. Every write and every
 * reveal is audited in the same transaction. A student's aid card changes only through
 * {@link AidCardChanges}, with a second person.
 */
@Service
@Transactional
public class RegistryManagement {

    private final StudentStore store;
    private final StudentReading reading;
    private final SchoolManagement schools;
    private final AuditTrail audit;
    private final BulkStudentWriter bulk;
    private final HouseholdDivisions divisions;
    private final AidCardChanges cardChanges;

    RegistryManagement(
            StudentStore store,
            StudentReading reading,
            SchoolManagement schools,
            AuditTrail audit,
            BulkStudentWriter bulk,
            HouseholdDivisions divisions,
            AidCardChanges cardChanges) {
        this.store = store;
        this.reading = reading;
        this.bulk = bulk;
        this.divisions = divisions;
        this.schools = schools;
        this.audit = audit;
        this.cardChanges = cardChanges;
    }

    /** A page of students in scope matching the search, with the total count, masked. */
    @Transactional(readOnly = true)
    public Paged<StudentRow> search(StudentSearch search, DataScope scope, Paging paging) {
        return reading.search(search, scope, paging);
    }

    /** The student, masked, if the scope covers it; empty otherwise, whether it exists or not. */
    @Transactional(readOnly = true)
    public Optional<StudentView> find(long id, DataScope scope) {
        return reading.find(id, scope);
    }

    /** The student holding this ID number (exact, through the blind index), if the scope covers it. */
    @Transactional(readOnly = true)
    public Optional<StudentView> findByIdNumber(String idNumber, DataScope scope) {
        String normalized = Text.compact(idNumber).toUpperCase();
        if (normalized.isEmpty()) {
            return Optional.empty();
        }
        return store.holderOfIdNumber(normalized).flatMap(id -> find(id, scope));
    }

    /**
     * Registers a new student in a school of the caller's scope. A registered ID number is
     * refused with {@link IdNumberAlreadyRegistered}; other problems with {@link InvalidInput}.
     */
    public StudentView register(StudentInput input, DataScope scope) {
        Parsed parsed = StudentParser.parse(input);
        SchoolView school = schoolInScope(parsed.facts().schoolId(), scope);
        divisions.require(parsed.facts());
        refuseRegistered(parsed.facts().document(), null, scope);
        refuseTakenStudentNumber(parsed, null);
        Student student = Student.register(parsed.facts(), parsed.household(), parsed.aidCard());
        long id;
        try {
            id = store.insert(student, school.townshipCode());
        } catch (DuplicateKeyException e) {
            throw lostRace(e);
        }
        audit.record(
                AuditRecord.of("CREATE", "student", id, "登记学生：" + parsed.facts().name())
                        .withChanges(student.registration()));
        return find(id, scope).orElseThrow();
    }

    /**
     * Registers the student unless the ID number is registered already (for imports): then the
     * visible student is matched and left unchanged; a student outside the scope is refused.
     */
    public Registration registerOrMatch(StudentInput input, DataScope scope) {
        Parsed parsed = StudentParser.parse(input);
        var existing = store.registrationOf(parsed.facts().document());
        if (existing.isPresent()) {
            var registered = existing.get();
            if (!scope.coversStudent(
                    registered.schoolId(), registered.schoolTownshipCode(), registered.householdRegionCode())) {
                throw IdNumberAlreadyRegistered.hidden();
            }
            return new Registration.Matched(
                    registered.studentId(),
                    registered.name().equals(parsed.facts().name()));
        }
        return new Registration.Created(register(input, scope).id());
    }

    /**
     * For imports: the registered students among these ID numbers (normalised: compact, upper
     * case) and the taken student numbers among these, two queries for any number of rows.
     * Students outside the scope are returned as not visible, without name or school.
     */
    @Transactional(readOnly = true)
    public ImportMatches matchForImport(
            Collection<String> idNumbers, Collection<String> studentNumbers, DataScope scope) {
        Map<String, KnownStudent> known = new HashMap<>();
        store.registrationsOf(idNumbers)
                .forEach((idNumber, existing) -> known.put(
                        idNumber,
                        KnownStudent.of(
                                existing.studentId(),
                                existing.name(),
                                existing.schoolId(),
                                scope.coversStudent(
                                        existing.schoolId(),
                                        existing.schoolTownshipCode(),
                                        existing.householdRegionCode()))));
        return new ImportMatches(known, store.takenStudentNumbers(studentNumbers));
    }

    /**
     * Revises a student the caller sees, as of the version the caller read; a save by someone
     * else in between is refused with {@link StudentChangedMeanwhile}. Blank sensitive fields
     * keep their stored values. A changed aid card does not take effect: it becomes a pending
     * change ({@link AidCardChanges}) that a second person approves, and the record keeps the old
     * card until then; everything else is saved at once.
     */
    public StudentView revise(long id, int version, StudentInput input, DataScope scope) {
        Placement placement = visiblePlacement(id, scope);
        if (placement.version() != version) {
            throw new StudentChangedMeanwhile(id);
        }
        Student student = store.load(id).orElseThrow(() -> new StudentNotFound(id));
        Parsed parsed = StudentParser.parse(input, student);
        SchoolView school = schoolInScope(parsed.facts().schoolId(), scope);
        divisions.require(parsed.facts());
        refuseRegistered(parsed.facts().document(), id, scope);
        refuseTakenStudentNumber(parsed, id);
        List<FieldChange> changes = student.revise(parsed.facts(), parsed.household(), student.aidCard());
        if (!changes.isEmpty()) {
            try {
                if (!store.update(student, school.townshipCode())) {
                    throw new StudentChangedMeanwhile(id);
                }
            } catch (DuplicateKeyException e) {
                throw lostRace(e);
            }
            audit.record(AuditRecord.of(
                            "UPDATE", "student", id, "修改学生信息：" + parsed.facts().name())
                    .withChanges(changes));
        }
        cardChanges.request(student, parsed.aidCard());
        return find(id, scope).orElseThrow();
    }

    /**
     * The full sensitive values of a student the caller sees (查看完整信息), for callers holding
     * STUDENT_REVEAL. Audited as REVEAL, naming the fields shown.
     */
    public RevealedStudent reveal(long id, DataScope scope) {
        return reveal(id, scope, "");
    }

    /**
     * As {@link #reveal(long, DataScope)}, for a caller that shows the values as part of its own
     * work: the one REVEAL record names that work first ({@code 村级核实查看完整信息…}), so the caller
     * need not record the same view again.
     */
    public RevealedStudent reveal(long id, DataScope scope, String purpose) {
        visiblePlacement(id, scope);
        Student student = store.load(id).orElseThrow(() -> new StudentNotFound(id));
        RevealedStudent revealed = Revealing.of(student);
        audit.record(AuditRecord.of(
                "REVEAL",
                "student",
                id,
                purpose + "查看完整信息（" + String.join("、", Revealing.fieldsShown(revealed)) + "）："
                        + student.facts().name()));
        return revealed;
    }

    /**
     * Registers many new students in one go, for trusted loaders (the demo data, a migration):
     * batched inserts, one audit record. Every school must lie in the scope. All or nothing: any
     * invalid row or already registered ID number refuses the whole list, problems named by row
     * ({@code rows[12].idNumber}).
     *
     * @return the new students' ids, in the order of the inputs
     */
    public List<Long> registerAll(List<StudentInput> inputs, DataScope scope) {
        List<Long> ids = insertAll(inputs, null, scope);
        audit.record(AuditRecord.of("CREATE", "student", null, "批量登记学生" + ids.size() + "名"));
        return ids;
    }

    /**
     * Registers the new students of a roster import, checked and inserted as {@link #registerAll}
     * does but without an audit record of its own: an import runs in one long transaction, and an
     * audit record taken early would hold the audit chain's lock until that transaction ends. The
     * import records one audit record at its end that names how many students it registered.
     *
     * @param importDigests for each input the registration import's digest of its row (kept beside
     *     the student to recognise the row unchanged next time), or null
     */
    public List<Long> registerImported(List<StudentInput> inputs, DataScope scope) {
        return insertAll(inputs, null, scope);
    }

    /** {@link #registerImported(List, DataScope)} keeping each registration-list row's digest beside its student. */
    public List<Long> registerImported(List<StudentInput> inputs, List<String> importDigests, DataScope scope) {
        return insertAll(inputs, importDigests, scope);
    }

    private List<Long> insertAll(List<StudentInput> inputs, List<String> importDigests, DataScope scope) {
        List<Student> students = BulkRegistration.parse(inputs);
        List<FieldProblem> unknownDivisions =
                divisions.checkRows(students.stream().map(Student::facts).toList());
        if (!unknownDivisions.isEmpty()) {
            throw new InvalidInput(unknownDivisions);
        }
        Map<Long, SchoolView> schoolsById = schools.byIds(
                students.stream().map(s -> s.facts().schoolId()).distinct().toList());
        BulkRegistration.requireSchoolsInScope(students, schoolsById, scope);
        Map<Long, String> townships = new HashMap<>();
        schoolsById.forEach((id, school) -> townships.put(id, school.townshipCode()));
        List<Long> ids;
        try {
            ids = bulk.insertAll(students, townships, importDigests);
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("rows", "student.bulk.registered");
        }
        return ids;
    }

    /**
     * Someone registered the same number between our check and our insert. The transaction is
     * aborted, so nothing more can be asked of the database: the refusal stays neutral.
     */
    private static InvalidInput lostRace(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        return message.contains("registry_student_student_number_uq")
                ? InvalidInput.of("studentNumber", "student.studentNumber.registered")
                : IdNumberAlreadyRegistered.hidden();
    }

    private Placement visiblePlacement(long id, DataScope scope) {
        return placementInScope(id, scope).orElseThrow(() -> new StudentNotFound(id));
    }

    private Optional<Placement> placementInScope(long id, DataScope scope) {
        return store.placement(id)
                .filter(p -> scope.coversStudent(p.schoolId(), p.schoolTownshipCode(), p.householdRegionCode()));
    }

    private SchoolView schoolInScope(long schoolId, DataScope scope) {
        return schools.byId(schoolId)
                .filter(s -> scope.coversSchool(s.id(), s.townshipCode()))
                .orElseThrow(() -> InvalidInput.of("schoolId", "student.school.outsideScope"));
    }

    private void refuseRegistered(IdentityDocument document, Long ownId, DataScope scope) {
        store.registrationOf(document)
                .filter(existing -> !Objects.equals(existing.studentId(), ownId))
                .ifPresent(existing -> {
                    throw DuplicateRegistrationPolicy.refusal(existing, scope);
                });
    }

    private void refuseTakenStudentNumber(Parsed parsed, Long ownId) {
        if (parsed.facts().studentNumber() == null) {
            return;
        }
        store.holderOf(parsed.facts().studentNumber())
                .filter(holder -> !Objects.equals(holder, ownId))
                .ifPresent(holder -> {
                    throw InvalidInput.of("studentNumber", "student.studentNumber.registered");
                });
    }
}
