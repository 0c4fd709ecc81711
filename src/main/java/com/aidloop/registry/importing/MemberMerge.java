package com.aidloop.registry.importing;

import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.registry.domain.HouseholdMember;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.importing.FileStudent.FileMember;
import java.util.ArrayList;
import java.util.List;

/**
 * The household of a registered student as the file revises it. The file carries two members;
 * the registry may hold more (grandparents, siblings). A file member with the name of a
 * registered one revises that one (blank ID number and phone keep the registered values, as on the
 * form; income and health, which the file lacks, are kept); registered members the file does not
 * name are kept as they are, in their order; file members nobody has are added.
 */
final class MemberMerge {

    /** The input to revise with, and for each of its members the file's member (1, 2) or 0. */
    record Merged(StudentInput input, int[] slots) {}

    private MemberMerge() {}

    static Merged of(FileStudent file, Student existing) {
        List<FileMember> fromFile = file.members();
        boolean[] used = new boolean[fromFile.size()];
        List<MemberInput> members = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        for (HouseholdMember stored : existing.household()) {
            int match = -1;
            for (int i = 0; i < fromFile.size() && match < 0; i++) {
                if (!used[i] && fromFile.get(i).input().name().equals(stored.name())) {
                    match = i;
                }
            }
            if (match < 0) {
                members.add(kept(stored));
                slots.add(0);
                continue;
            }
            used[match] = true;
            FileMember f = fromFile.get(match);
            MemberInput in = f.input();
            members.add(new MemberInput(
                    stored.id(),
                    in.name(),
                    in.relation(),
                    f.guardian() == null ? stored.guardian() : f.guardian(),
                    in.idType(),
                    in.idNumber(),
                    in.phone(),
                    in.employer(),
                    null,
                    null));
            slots.add(f.slot());
        }
        for (int i = 0; i < fromFile.size(); i++) {
            if (!used[i]) {
                members.add(fromFile.get(i).input());
                slots.add(fromFile.get(i).slot());
            }
        }
        return new Merged(
                withMembers(file.input(), members),
                slots.stream().mapToInt(Integer::intValue).toArray());
    }

    private static StudentInput withMembers(StudentInput in, List<MemberInput> members) {
        return new StudentInput(
                in.name(),
                in.gender(),
                in.idType(),
                in.idNumber(),
                in.studentNumber(),
                in.schoolId(),
                in.grade(),
                in.className(),
                in.householdTownship(),
                in.householdVillage(),
                in.residence(),
                members,
                null);
    }

    /** Slots of a new student's members: the file's order. */
    static int[] slotsOf(FileStudent file) {
        return file.members().stream().mapToInt(FileMember::slot).toArray();
    }

    private static MemberInput kept(HouseholdMember m) {
        return new MemberInput(
                m.id(),
                m.name(),
                m.relation().label(),
                m.guardian(),
                m.document() == null ? "" : m.document().type().label(),
                "",
                "",
                m.employer(),
                null,
                null);
    }
}
