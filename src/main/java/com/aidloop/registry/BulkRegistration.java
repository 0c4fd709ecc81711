package com.aidloop.registry;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.domain.StudentParser;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks a list of new students before a bulk insert, naming problems by row. */
final class BulkRegistration {

    private BulkRegistration() {}

    static List<Student> parse(List<StudentInput> inputs) {
        List<Student> students = new ArrayList<>(inputs.size());
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            String row = "rows[" + i + "].";
            try {
                var parsed = StudentParser.parse(inputs.get(i));
                Student student = Student.register(parsed.facts(), parsed.household(), parsed.aidCard());
                Integer first = seen.putIfAbsent(parsed.facts().document().normalized(), i);
                if (first != null) {
                    problems.add(
                            new FieldProblem(row + "idNumber", "student.bulk.duplicateRow", new Object[] {first + 1}));
                }
                students.add(student);
            } catch (InvalidInput invalid) {
                invalid.problems().forEach(p -> problems.add(new FieldProblem(row + p.field(), p.code(), p.args())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return students;
    }

    static void requireSchoolsInScope(List<Student> students, Map<Long, SchoolView> schools, DataScope scope) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            SchoolView school = schools.get(students.get(i).facts().schoolId());
            if (school == null || !scope.coversSchool(school.id(), school.townshipCode())) {
                problems.add(new FieldProblem("rows[" + i + "].schoolId", "student.school.outsideScope", null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
