package com.aidloop.identification.application;

import com.aidloop.iam.ClassTeachers;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.iam.Role;
import org.springframework.stereotype.Component;

/** The reach of an account: its data scope; a class teacher without school rights only the own classes. */
@Component
public class ApplicationReach {

    private final ClassTeachers classTeachers;

    ApplicationReach(ClassTeachers classTeachers) {
        this.classTeachers = classTeachers;
    }

    public Reach of(CurrentAccount account) {
        boolean teacherOnly = account.roles().contains(Role.CLASS_TEACHER)
                && !account.may(Permission.IDENTIFICATION_DECIDE)
                && !account.may(Permission.STUDENT_VIEW);
        return new Reach(account.scope(), teacherOnly ? classTeachers.classesOf(account.id()) : null);
    }
}
