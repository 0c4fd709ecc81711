package com.aidloop.disbursement.reconciliation;

import com.aidloop.shared.FreeText;
import com.aidloop.shared.Money;

/**
 * One line of a return file as read, before matching. The card number is not kept: matching goes
 * by reference only.
 *
 * @param lineNo the line (text files) or row (spreadsheets) number as the file shows it
 * @param reference the payment reference (摘要), or "" when the line has none
 * @param amount the amount the bank reports, or null when the line is malformed
 * @param resultText the result as written (处理结果), for messages
 * @param reason the bank's failure reason in its own words, or ""
 * @param problem why the line cannot be read (Chinese), or null for a well-formed line
 *     <p>A bank file is hostile input like any other: its texts are cut to lengths no real line
 *     reaches, so that exceptions and failure reasons quoting them stay within their columns.
 */
public record ReturnLine(
        int lineNo,
        String reference,
        String payeeName,
        Money amount,
        ReturnResult result,
        String resultText,
        String reason,
        String problem) {

    static final int TEXT_MAX = 60;
    static final int REASON_MAX = 300;

    public ReturnLine {
        reference = FreeText.clipped(reference == null ? "" : reference.strip(), TEXT_MAX);
        payeeName = FreeText.clipped(payeeName == null ? "" : payeeName.strip(), TEXT_MAX);
        resultText = FreeText.clipped(resultText == null ? "" : resultText.strip(), TEXT_MAX);
        reason = FreeText.clipped(reason == null ? "" : reason.strip(), REASON_MAX);
    }

    public static ReturnLine malformed(int lineNo, String reference, String problem) {
        return new ReturnLine(lineNo, reference, "", null, ReturnResult.UNKNOWN, "", "", problem);
    }

    public boolean isMalformed() {
        return problem != null;
    }

    /** The name is personal data: only its length is printed. */
    @Override
    public String toString() {
        return "ReturnLine[" + lineNo + " " + reference + " " + amount + " " + result
                + (problem == null ? "" : " malformed") + "]";
    }
}
