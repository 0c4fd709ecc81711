package com.aidloop.comparison.exchange;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListImportResult;
import com.aidloop.comparison.ListRefused;
import com.aidloop.comparison.ListUpload;
import com.aidloop.comparison.domain.ExchangeKey;
import com.aidloop.comparison.domain.ListType;
import com.aidloop.comparison.importing.PersonKeys;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Refusal.Kind;
import com.aidloop.shared.UploadedFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private exchange with a department: instead of the students' ID numbers, the county sends a
 * request file of keyed hashes (HMAC-SHA256 under a key made for the exchange and shown once);
 * the department runs the offline tool over its own list with the same key and returns only the
 * rows that match, each with its hash instead of the ID number; the answer is imported as a list
 * of the exchange's type and matched as any list. Every step is audited.
 */
@Service
@Transactional
public class PrivateExchanges {

    /** The answer file's column holding the hash (the department's tool writes it). */
    public static final String CODE_HEADER = "匹配码";

    private final ExchangeStore store;
    private final ImportingDepartmentLists importing;
    private final AuditTrail audit;

    PrivateExchanges(ExchangeStore store, ImportingDepartmentLists importing, AuditTrail audit) {
        this.store = store;
        this.importing = importing;
        this.audit = audit;
    }

    /** Makes an exchange for the account's region: its key (returned once) and its request's hashes. */
    public NewExchange create(String typeCode, String department, CurrentAccount account) {
        ListType type = importing.types().stream()
                .filter(t -> t.code().equals(typeCode))
                .findFirst()
                .orElseThrow(
                        () -> new ListRefused(Kind.INVALID, "comparison.list.typeUnknown", String.valueOf(typeCode)));
        String from = department == null ? "" : department.strip();
        if (from.isEmpty() || from.length() > 50) {
            throw new ListRefused(Kind.INVALID, "comparison.list.departmentRequired");
        }
        String region = ImportingDepartmentLists.importingRegion(account);
        ExchangeKey key = ExchangeKey.generate();
        long id = store.open(region, type.code(), from, key.check(), account.username());
        int persons = store.writeKeys(id, key, account.scope());
        if (persons == 0) {
            throw new ListRefused(Kind.UNPROCESSABLE, "comparison.exchange.nobody");
        }
        audit.record(AuditRecord.of(
                "CREATE",
                "comparison_exchange",
                id,
                "生成比对请求：" + type.name() + "（" + from + "），" + persons + "人的匹配码（密钥只显示一次，不保存）"));
        return new NewExchange(exchange(id, account), key.written());
    }

    /** The request file (CSV, UTF-8): a title line with the exchange's number and key check, the header, the hashes. */
    @Transactional(readOnly = true)
    public void request(long id, CurrentAccount account, OutputStream out) {
        ExchangeView exchange = open(id, account, false);
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write("比对请求,交换编号=" + id + ",密钥校验码=" + exchange.keyCheck() + ",名单类型=" + exchange.typeName() + "\r\n"
                    + CODE_HEADER + "\r\n");
            store.writeRequest(id, writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                AuditRecord.of("EXPORT", "comparison_exchange", id, "下载比对请求文件（" + exchange.persons() + "个匹配码，不含身份证号）"));
    }

    /** Imports the department's answer as a list of the exchange's type; the request's hashes are then deleted. */
    public ListImportResult answer(long id, UploadedFile file, LocalDate asOf, CurrentAccount account) {
        ExchangeView exchange = open(id, account, true);
        Map<String, String> keys = store.keys(id);
        PersonKeys codes = new PersonKeys() {
            @Override
            public String read(String cell) {
                String code = ExchangeKey.readCode(cell);
                if (!keys.containsKey(code)) {
                    throw new InvalidValue("comparison.exchange.unknownCode", code.substring(0, 12) + "…", id);
                }
                return code;
            }

            @Override
            public String index(String code) {
                return keys.get(code);
            }
        };
        ColumnMapping mapping = new ColumnMapping(CODE_HEADER, null, null, null, List.of(), List.of(), Map.of());
        ListImportResult result = importing.submit(
                file, new ListUpload(exchange.typeCode(), exchange.department(), asOf, mapping), account, codes);
        store.answered(id, result.list().id());
        audit.record(AuditRecord.of(
                "IMPORT",
                "comparison_exchange",
                id,
                "导入比对回复：" + exchange.typeName() + "（" + exchange.department() + "），"
                        + result.list().persons() + "人，成为名单" + result.list().id() + "；请求的匹配码已删除"));
        return result;
    }

    @Transactional(readOnly = true)
    public List<ExchangeView> exchanges(CurrentAccount account) {
        return store.list(account.scope());
    }

    @Transactional(readOnly = true)
    public ExchangeView exchange(long id, CurrentAccount account) {
        return store.find(id, account.scope(), false)
                .orElseThrow(() -> new ListRefused(Kind.NOT_FOUND, "comparison.exchange.notFound", id));
    }

    private ExchangeView open(long id, CurrentAccount account, boolean lock) {
        ExchangeView exchange = store.find(id, account.scope(), lock)
                .orElseThrow(() -> new ListRefused(Kind.NOT_FOUND, "comparison.exchange.notFound", id));
        if (exchange.answered()) {
            throw new ListRefused(Kind.CONFLICT, "comparison.exchange.answered", id, exchange.answerListId());
        }
        return exchange;
    }
}
