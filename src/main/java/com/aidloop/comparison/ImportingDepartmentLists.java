package com.aidloop.comparison;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.domain.ListColumns;
import com.aidloop.comparison.domain.ListRowReader;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.importing.ListRowsWriter;
import com.aidloop.comparison.persistence.ListStore;
import com.aidloop.comparison.persistence.ListTypeStore;
import com.aidloop.comparison.persistence.MappingStore;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.platform.ChinaTime;
import com.aidloop.platform.UploadedCopy;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.UploadedFile;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a department's list for the importing account's region (a county, city or province):
 * all or nothing, one import per region and type at a time, the uploaded file deleted once read,
 * then matches every current list against the registry in the same transaction.
 */
@Service
@Transactional
public class ImportingDepartmentLists {

    private final ListStore lists;
    private final ListTypeStore types;
    private final MappingStore mappings;
    private final ListRowsWriter writer;
    private final Matching matching;
    private final AuditTrail audit;
    private final ChinaTime time;

    ImportingDepartmentLists(
            ListStore lists,
            ListTypeStore types,
            MappingStore mappings,
            ListRowsWriter writer,
            Matching matching,
            AuditTrail audit,
            ChinaTime time) {
        this.lists = lists;
        this.types = types;
        this.mappings = mappings;
        this.writer = writer;
        this.matching = matching;
        this.audit = audit;
        this.time = time;
    }

    /** Reads the file, replaces the current list of its type (never by an older one) and matches. */
    public ListImportResult submit(UploadedFile file, ListUpload upload, CurrentAccount account) {
        String region = importingRegion(account);
        ListType type = checked(upload);
        try (UploadedCopy copy = UploadedCopy.of(file, "aidloop-list-", "部门名单")) {
            lists.lock(region, type.code());
            Optional<ListStore.CurrentList> current = lists.current(region, type.code());
            if (current.isPresent() && current.get().asOf().isAfter(upload.asOf())) {
                throw new ListRefused(
                        Kind.CONFLICT,
                        "comparison.list.older",
                        type.name(),
                        current.get().asOf(),
                        upload.asOf());
            }
            ColumnMapping mapping =
                    upload.mapping().orElse(mappings.remembered(region, upload.department(), type.code()));
            Read read = read(copy.file(), copy.name(), region, type, upload, mapping, account);
            long id = read.id();
            ListRowsWriter.Counts counts = read.counts();
            mappings.remember(region, upload.department(), type.code(), mapping);
            lists.makeCurrent(
                    id,
                    counts.rowsRead(),
                    counts.rowsSkipped(),
                    counts.persons(),
                    current.map(ListStore.CurrentList::id).orElse(null));
            audit.record(AuditRecord.of(
                    "IMPORT",
                    "comparison_list",
                    id,
                    "导入部门名单：" + type.name() + "（" + upload.department() + "，截止" + upload.asOf() + "），"
                            + counts.persons() + "人"));
            MatchingRun run = matching.run("IMPORT");
            return new ListImportResult(lists.find(id, account.scope()).orElseThrow(), run, counts.firstProblems());
        }
    }

    private record Read(long id, ListRowsWriter.Counts counts) {}

    private Read read(
            Path file,
            String fileName,
            String region,
            ListType type,
            ListUpload upload,
            ColumnMapping mapping,
            CurrentAccount account) {
        try (RowSource source = SpreadsheetReader.open(file, fileName, ReadLimits.DEFAULT)) {
            Header header = header(source, mapping, type);
            List<String> inFile = new ArrayList<>(header.columns().keySet());
            inFile.addAll(header.unknown());
            ListColumns columns = ListColumns.resolve(
                    mapping, type, h -> Optional.ofNullable(header.columns().get(h)), String.join("、", inFile));
            ListRowReader reader = new ListRowReader(type, columns, types.categories(), types.all());
            long id = lists.open(
                    region,
                    type.code(),
                    upload.department(),
                    upload.asOf(),
                    fileName,
                    source.sheetName(),
                    account.username());
            ListRowsWriter.Counts counts = writer.write(id, type, source, reader);
            if (counts.persons() == 0) {
                String firstProblem = counts.firstProblems().isEmpty()
                        ? ""
                        : counts.firstProblems().getFirst().sentence();
                throw new ListRefused(Kind.UNPROCESSABLE, "comparison.list.noRows", counts.rowsSkipped(), firstProblem);
            }
            return new Read(id, counts);
        }
    }

    /** The header row; a file without one names the ID column looked for, not a template. */
    private static Header header(RowSource source, ColumnMapping mapping, ListType type) {
        try {
            return source.findHeader(new HashSet<>(mapping.everyHeader(type)));
        } catch (SpreadsheetRefused refused) {
            if ("spreadsheet.headerNotFound".equals(refused.code())) {
                throw new ListRefused(
                        Kind.UNPROCESSABLE,
                        "comparison.columns.noHeader",
                        String.join(
                                "”或“",
                                mapping.idCandidates()
                                        .subList(
                                                0,
                                                Math.min(
                                                        4,
                                                        mapping.idCandidates().size()))));
            }
            throw refused;
        }
    }

    /** The lists the scope holds, newest first. */
    @Transactional(readOnly = true)
    public Paged<DepartmentListView> lists(CurrentAccount account, Paging paging) {
        return lists.lists(account.scope(), paging);
    }

    @Transactional(readOnly = true)
    public DepartmentListView list(long id, CurrentAccount account) {
        return lists.find(id, account.scope())
                .orElseThrow(() -> new ListRefused(Kind.NOT_FOUND, "comparison.list.notFound", id));
    }

    @Transactional(readOnly = true)
    public Paged<ImportProblem> problems(long id, CurrentAccount account, Paging paging) {
        list(id, account);
        return lists.problems().problems(id, true, paging);
    }

    /** The configured list types, in the order forms offer them. */
    @Transactional(readOnly = true)
    public List<ListType> types() {
        return List.copyOf(types.all().values());
    }

    /** The mapping remembered for the account's region, a department and a type (empty fields: none). */
    @Transactional(readOnly = true)
    public ColumnMapping rememberedMapping(CurrentAccount account, String department, String typeCode) {
        String region = account.schoolId() == null ? account.regionCode() : null;
        if (region == null || department == null || typeCode == null) {
            return ColumnMapping.none();
        }
        return mappings.remembered(region, department.strip(), typeCode);
    }

    private ListType checked(ListUpload upload) {
        ListType type = upload.typeCode() == null ? null : types.all().get(upload.typeCode());
        if (type == null) {
            throw new ListRefused(Kind.INVALID, "comparison.list.typeUnknown", String.valueOf(upload.typeCode()));
        }
        if (upload.department() == null
                || upload.department().isBlank()
                || upload.department().length() > 50) {
            throw new ListRefused(Kind.INVALID, "comparison.list.departmentRequired");
        }
        if (upload.asOf() == null) {
            throw new ListRefused(Kind.INVALID, "comparison.list.asOfRequired");
        }
        if (upload.asOf().isAfter(time.today())) {
            throw new ListRefused(Kind.INVALID, "comparison.list.asOfFuture", upload.asOf());
        }
        return type;
    }

    private static String importingRegion(CurrentAccount account) {
        String region = account.regionCode();
        if (account.schoolId() != null || region == null || region.length() > 6) {
            throw new ListRefused(Kind.FORBIDDEN, "comparison.list.regionOnly");
        }
        return region;
    }
}
