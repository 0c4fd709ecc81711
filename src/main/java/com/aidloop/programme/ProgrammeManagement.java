package com.aidloop.programme;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.programme.domain.NamesUniquePerStage;
import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.domain.Programme.StandardChange;
import com.aidloop.programme.domain.ProgrammeFacts;
import com.aidloop.programme.domain.StandardEntry;
import com.aidloop.programme.persistence.ProgrammeStore;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the catalogue: adding and describing programmes, recording standards, deactivating.
 * Callers check PROGRAMME_EDIT. Every change is audited with old and new values inside its
 * transaction, and each edit names the version it started from: a concurrent save in between is
 * refused with {@link ProgrammeChangedMeanwhile}.
 */
@Service
@Transactional
public class ProgrammeManagement {

    private final ProgrammeStore store;
    private final ProgrammeCatalogue catalogue;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CurrentAccounts accounts;

    ProgrammeManagement(ProgrammeStore store, ProgrammeCatalogue catalogue, AuditTrail audit,
            ApplicationEventPublisher events, CurrentAccounts accounts) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
        this.accounts = accounts;
    }

    /** Adds a programme, without standards yet; a blank code is generated (PROGRAMME_1001 …). */
    public ProgrammeView open(ProgrammeInput input) {
        ProgrammeInput withCode = Text.compact(input.code()).isEmpty() ? withCode(input, "PROGRAMME_" + store.nextNumber()) : input;
        ProgrammeFacts facts = ProgrammeFacts.parse(withCode);
        List<Programme> all = store.all();
        if (all.stream().anyMatch(p -> p.facts().code().equals(facts.code()))) {
            throw InvalidInput.of("code", "programme.code.taken", facts.code());
        }
        requireUniqueNames(facts, null, all);
        Programme saved;
        try {
            saved = store.insert(Programme.open(facts, catalogue.now(), actor()));
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("code", "programme.code.taken", facts.code());
        }
        audit.record(AuditRecord.of("CREATE", "programme", facts.code(), "新增资助项目：" + saved.view().displayName())
                .withChanges(facts.changesSince(null)));
        return saved.view();
    }

    /** Revises a programme's description (not its code, not its standards). */
    public ProgrammeView revise(String code, int version, ProgrammeInput input) {
        Programme programme = load(code, version);
        ProgrammeFacts facts = ProgrammeFacts.parse(withCode(input, code));
        requireUniqueNames(facts, programme.deactivation().map(Programme.Deactivation::lastTerm).orElse(null), store.all());
        List<FieldChange> changes = programme.revise(facts);
        if (changes.isEmpty()) {
            return programme.view();
        }
        save(programme);
        audit.record(AuditRecord.of("UPDATE", "programme", code, "修改资助项目：" + programme.view().displayName())
                .withChanges(changes));
        return reload(code);
    }

    /**
     * Records a standard for a tier from a term. A version recorded before for the same tier and
     * term is superseded, not overwritten; the audit record names the amount it replaces.
     */
    public Standard recordStandard(String code, int version, StandardInput input) {
        Programme programme = load(code, version);
        StandardEntry entry = StandardEntry.parse(input, programme.tiers());
        StandardChange change = programme.recordStandard(entry, catalogue.now(), actor());
        save(programme);
        Standard recorded = change.recorded();
        String field = recorded.tier().label() + "（" + recorded.validFrom().label() + "起）";
        String before = change.inForceBefore() == null ? null : change.inForceBefore().amountText();
        String summary = (change.corrected() != null ? "更正资助标准：" : "新增资助标准：")
                + programme.view().displayName() + " " + recorded.describe() + "，自" + recorded.validFrom().label() + "起执行";
        audit.record(AuditRecord.of("UPDATE", "programme", code, summary)
                .withChanges(List.of(new FieldChange(field, before, recorded.amountText()))));
        return recorded;
    }

    /** Stops a programme from a term on; it stays in the catalogue for the terms before. */
    public ProgrammeView deactivate(String code, int version, String from) {
        Programme programme = load(code, version);
        Term fromTerm;
        try {
            fromTerm = Term.parse(from);
        } catch (InvalidValue invalid) {
            throw new InvalidInput(List.of(FieldProblem.of("from", invalid)));
        }
        programme.deactivate(fromTerm, catalogue.now(), actor());
        save(programme);
        Term last = programme.deactivation().orElseThrow().lastTerm();
        audit.record(AuditRecord.of("UPDATE", "programme", code, "停用资助项目：" + programme.view().displayName()
                        + "，自" + fromTerm.label() + "起不再发放")
                .withChanges(List.of(new FieldChange("状态", "启用", "停用（最后发放学期：" + last.label() + "）"))));
        return reload(code);
    }

    private Programme load(String code, int version) {
        Programme programme = store.byCode(code).orElseThrow(() -> new ProgrammeNotFound(code));
        if (programme.version() != version) {
            throw new ProgrammeChangedMeanwhile(code);
        }
        return programme;
    }

    private void save(Programme programme) {
        try {
            if (!store.update(programme)) {
                throw new ProgrammeChangedMeanwhile(programme.facts().code());
            }
        } catch (DuplicateKeyException e) {
            throw new ProgrammeChangedMeanwhile(programme.facts().code());
        }
        programme.events().forEach(events::publishEvent);
    }

    private ProgrammeView reload(String code) {
        return store.byCode(code).orElseThrow(() -> new ProgrammeNotFound(code)).view();
    }

    private static void requireUniqueNames(ProgrammeFacts facts, Term last, List<Programme> all) {
        List<FieldProblem> clashes = NamesUniquePerStage.clashes(facts, last, all);
        if (!clashes.isEmpty()) {
            throw new InvalidInput(clashes);
        }
    }

    private String actor() {
        return accounts.find().map(CurrentAccount::username).orElse("system");
    }

    private static ProgrammeInput withCode(ProgrammeInput input, String code) {
        return new ProgrammeInput(code, input.name(), input.aliases(), input.stages(), input.semesters(), input.kind(),
                input.fundingLevel(), input.firstTerm(), input.source(), input.note());
    }
}
