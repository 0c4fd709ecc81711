package com.aidloop.disbursement.reconciliation;

import com.aidloop.shared.Text;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a bank's return file is laid out when it is a spreadsheet (.csv, .xlsx, .xls): the header of
 * each column (any order, title rows above allowed) and the words of its result column. Set with
 * {@code aidloop.bank.returns.*}; docs/disbursement.md lists the defaults.
 */
@ConfigurationProperties("aidloop.bank.returns")
public record ReturnTemplate(
        @DefaultValue("序号") String lineNoHeader,
        @DefaultValue("户名") String nameHeader,
        @DefaultValue("卡号") String cardHeader,
        @DefaultValue("金额") String amountHeader,
        @DefaultValue("摘要") String referenceHeader,
        @DefaultValue("处理结果") String resultHeader,
        @DefaultValue("失败原因") String reasonHeader,
        @DefaultValue({"成功", "交易成功", "S", "0"}) List<String> paidWords,
        @DefaultValue({"失败", "交易失败", "F", "1"}) List<String> failedWords) {

    /** The defaults above, for code and tests outside Spring. */
    public static final ReturnTemplate DEFAULT = new ReturnTemplate(
            "序号",
            "户名",
            "卡号",
            "金额",
            "摘要",
            "处理结果",
            "失败原因",
            List.of("成功", "交易成功", "S", "0"),
            List.of("失败", "交易失败", "F", "1"));

    public ReturnTemplate {
        paidWords = List.copyOf(paidWords);
        failedWords = List.copyOf(failedWords);
        List<String> failed = failedWords;
        if (paidWords.stream().anyMatch(w -> failed.stream().anyMatch(f -> word(f).equals(word(w))))) {
            throw new IllegalArgumentException("a result word cannot mean both paid and failed");
        }
    }

    /** Every header looked for. */
    public Set<String> headers() {
        return Set.of(lineNoHeader, nameHeader, cardHeader, amountHeader, referenceHeader, resultHeader, reasonHeader);
    }

    /** The headers a return file cannot do without. */
    public List<String> requiredHeaders() {
        return List.of(referenceHeader, amountHeader, resultHeader);
    }

    /** The result a word means (full-width and case ignored); UNKNOWN for any other word. */
    public ReturnResult result(String written) {
        String w = word(written);
        if (paidWords.stream().anyMatch(p -> word(p).equals(w))) {
            return ReturnResult.PAID;
        }
        if (failedWords.stream().anyMatch(f -> word(f).equals(w))) {
            return ReturnResult.FAILED;
        }
        return ReturnResult.UNKNOWN;
    }

    private static String word(String s) {
        return Text.compact(s).toUpperCase(Locale.ROOT);
    }
}
