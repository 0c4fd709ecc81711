package com.aidloop.identification.family;

import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.FamilyApplicant;
import com.aidloop.identification.application.FamilyApplications;
import com.aidloop.identification.application.domain.ApplicationStatus;
import com.aidloop.identification.window.IdentificationWindow;
import com.aidloop.identification.window.IdentificationWindows;
import com.aidloop.identification.window.OpenWindow;
import com.aidloop.platform.ChinaTime;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.FamilyStudent;
import com.aidloop.school.SchoolView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The family's students as its home page and its API show them: each with the identification
 * year's dates and state, the window the student may apply in now, and the current application.
 */
@Component
class FamilyStudentCards {

    private final FamilyStudents students;
    private final IdentificationWindows windows;
    private final ChinaTime time;
    private final FamilyApplications applications;

    FamilyStudentCards(
            FamilyStudents students, IdentificationWindows windows, ChinaTime time, FamilyApplications applications) {
        this.students = students;
        this.windows = windows;
        this.time = time;
        this.applications = applications;
    }

    /**
     * One student's card.
     *
     * @param year the newest identification year of the student's county, or null before the first
     * @param open the window the student may apply in now, or null
     * @param application the student's application of the current school year (not withdrawn), or null
     */
    record StudentCard(
            FamilyStudent student,
            String schoolName,
            IdentificationWindow year,
            String state,
            OpenWindow open,
            ApplicationRow application) {}

    List<StudentCard> of(FamilyApplicant applicant) {
        Instant now = time.now();
        LocalDate today = time.date(now);
        int year = Applications.currentSchoolYear();
        Map<Long, ApplicationRow> current = new HashMap<>();
        applications.list(applicant).stream()
                .filter(row -> row.schoolYear() == year && row.status() != ApplicationStatus.WITHDRAWN)
                .forEach(row -> current.putIfAbsent(row.studentId(), row));
        return students.students(applicant.students()).stream()
                .map(student -> card(student, now, today, current.get(student.id())))
                .toList();
    }

    private StudentCard card(FamilyStudent student, Instant now, LocalDate today, ApplicationRow application) {
        Optional<IdentificationWindow> year = windows.newestFor(student);
        Optional<OpenWindow> open = windows.openFor(student.id(), now);
        String state = open.isPresent()
                ? (open.get().late() ? "补充申请中" : "申请中")
                : year.map(w -> w.state(today).label()).orElse("未开始");
        return new StudentCard(
                student,
                windows.school(student.schoolId()).map(SchoolView::name).orElse(""),
                year.orElse(null),
                state,
                open.orElse(null),
                application);
    }
}
