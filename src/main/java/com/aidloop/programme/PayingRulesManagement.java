package com.aidloop.programme;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.persistence.PayingRuleStore;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolNotFound;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the paying rules: funding shares, payout schedules and payment channels from a term on, and school quotas
 * and budgets. Shares and schedules belong to their programme's owner: only an account that may
 * change it sets them ({@link CatalogueOwner#requireChangeableBy}). Quotas are set only for
 * schools inside the caller's scope and programmes it sees (others are "not found"). Groups of
 * exclusive programmes change through {@link CatalogueChanges}, with a second person. Every
 * change is audited with the value it replaces; nothing recorded is overwritten, only superseded.
 */
@Service
@Transactional
public class PayingRulesManagement {

    private final PayingRuleStore store;
    private final PayingRules rules;
    private final ProgrammeCatalogue catalogue;
    private final SchoolManagement schools;
    private final AuditTrail audit;
    private final CurrentAccounts accounts;

    PayingRulesManagement(
            PayingRuleStore store,
            PayingRules rules,
            ProgrammeCatalogue catalogue,
            SchoolManagement schools,
            AuditTrail audit,
            CurrentAccounts accounts) {
        this.store = store;
        this.rules = rules;
        this.catalogue = catalogue;
        this.schools = schools;
        this.audit = audit;
        this.accounts = accounts;
    }

    /** Records the funding shares from a term on; a second entry for the same term is a correction. */
    public FundingShares recordShares(
            String code,
            String validFrom,
            Map<String, String> shares,
            String note,
            String source,
            CurrentAccount account) {
        long programme = changeable(code, account);
        FundingShares recorded =
                FundingShares.parse(validFrom, shares, note, source, catalogue.now(), account.username());
        String before = rules.sharesFor(code, recorded.validFrom())
                .map(FundingShares::describe)
                .orElse(null);
        store.recordShares(programme, recorded);
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "programme",
                        code,
                        "设置资金分担：" + name(code, account.scope()) + "，自"
                                + recorded.validFrom().label() + "起 " + recorded.describe())
                .withChanges(List.of(
                        new FieldChange("资金分担（" + recorded.validFrom().label() + "起）", before, recorded.describe())))
                .by(account.username()));
        return recorded;
    }

    /** Records the payout schedule from a term on. */
    public PayoutSchedule recordSchedule(
            String code,
            String validFrom,
            String mode,
            String months,
            String note,
            String source,
            CurrentAccount account) {
        long programme = changeable(code, account);
        PayoutSchedule recorded =
                PayoutSchedule.parse(validFrom, mode, months, note, source, catalogue.now(), account.username());
        String before = rules.scheduleFor(code, recorded.validFrom()).describe();
        store.recordSchedule(programme, recorded);
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "programme",
                        code,
                        "设置发放方式：" + name(code, account.scope()) + "，自"
                                + recorded.validFrom().label() + "起" + recorded.describe())
                .withChanges(List.of(
                        new FieldChange("发放方式（" + recorded.validFrom().label() + "起）", before, recorded.describe())))
                .by(account.username()));
        return recorded;
    }

    /** Records the payment channel from a term on (发放渠道); a second entry for the same term is a correction. */
    public ProgrammeChannel recordChannel(
            String code, String validFrom, String channel, String note, String source, CurrentAccount account) {
        long programme = changeable(code, account);
        ProgrammeChannel recorded =
                ProgrammeChannel.parse(validFrom, channel, note, source, catalogue.now(), account.username());
        String before = rules.channelFor(code, recorded.validFrom()).describe();
        store.recordChannel(programme, recorded);
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "programme",
                        code,
                        "设置发放渠道：" + name(code, account.scope()) + "，自"
                                + recorded.validFrom().label() + "起" + recorded.describe())
                .withChanges(List.of(
                        new FieldChange("发放渠道（" + recorded.validFrom().label() + "起）", before, recorded.describe())))
                .by(account.username()));
        return recorded;
    }

    /**
     * Sets a school's quota and budget for a programme and term (blank = no limit). The school
     * must lie inside the scope, else {@link SchoolNotFound}, and the programme must be one the
     * scope sees, else {@link ProgrammeNotFound}.
     */
    public SchoolQuota setQuota(long schoolId, String code, String term, String quota, String budget, DataScope scope) {
        SchoolView school = schools.find(schoolId, scope).orElseThrow(() -> new SchoolNotFound(schoolId));
        catalogue.detail(code, scope).orElseThrow(() -> new ProgrammeNotFound(code));
        long programme = programmeId(code);
        List<FieldProblem> problems = new ArrayList<>();
        Term forTerm = null;
        try {
            forTerm = Term.parse(term);
        } catch (InvalidValue invalid) {
            problems.add(FieldProblem.of("term", invalid));
        }
        Integer count = null;
        String typedQuota = Text.normalize(quota).strip();
        if (!typedQuota.isEmpty()) {
            count = typedQuota.matches("\\d{1,7}") ? Integer.valueOf(typedQuota) : null;
            if (count == null) {
                problems.add(new FieldProblem("quota", "paying.quota.format", new Object[] {typedQuota}));
            }
        }
        Money money = null;
        if (!Text.normalize(budget).isBlank()) {
            try {
                money = Money.yuan(budget);
                if (money.isNegative()) {
                    problems.add(new FieldProblem("budget", "paying.budget.negative", new Object[0]));
                }
            } catch (InvalidValue invalid) {
                problems.add(FieldProblem.of("budget", invalid));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Optional<SchoolQuota> before = rules.quotaFor(schoolId, code, forTerm);
        SchoolQuota recorded = new SchoolQuota(schoolId, code, forTerm, count, money, catalogue.now(), actor());
        store.recordQuota(programme, recorded);
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "school-quota",
                        schoolId + ":" + code + ":" + forTerm.code(),
                        "设置名额和预算：" + school.name() + " " + name(code, scope) + " " + forTerm.label())
                .withChanges(List.of(
                        new FieldChange("名额", before.map(q -> text(q.quota())).orElse(null), text(count)),
                        new FieldChange(
                                "预算（元）", before.map(q -> text(q.budget())).orElse(null), text(money)))));
        return recorded;
    }

    /** The programme's id, if the account sees the programme (else not found) and may change it (else forbidden). */
    private long changeable(String code, CurrentAccount account) {
        ProgrammeDetail detail = catalogue.detail(code, account.scope()).orElseThrow(() -> new ProgrammeNotFound(code));
        detail.programme().owner().requireChangeableBy(account);
        return detail.programme().id();
    }

    private long programmeId(String code) {
        return store.programmeId(code).orElseThrow(() -> new ProgrammeNotFound(code));
    }

    private String name(String code, DataScope scope) {
        return catalogue
                .detail(code, scope)
                .map(d -> d.programme().displayName())
                .orElse(code);
    }

    private static String text(Object value) {
        return value == null ? "不限" : value instanceof Money m ? Money.display(m) : value.toString();
    }

    private String actor() {
        return accounts.find().map(CurrentAccount::username).orElse("system");
    }
}
