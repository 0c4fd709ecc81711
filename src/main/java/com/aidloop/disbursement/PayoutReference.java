package com.aidloop.disbursement;

import com.aidloop.shared.Term;

/**
 * The references printed on bank files and matched in return files. Letters and digits only (any
 * bank's 摘要 field takes them), never shaped like an ID or card number, made from a database
 * sequence so that they are unique and never reused.
 * <ul>
 *   <li>batch: {@code PB2026A000123} (PB, year, S or A for the semester, 6 digits)</li>
 *   <li>payment: {@code PY2026A0000012345} (PY, year, semester, 10 digits)</li>
 * </ul>
 */
public final class PayoutReference {

    private PayoutReference() {}

    public static String batch(Term term, long number) {
        return "PB" + prefix(term) + String.format("%06d", number);
    }

    public static String payment(Term term, long number) {
        return "PY" + prefix(term) + String.format("%010d", number);
    }

    /** Whether {@code text} has the shape of a payment reference. */
    public static boolean isPayment(String text) {
        return text != null && text.matches("PY[0-9]{4}[SA][0-9]{10}");
    }

    private static String prefix(Term term) {
        return term.year() + (term.semester() == Term.Semester.SPRING ? "S" : "A");
    }
}
