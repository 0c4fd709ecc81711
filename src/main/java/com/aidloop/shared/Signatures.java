package com.aidloop.shared;

import java.util.List;

/**
 * The signature line under an official document (签字栏): the real names of its 经办人 (who
 * imported or created it), 审核人 (who confirmed or approved it) and 负责人 (the head of the aid
 * centre). A name not known is printed as a blank to sign on paper, never as a login name.
 *
 * @param handler e.g. 李芳, or 李芳、张敏 when several made it; null or blank leaves the line blank
 * @param reviewer e.g. 王建国
 * @param head e.g. 周国平
 */
public record Signatures(String handler, String reviewer, String head) {

    private static final String BLANK = "　　　　　　";
    private static final String GAP = "　　　　";

    public Signatures {
        handler = trimmed(handler);
        reviewer = trimmed(reviewer);
        head = trimmed(head);
    }

    /** Three blank lines, for paper signed by hand. */
    public static Signatures blank() {
        return new Signatures(null, null, null);
    }

    /** Several people's names as one signature, e.g. 李芳、张敏; null when there are none. */
    public static String together(List<String> names) {
        List<String> present =
                names.stream().filter(n -> n != null && !n.isBlank()).distinct().toList();
        return present.isEmpty() ? null : String.join("、", present);
    }

    /** e.g. "经办人：李芳　　　　审核人：王建国　　　　负责人：周国平" */
    public String line() {
        return line("");
    }

    /** The line with a prefix on 经办人, e.g. "县级" for "县级经办人：李芳…". */
    public String line(String handlerPrefix) {
        return handlerPrefix + "经办人：" + shown(handler) + GAP + "审核人：" + shown(reviewer) + GAP + "负责人：" + shown(head);
    }

    private static String shown(String name) {
        return name == null ? BLANK : name;
    }

    private static String trimmed(String name) {
        return name == null || name.isBlank() ? null : name.strip();
    }
}
