package com.aidloop.disbursement.reconciliation;

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
 */
public record ReturnLine(
        int lineNo, String reference, String payeeName, Money amount, ReturnResult result, String resultText, String reason,
        String problem) {

    public ReturnLine {
        reference = reference == null ? "" : reference.strip();
        payeeName = payeeName == null ? "" : payeeName.strip();
        resultText = resultText == null ? "" : resultText.strip();
        reason = reason == null ? "" : reason.strip();
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
        return "ReturnLine[" + lineNo + " " + reference + " " + amount + " " + result + (problem == null ? "" : " malformed") + "]";
    }
}
