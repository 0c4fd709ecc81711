package com.aidloop.identification.application.web;

import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.Commitment;
import com.aidloop.identification.application.domain.Emergency;
import com.aidloop.identification.application.domain.Health;
import com.aidloop.identification.application.domain.Incomes;
import com.aidloop.identification.application.domain.Member;
import com.aidloop.identification.application.domain.Siblings;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The application form as a page posts it (rows of members and emergencies, indicator answers by
 * code) and its reading into the domain's form: a bad value is refused naming its row and field.
 */
public class FormInput {

    static final int MEMBER_ROWS = 6;
    static final int EMERGENCY_ROWS = 2;

    private List<MemberInput> members = new ArrayList<>();
    private List<EmergencyInput> emergencies = new ArrayList<>();
    private Map<String, String> incomes = new HashMap<>();
    private Map<String, String> siblings = new HashMap<>();
    private Map<String, String> answers = new HashMap<>();
    private List<String> groups = new ArrayList<>();
    private String housing = "";
    private String signedName = "";
    private String signedOn = "";
    private String consentBy = "";
    private boolean consentByGuardian = true;

    /** The page's rows for a stored form, with blank rows to add more. */
    public static FormInput of(ApplicationForm form, String consentBy) {
        FormInput in = new FormInput();
        for (Member m : form.members()) {
            MemberInput row = new MemberInput();
            row.setName(m.name());
            row.setRelation(m.relation());
            row.setAge(Integer.toString(m.age()));
            row.setJob(m.job());
            row.setEmployer(m.employer());
            row.setIncome(m.annualIncome().toPlainString());
            row.setHealth(m.health().label());
            in.members.add(row);
        }
        for (Emergency e : form.emergencies()) {
            EmergencyInput row = new EmergencyInput();
            row.setKind(e.kind().name());
            row.setDate(e.date() == null ? "" : e.date().toString());
            row.setNote(e.note());
            in.emergencies.add(row);
        }
        in.incomes.put("wages", plain(form.incomes().wages()));
        in.incomes.put("farming", plain(form.incomes().farming()));
        in.incomes.put("business", plain(form.incomes().business()));
        in.incomes.put("transfers", plain(form.incomes().transfers()));
        in.incomes.put("other", plain(form.incomes().other()));
        Siblings s = form.siblings();
        in.siblings.putAll(Map.of(
                "preschool", Integer.toString(s.preschool()),
                "primary", Integer.toString(s.primary()),
                "juniorSecondary", Integer.toString(s.juniorSecondary()),
                "seniorSecondary", Integer.toString(s.seniorSecondary()),
                "higher", Integer.toString(s.higher())));
        in.answers.putAll(form.indicatorAnswers());
        in.groups.addAll(form.specialGroups());
        in.housing = form.housing();
        in.signedName = form.commitment().signedName();
        in.signedOn = form.commitment().signedOn() == null
                ? ""
                : form.commitment().signedOn().toString();
        in.consentBy = consentBy == null ? "" : consentBy;
        in.padRows();
        return in;
    }

    public void padRows() {
        padRows(MEMBER_ROWS, EMERGENCY_ROWS);
    }

    /** Blank rows up to the counts given (a phone's form shows one blank row to add, not six). */
    public void padRows(int memberRows, int emergencyRows) {
        while (members.size() < memberRows) {
            members.add(new MemberInput());
        }
        while (emergencies.size() < emergencyRows) {
            emergencies.add(new EmergencyInput());
        }
    }

    /** The rows that hold something, so that a family's form shows what it entered and one blank row. */
    public void dropBlankRows() {
        members.removeIf(m -> blank(m.getName()));
        emergencies.removeIf(e -> blank(e.getKind()));
    }

    /** The domain's form; every bad value refused at once, naming the row and the field. */
    public ApplicationForm toForm() {
        List<FieldProblem> problems = new ArrayList<>();
        List<Member> read = readMembers(problems);
        List<Emergency> happened = readEmergencies(problems);
        Incomes money = new Incomes(
                number(incomes.get("wages"), "incomes[wages]", problems, 0, 10_000_000),
                number(incomes.get("farming"), "incomes[farming]", problems, 0, 10_000_000),
                number(incomes.get("business"), "incomes[business]", problems, 0, 10_000_000),
                number(incomes.get("transfers"), "incomes[transfers]", problems, 0, 10_000_000),
                number(incomes.get("other"), "incomes[other]", problems, 0, 10_000_000));
        Siblings inSchool = new Siblings(
                count("preschool", problems),
                count("primary", problems),
                count("juniorSecondary", problems),
                count("seniorSecondary", problems),
                count("higher", problems));
        LocalDate signed = blank(signedOn) ? null : date(signedOn, "signedOn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, String> chosen = new HashMap<>();
        answers.forEach((code, answer) -> {
            if (!blank(answer)) {
                chosen.put(code, answer);
            }
        });
        return new ApplicationForm(
                read,
                money,
                new HashSet<>(groups),
                housing,
                happened,
                inSchool,
                chosen,
                new Commitment(signedName, signed));
    }

    private List<Member> readMembers(List<FieldProblem> problems) {
        List<Member> read = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            MemberInput m = members.get(i);
            if (blank(m.getName())) {
                continue;
            }
            String row = "members[" + i + "].";
            int age = (int) number(m.getAge(), row + "age", problems, 0, 120).longValue();
            BigDecimal income = number(m.getIncome(), row + "income", problems, 0, 10_000_000);
            Health health;
            try {
                health = Health.parse(m.getHealth());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(row + "health", "identification.form.health", new Object[] {i + 1}));
                health = Health.HEALTHY;
            }
            read.add(new Member(m.getName(), m.getRelation(), age, m.getJob(), m.getEmployer(), income, health));
        }
        return read;
    }

    private List<Emergency> readEmergencies(List<FieldProblem> problems) {
        List<Emergency> happened = new ArrayList<>();
        for (int i = 0; i < emergencies.size(); i++) {
            EmergencyInput e = emergencies.get(i);
            if (blank(e.getKind())) {
                continue;
            }
            LocalDate date = date(e.getDate(), "emergencies[" + i + "].date", problems);
            happened.add(new Emergency(Emergency.Kind.valueOf(e.getKind()), date, e.getNote()));
        }
        return happened;
    }

    private int count(String stage, List<FieldProblem> problems) {
        return number(siblings.get(stage), "siblings[" + stage + "]", problems, 0, 20)
                .intValue();
    }

    private static BigDecimal number(String text, String field, List<FieldProblem> problems, long min, long max) {
        if (blank(text)) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
            if (value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "identification.form.number", new Object[] {min, max}));
        return BigDecimal.ZERO;
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        try {
            return LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            problems.add(new FieldProblem(field, "identification.form.date", null));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String plain(BigDecimal amount) {
        return amount.signum() == 0 ? "" : amount.toPlainString();
    }

    public List<MemberInput> getMembers() {
        return members;
    }

    public void setMembers(List<MemberInput> v) {
        members = v;
    }

    public List<EmergencyInput> getEmergencies() {
        return emergencies;
    }

    public void setEmergencies(List<EmergencyInput> v) {
        emergencies = v;
    }

    public Map<String, String> getIncomes() {
        return incomes;
    }

    public void setIncomes(Map<String, String> v) {
        incomes = v;
    }

    public Map<String, String> getSiblings() {
        return siblings;
    }

    public void setSiblings(Map<String, String> v) {
        siblings = v;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void setAnswers(Map<String, String> v) {
        answers = v;
    }

    public List<String> getGroups() {
        return groups;
    }

    public void setGroups(List<String> v) {
        groups = v;
    }

    public String getHousing() {
        return housing;
    }

    public void setHousing(String v) {
        housing = v;
    }

    public String getSignedName() {
        return signedName;
    }

    public void setSignedName(String v) {
        signedName = v;
    }

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(String v) {
        signedOn = v;
    }

    public String getConsentBy() {
        return consentBy;
    }

    public void setConsentBy(String v) {
        consentBy = v;
    }

    public boolean isConsentByGuardian() {
        return consentByGuardian;
    }

    public void setConsentByGuardian(boolean v) {
        consentByGuardian = v;
    }
}
