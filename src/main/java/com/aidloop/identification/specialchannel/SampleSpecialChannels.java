package com.aidloop.identification.specialchannel;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.application.ApplicationRow;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.specialchannel.domain.ReasonCategory;
import com.aidloop.identification.specialchannel.domain.SpecialChannelStatus;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentView;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special channels for the demo county: the students its past roster pays through the special
 * channel are requested by their school and approved by the county before the roster is
 * imported, and one request of 三市镇中心小学 waits for the county.
 */
@Service
public class SampleSpecialChannels {

    static final String APPROVED_REASON = "家庭突发重大变故：父亲务工时因工伤致残，家中失去主要收入来源；家长不愿在班级公开家庭情况，经学校走访核实。";
    static final String WAITING_REASON = "学生父母双亡，由年迈的祖母抚养，监护人不愿公开家庭情况，经班主任家访核实。";

    private final SpecialChannels channels;
    private final SpecialChannelStore store;
    private final RegistryManagement registry;
    private final Applications applications;

    SampleSpecialChannels(
            SpecialChannels channels,
            SpecialChannelStore store,
            RegistryManagement registry,
            Applications applications) {
        this.channels = channels;
        this.store = store;
        this.registry = registry;
        this.applications = applications;
    }

    /**
     * The school of each student (by ID number, in the county's scope) requests the special channel
     * for the school year and the county approves it; a student approved already is left as is.
     * Answers how many were approved now.
     */
    @Transactional
    public int approveAll(List<String> idNumbers, int schoolYear, CurrentAccount county) {
        int approved = 0;
        for (String idNumber : idNumbers) {
            Optional<StudentView> student = registry.findByIdNumber(idNumber, county.scope());
            if (student.isEmpty()
                    || !channels.approvedStudents(Set.of(student.get().id()), schoolYear)
                            .isEmpty()) {
                continue;
            }
            CurrentAccount school = schoolStaff(student.get().schoolId());
            long id = channels.add(
                    new SpecialChannels.Request(
                            student.get().id(), schoolYear, ReasonCategory.MAJOR_MISHAP, APPROVED_REASON),
                    school);
            channels.approve(id, county);
            approved++;
        }
        return approved;
    }

    /**
     * The school asks for the special channel for the newest application of the school year of a
     * student without a request, and the request waits for the county; once: nothing is done when
     * the school has a request waiting. Answers whether it asked.
     */
    @Transactional
    public boolean requestOnce(CurrentAccount school) {
        if (store.counts(school.scope()).get(SpecialChannelStatus.REQUESTED) > 0) {
            return false;
        }
        int year = Applications.currentSchoolYear();
        List<ApplicationRow> rows = applications.list(school, year, null, null);
        for (ApplicationRow row : rows.reversed()) {
            if (store.latest(row.studentId(), year, school.scope()).isEmpty()) {
                channels.request(
                        new SpecialChannels.Request(row.studentId(), year, ReasonCategory.ORPHAN, WAITING_REASON),
                        school);
                return true;
            }
        }
        return false;
    }

    private static CurrentAccount schoolStaff(long schoolId) {
        return new CurrentAccount(0, "学校资助专员", "学校资助专员", Set.of(Role.SCHOOL_STAFF), null, schoolId);
    }
}
