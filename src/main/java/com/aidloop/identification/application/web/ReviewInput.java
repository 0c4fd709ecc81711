package com.aidloop.identification.application.web;

import com.aidloop.identification.application.review.ClassReview;
import com.aidloop.identification.application.review.Verdict;
import com.aidloop.identification.application.review.VerdictLine;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A class review meeting as the page posts it: members, date and a line per application. */
public class ReviewInput {

    private String className = "";
    private String heldOn = "";
    private String classTeacher = "";
    private String studentReps = "";
    private String parentReps = "";
    private List<Line> lines = new ArrayList<>();

    /** One application's verdict as typed; no verdict chosen leaves it out of the meeting. */
    public static class Line {
        private long applicationId;
        private String verdict = "";
        private String votesFor = "0";
        private String votesAgainst = "0";
        private String votesAbstain = "0";
        private String opinion = "";

        public long getApplicationId() {
            return applicationId;
        }

        public void setApplicationId(long v) {
            applicationId = v;
        }

        public String getVerdict() {
            return verdict;
        }

        public void setVerdict(String v) {
            verdict = v;
        }

        public String getVotesFor() {
            return votesFor;
        }

        public void setVotesFor(String v) {
            votesFor = v;
        }

        public String getVotesAgainst() {
            return votesAgainst;
        }

        public void setVotesAgainst(String v) {
            votesAgainst = v;
        }

        public String getVotesAbstain() {
            return votesAbstain;
        }

        public void setVotesAbstain(String v) {
            votesAbstain = v;
        }

        public String getOpinion() {
            return opinion;
        }

        public void setOpinion(String v) {
            opinion = v;
        }
    }

    ClassReview toReview() {
        List<FieldProblem> problems = new ArrayList<>();
        List<VerdictLine> verdicts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.verdict == null || line.verdict.isBlank()) {
                continue;
            }
            int[] votes = new int[3];
            String[] typed = {line.votesFor, line.votesAgainst, line.votesAbstain};
            for (int v = 0; v < 3; v++) {
                try {
                    votes[v] = Integer.parseInt(typed[v] == null || typed[v].isBlank() ? "0" : typed[v].strip());
                } catch (NumberFormatException e) {
                    votes[v] = -1;
                }
                if (votes[v] < 0 || votes[v] > 99) {
                    problems.add(new FieldProblem(
                            "lines[" + i + "].votes", "identification.review.votes", new Object[] {i + 1}));
                }
            }
            verdicts.add(new VerdictLine(
                    line.applicationId, Verdict.valueOf(line.verdict), votes[0], votes[1], votes[2], line.opinion));
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(heldOn.strip());
        } catch (RuntimeException e) {
            problems.add(new FieldProblem("heldOn", "identification.form.date", null));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ClassReview(null, className, 0, date, classTeacher, studentReps, parentReps, verdicts);
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String v) {
        className = v;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(String v) {
        heldOn = v;
    }

    public String getClassTeacher() {
        return classTeacher;
    }

    public void setClassTeacher(String v) {
        classTeacher = v;
    }

    public String getStudentReps() {
        return studentReps;
    }

    public void setStudentReps(String v) {
        studentReps = v;
    }

    public String getParentReps() {
        return parentReps;
    }

    public void setParentReps(String v) {
        parentReps = v;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> v) {
        lines = v;
    }
}
