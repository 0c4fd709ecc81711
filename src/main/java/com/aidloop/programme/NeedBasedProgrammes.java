package com.aidloop.programme;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.programme.persistence.IdentificationRuleStore;
import com.aidloop.programme.persistence.IdentificationRuleStore.Row;
import com.aidloop.shared.Term;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's need-based programmes (资助以认定为前提): which tiers go with which levels of
 * difficulty, effective from a term like the standards, and whether an award without an
 * identification is refused (REQUIRED) or only reported (WARNING, a transition year). The
 * catalogue ships WARNING; a county's staff switch a programme for their county, audited.
 */
@Service
@Transactional(readOnly = true)
public class NeedBasedProgrammes {

    private final IdentificationRuleStore store;
    private final ProgrammeCatalogue catalogue;
    private final AuditTrail audit;

    NeedBasedProgrammes(IdentificationRuleStore store, ProgrammeCatalogue catalogue, AuditTrail audit) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /** What the need-based programmes ask of awards in a county (6-digit code) and term. */
    public IdentificationRequirements requirements(String countyCode, Term term) {
        Map<String, List<Row>> byCode = store.needBased(countyCode).stream()
                .collect(Collectors.groupingBy(Row::code, LinkedHashMap::new, Collectors.toList()));
        Map<String, IdentificationRequirement> requirements = new LinkedHashMap<>();
        byCode.forEach((code, rows) -> requirements.put(code, requirement(rows, term)));
        return new IdentificationRequirements(countyCode, term, requirements);
    }

    private static IdentificationRequirement requirement(List<Row> rows, Term term) {
        Row first = rows.getFirst();
        Map<String, Row> latest = new HashMap<>();
        for (Row row : rows) {
            if (row.tierCode() != null && row.validFrom().compareTo(term) <= 0) {
                latest.merge(row.tierCode(), row, (a, b) -> a.validFrom().compareTo(b.validFrom()) >= 0 ? a : b);
            }
        }
        Map<String, Set<String>> levels = new HashMap<>();
        latest.forEach((tier, row) -> levels.put(tier, Set.copyOf(row.levels())));
        IdentificationRule rule = first.countyRule() != null ? first.countyRule() : first.catalogueRule();
        return new IdentificationRequirement(first.code(), first.name(), rule, first.countyRule() != null, levels);
    }

    /** The requirements of the caller's county this term, for its page; empty outside a county. */
    public List<IdentificationRequirement> ofMyCounty(CurrentAccount account, Term term) {
        String county = countyOf(account);
        if (county == null) {
            return List.of();
        }
        return List.copyOf(requirements(county, term).byCode().values());
    }

    /** Whether the account may switch the rule for its county: county staff with PROGRAMME_EDIT. */
    public boolean maySwitch(CurrentAccount account) {
        return account.may(Permission.PROGRAMME_EDIT) && countyOf(account) != null;
    }

    /** Switches a need-based programme's rule for the caller's county. */
    @Transactional
    public IdentificationRequirement switchRule(String code, String rule, CurrentAccount account) {
        if (!maySwitch(account)) {
            throw new CatalogueChangeForbidden("programme.identificationRule.countyOnly");
        }
        IdentificationRule wanted = IdentificationRule.parse(rule);
        String county = countyOf(account);
        Term term = catalogue.currentTerm();
        IdentificationRequirement before =
                requirements(county, term).of(code).orElseThrow(() -> new ProgrammeNotFound(code));
        long programmeId = store.needBased(county).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .programmeId();
        store.setCountyRule(county, programmeId, wanted, catalogue.now(), account.username());
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "programme",
                        code,
                        "设置认定要求：" + before.programmeName() + "（" + county + "）" + wanted.label())
                .withChanges(List.of(new FieldChange("认定要求", before.rule().label(), wanted.label())))
                .by(account.username()));
        return requirements(county, term).of(code).orElseThrow();
    }

    private static String countyOf(CurrentAccount account) {
        String region = account.regionCode();
        return account.schoolId() == null && region != null && region.length() == 6 ? region : null;
    }
}
