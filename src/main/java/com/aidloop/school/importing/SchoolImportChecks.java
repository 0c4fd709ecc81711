package com.aidloop.school.importing;

import com.aidloop.iam.DataScope;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.internal.SchoolRepository;
import com.aidloop.shared.Text;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of a school file for an uploader: against the townships of the uploader's
 * region and the schools already registered with the file's codes, read once for the whole file.
 */
@Component
public class SchoolImportChecks {

    private final RegionManagement regions;
    private final SchoolRepository schools;

    SchoolImportChecks(RegionManagement regions, SchoolRepository schools) {
        this.regions = regions;
        this.schools = schools;
    }

    public SchoolImportPass.Result check(List<ImportedRow> rows, List<RowProblem> fileProblems, DataScope scope) {
        List<String> codes = rows.stream()
                .map(r -> Text.compact(r.get(SchoolColumn.CODE)))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        SchoolRowRules rules = new SchoolRowRules(scope, townships(scope), schools.findByCodes(codes));
        return SchoolImportPass.run(rules, rows, fileProblems);
    }

    private TownshipResolver townships(DataScope scope) {
        String prefix = scope.regionPrefix();
        String name =
                prefix == null ? "" : regions.find(prefix).map(Region::name).orElse(prefix);
        String county = prefix != null && prefix.length() >= 6 ? prefix.substring(0, 6) : null;
        return new TownshipResolver(prefix, name, typed -> regions.lookup(county, typed), regions::find);
    }
}
