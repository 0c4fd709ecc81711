package com.aidloop.programme;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Money;
import java.util.Arrays;

/**
 * The outcome of checking one award row against the catalogue: passed, or the rule it broke with
 * the facts used, as a message code and arguments (all text) that say what to do.
 *
 * @param rule the broken rule, or null when the row passed
 * @param programme the resolved programme, or null when the name did not resolve
 * @param standard the resolved tier's standard in force, or null when the tier did not resolve
 */
public record StandardCheck(
        CatalogueRule rule, ProgrammeInForce programme, Standard standard, String code, Object[] args) {

    public StandardCheck {
        args = args == null ? new Object[0] : args.clone();
    }

    static StandardCheck passed(ProgrammeInForce programme, Standard standard) {
        return new StandardCheck(null, programme, standard, null, null);
    }

    static StandardCheck broken(
            CatalogueRule rule, ProgrammeInForce programme, Standard standard, String code, Object... args) {
        return new StandardCheck(rule, programme, standard, code, args);
    }

    public boolean passed() {
        return rule == null;
    }

    /** The fixed amount of the tier in force, if the tier resolved and pays a fixed amount. */
    public Money catalogueAmount() {
        return standard == null ? null : standard.amount();
    }

    /** The Chinese sentence for a broken rule, e.g. for an import report; empty when passed. */
    public String message() {
        return passed() ? "" : Messages.format(code, args);
    }

    /** The broken rule as a problem of a field (the roster column's name), for import reports. */
    public FieldProblem problem(String field) {
        if (passed()) {
            throw new IllegalStateException("a passed check has no problem");
        }
        return new FieldProblem(field, code, args);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return passed()
                ? "StandardCheck[passed " + programme.code() + " "
                        + standard.tier().code() + "]"
                : "StandardCheck[" + rule + " " + code + " " + Arrays.toString(args) + "]";
    }
}
