package com.aidloop.disbursement.progress.web;

import com.aidloop.disbursement.ProgressReport;
import com.aidloop.disbursement.ProgressRow;
import com.aidloop.disbursement.progress.PayoutScopes.Township;
import com.aidloop.disbursement.progress.ProgressRows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The progress page by township (按乡镇): the rows of each township's schools together, by school,
 * under the township's own totals; townships in division-code order. Grouping only: whether a row
 * is late is the report's answer.
 */
final class TownshipGroups {

    private static final Township UNKNOWN = new Township("", "未知乡镇");

    /** One township's rows and their totals (a report of its rows). */
    record Group(Township township, ProgressReport report) {}

    private TownshipGroups() {}

    static List<Group> of(ProgressReport report, Map<Long, Township> townships) {
        Map<String, List<ProgressRow>> rows = new TreeMap<>();
        Map<String, Township> byCode = new TreeMap<>();
        for (ProgressRow row : report.rows()) {
            Township township = townships.getOrDefault(row.schoolId(), UNKNOWN);
            byCode.putIfAbsent(township.code(), township);
            rows.computeIfAbsent(township.code(), c -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        rows.forEach((code, list) -> {
            list.sort(ProgressRows.BY_SCHOOL);
            groups.add(new Group(byCode.get(code), new ProgressReport(report.term(), report.today(), list)));
        });
        groups.sort(Comparator.comparing(
                g -> g.township().code().isEmpty() ? "~" : g.township().code()));
        return groups;
    }
}
