package com.aidloop.school;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.school.internal.SchoolAccountStore;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schools' bank accounts (收款账户) for transfers of fee waivers and meals: set by staff who may
 * edit the school (SCHOOL_EDIT, inside their scope), read masked by anyone who sees the school,
 * and opened whole only for the transfer form, audited.
 */
@Service
public class SchoolAccounts {

    private final SchoolAccountStore store;
    private final SchoolManagement schools;
    private final SensitiveData sensitive;
    private final AuditTrail audit;

    SchoolAccounts(SchoolAccountStore store, SchoolManagement schools, SensitiveData sensitive, AuditTrail audit) {
        this.store = store;
        this.schools = schools;
        this.sensitive = sensitive;
        this.audit = audit;
    }

    /** The school's account, masked, if the scope sees the school and an account is recorded. */
    @Transactional(readOnly = true)
    public Optional<SchoolAccount> of(long schoolId, DataScope scope) {
        schools.find(schoolId, scope).orElseThrow(() -> new SchoolNotFound(schoolId));
        return store.find(schoolId).map(SchoolAccountStore.Stored::account);
    }

    /** The account with its sealed number, for a transfer that copies it (no scope check: the caller's). */
    @Transactional(readOnly = true)
    public Optional<SealedAccount> sealed(long schoolId) {
        return store.find(schoolId).map(s -> new SealedAccount(s.account(), s.numberSealed()));
    }

    /** Which of these schools have an account recorded (one query for a list). */
    @Transactional(readOnly = true)
    public java.util.Set<Long> withAccount(java.util.Collection<Long> schoolIds) {
        return schoolIds.isEmpty() ? java.util.Set.of() : store.withAccount(schoolIds);
    }

    /** An account and its sealed number, as a transfer keeps it. */
    public record SealedAccount(SchoolAccount account, String numberSealed) {}

    /** Records or replaces the school's account; audited with the masked numbers before and after. */
    @Transactional
    public SchoolAccount set(long schoolId, String accountName, String bank, String number, CurrentAccount account) {
        SchoolView school = schools.find(schoolId, account.scope()).orElseThrow(() -> new SchoolNotFound(schoolId));
        List<FieldProblem> problems = new ArrayList<>();
        String name = checked(problems, "accountName", () -> SchoolAccount.name(accountName, "accountName"));
        String branch = checked(problems, "bank", () -> SchoolAccount.name(bank, "bank"));
        String digits = checked(problems, "accountNumber", () -> SchoolAccount.number(number));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<SchoolAccount> before = store.find(schoolId).map(SchoolAccountStore.Stored::account);
        SchoolAccount after = new SchoolAccount(name, branch, SchoolAccount.masked(digits));
        store.save(schoolId, after, sensitive.seal(digits));
        audit.record(AuditRecord.of("UPDATE", "school", schoolId, "设置学校收款账户：" + school.name())
                .withChanges(List.of(
                        new FieldChange(
                                "户名", before.map(SchoolAccount::accountName).orElse(null), name),
                        new FieldChange("开户行", before.map(SchoolAccount::bank).orElse(null), branch),
                        new FieldChange(
                                "账号", before.map(SchoolAccount::numberMasked).orElse(null), after.numberMasked())))
                .by(account.username()));
        return after;
    }

    private static String checked(
            List<FieldProblem> problems, String field, java.util.function.Supplier<String> value) {
        try {
            return value.get();
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of(field, invalid));
            return null;
        }
    }
}
