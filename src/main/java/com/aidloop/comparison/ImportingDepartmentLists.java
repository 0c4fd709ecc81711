package com.aidloop.comparison;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.importing.ListFileReading;
import com.aidloop.comparison.importing.ListRowsWriter;
import com.aidloop.comparison.importing.PersonKeys;
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
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a department's list for the importing account's region (a county, city or province):
 * all or nothing, one import per region and type at a time, the uploaded file deleted once read
 * (before the matching run), then matches the persons it touched against the registry in the same
 * transaction.
 */
@Service
@Transactional
public class ImportingDepartmentLists {

    private static final Logger log = LoggerFactory.getLogger(ImportingDepartmentLists.class);

    private final ListStore lists;
    private final ListTypeStore types;
    private final MappingStore mappings;
    private final ListFileReading reading;
    private final Matching matching;
    private final AuditTrail audit;
    private final ChinaTime time;

    ImportingDepartmentLists(
            ListStore lists,
            ListTypeStore types,
            MappingStore mappings,
            ListFileReading reading,
            Matching matching,
            AuditTrail audit,
            ChinaTime time) {
        this.lists = lists;
        this.types = types;
        this.mappings = mappings;
        this.reading = reading;
        this.matching = matching;
        this.audit = audit;
        this.time = time;
    }

    /** Reads the file, replaces the current list of its type (never by an older one) and matches. */
    public ListImportResult submit(UploadedFile file, ListUpload upload, CurrentAccount account) {
        return submit(file, upload, account, null);
    }

    /**
     * As {@link #submit(UploadedFile, ListUpload, CurrentAccount)}, with the persons' keys read as
     * {@code keys} reads them (the answer to a private exchange); null: ID numbers.
     */
    public ListImportResult submit(UploadedFile file, ListUpload upload, CurrentAccount account, PersonKeys keys) {
        String region = importingRegion(account);
        ListType type = checked(upload);
        long started = System.nanoTime();
        Loaded loaded;
        try (UploadedCopy copy = UploadedCopy.of(file, "aidloop-list-", "部门名单")) {
            loaded = load(copy, region, type, upload, account, keys);
        }
        // the uploaded copy is deleted: what follows works on the stored list only
        long id = loaded.read().id();
        ListRowsWriter.Counts counts = loaded.read().counts();
        if (keys == null) {
            // an exchange answer's mapping names its 匹配码 column: never the department's own files' mapping
            mappings.remember(region, upload.department(), type.code(), loaded.mapping());
        }
        lists.makeCurrent(
                id,
                counts.rowsRead(),
                counts.rowsSkipped(),
                counts.persons(),
                loaded.current().map(ListStore.CurrentList::id).orElse(null));
        audit.record(AuditRecord.of(
                "IMPORT",
                "comparison_list",
                id,
                "导入部门名单：" + type.name() + "（" + upload.department() + "，截止" + upload.asOf() + "），" + counts.persons()
                        + "人"));
        long loadedAt = System.nanoTime();
        MatchingRun run = matching.runAfterImport(id, region, type.code());
        log.info(
                "List {}: {} rows read, {} skipped, {} persons stored in {} ms; matching run {} took {} ms",
                id,
                counts.rowsRead(),
                counts.rowsSkipped(),
                counts.persons(),
                (loadedAt - started) / 1_000_000,
                run.id(),
                (System.nanoTime() - loadedAt) / 1_000_000);
        return new ListImportResult(lists.find(id, account.scope()).orElseThrow(), run, counts.firstProblems());
    }

    /** What {@link #load} read, with the mapping it used and the list it is to replace. */
    private record Loaded(ListFileReading.Read read, ColumnMapping mapping, Optional<ListStore.CurrentList> current) {}

    /** Under the region's and type's lock: refuses an older list, then reads the file into a new list. */
    private Loaded load(
            UploadedCopy copy,
            String region,
            ListType type,
            ListUpload upload,
            CurrentAccount account,
            PersonKeys keys) {
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
        ColumnMapping mapping = upload.mapping().orElse(mappings.remembered(region, upload.department(), type.code()));
        ListFileReading.Opening opening = new ListFileReading.Opening(
                region, upload.department(), upload.asOf(), account.username(), upload.sheet());
        ListFileReading.Read read = keys == null
                ? reading.read(copy.file(), copy.name(), opening, type, mapping)
                : reading.read(copy.file(), copy.name(), opening, type, mapping, keys);
        return new Loaded(read, mapping, current);
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

    /** The region an account imports for (a county, city or province); other accounts are refused. */
    public static String importingRegion(CurrentAccount account) {
        String region = account.regionCode();
        if (account.schoolId() != null || region == null || region.length() > 6) {
            throw new ListRefused(Kind.FORBIDDEN, "comparison.list.regionOnly");
        }
        return region;
    }
}
