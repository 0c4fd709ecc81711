package com.aidloop.funding.domain;

import com.aidloop.funding.FundingSource;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A budget notice as county staff enter it (资金下达/到位登记): the programme, term and level of
 * government, the amount in yuan, the notice's document number (文号, e.g. 湘财教指〔2026〕12号)
 * and the day the money arrived. Parsing lists every wrong field at once, in Chinese.
 */
public record AllocationEntry(
        String programmeCode,
        Term term,
        FundingSource source,
        Money amount,
        String documentNo,
        LocalDate receivedOn,
        String note) {

    public static final int DOCUMENT_NO_MAX = 100;
    public static final int NOTE_MAX = 500;

    /** Reads typed values; the received day may not lie after today. */
    public static AllocationEntry parse(
            String programme,
            String term,
            String source,
            String amount,
            String documentNo,
            String receivedOn,
            String note,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        String code = Text.normalize(programme).strip();
        if (code.isEmpty()) {
            problems.add(new FieldProblem("programme", "funding.programme.required", new Object[0]));
        }
        Term forTerm = null;
        try {
            forTerm = Term.parse(term);
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("term", invalid));
        }
        FundingSource from = null;
        try {
            from = FundingSource.parse(source);
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("source", invalid));
        }
        Money money = amount(amount, problems);
        String document = Text.normalize(documentNo).strip();
        if (document.isEmpty() || document.length() > DOCUMENT_NO_MAX) {
            problems.add(new FieldProblem("documentNo", "funding.documentNo.required", new Object[] {DOCUMENT_NO_MAX}));
        }
        LocalDate received = date(receivedOn, today, problems);
        String remark = Text.normalize(note).strip();
        if (remark.length() > NOTE_MAX) {
            problems.add(new FieldProblem("note", "funding.note.long", new Object[] {NOTE_MAX}));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AllocationEntry(code, forTerm, from, money, document, received, remark);
    }

    private static Money amount(String typed, List<FieldProblem> problems) {
        try {
            Money money = Money.yuan(typed);
            if (money.yuan().signum() <= 0) {
                problems.add(new FieldProblem("amount", "funding.amount.positive", new Object[] {money.display()}));
                return null;
            }
            return money;
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("amount", invalid));
            return null;
        }
    }

    private static LocalDate date(String typed, LocalDate today, List<FieldProblem> problems) {
        String text = Text.normalize(typed).strip();
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(today)) {
                problems.add(new FieldProblem("receivedOn", "funding.receivedOn.future", new Object[] {text}));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("receivedOn", "funding.receivedOn.format", new Object[] {text}));
            return null;
        }
    }
}
