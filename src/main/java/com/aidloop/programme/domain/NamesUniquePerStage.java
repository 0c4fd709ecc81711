package com.aidloop.programme.domain;

import com.aidloop.school.Stage;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A name typed in a roster, with the student's stage, must point to one programme: no two
 * programmes that pay in the same term share a stage and a name or alias (compared as
 * {@link NameKey}s). Programmes of the same name at different stages are fine (国家助学金 for
 * 普通高中, 中职 and 高等教育), and so is a programme that replaces a deactivated one.
 */
public final class NamesUniquePerStage {

    private NamesUniquePerStage() {}

    /** The clashes of a programme's names with the others', one problem per clashing name. */
    public static List<FieldProblem> clashes(ProgrammeFacts candidate, Term candidateLast, List<Programme> others) {
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : candidate.names()) {
            String key = NameKey.of(name);
            for (Programme other : others) {
                if (other.facts().code().equals(candidate.code())) {
                    continue;
                }
                Optional<Stage> shared = candidate.stages().stream()
                        .filter(other.facts().stages()::contains)
                        .sorted()
                        .findFirst();
                Term otherLast = other.deactivation()
                        .map(Programme.Deactivation::lastTerm)
                        .orElse(null);
                boolean sameName =
                        other.facts().names().stream().map(NameKey::of).anyMatch(key::equals);
                if (shared.isPresent()
                        && sameName
                        && overlap(
                                candidate.firstTerm(),
                                candidateLast,
                                other.facts().firstTerm(),
                                otherLast)) {
                    String field = name.equals(candidate.name()) ? "name" : "aliases";
                    problems.add(new FieldProblem(field, "programme.name.taken", new Object[] {
                        name,
                        shared.get().label(),
                        other.facts().name(),
                        other.facts().code()
                    }));
                    break;
                }
            }
        }
        return problems;
    }

    private static boolean overlap(Term firstA, Term lastA, Term firstB, Term lastB) {
        return (lastB == null || firstA.compareTo(lastB) <= 0) && (lastA == null || firstB.compareTo(lastA) <= 0);
    }
}
