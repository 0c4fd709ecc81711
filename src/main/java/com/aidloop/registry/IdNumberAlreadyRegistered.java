package com.aidloop.registry;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A second student with an already registered ID number was refused. When the caller may see
 * the existing student, the refusal names it and links to it; otherwise it says neutrally that
 * the number is registered and whom to ask, without revealing where.
 */
public class IdNumberAlreadyRegistered extends InvalidInput {

    private final Long existingStudentId;

    private IdNumberAlreadyRegistered(FieldProblem problem, Long existingStudentId) {
        super(List.of(problem));
        this.existingStudentId = existingStudentId;
    }

    public static IdNumberAlreadyRegistered visible(long studentId, String name) {
        return new IdNumberAlreadyRegistered(
                new FieldProblem("idNumber", "student.idNumber.registeredVisible", new Object[] {name}), studentId);
    }

    public static IdNumberAlreadyRegistered hidden() {
        return new IdNumberAlreadyRegistered(new FieldProblem("idNumber", "student.idNumber.registered", null), null);
    }

    @Override
    public Map<String, Object> facts() {
        return existingStudentId == null ? Map.of() : Map.of("existingStudentId", existingStudentId);
    }

    /** The existing student the caller may open, if any. */
    public Optional<Long> existingStudentId() {
        return Optional.ofNullable(existingStudentId);
    }
}
