package com.aidloop.programme;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.programme.domain.NamesUniquePerStage;
import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.domain.ProgrammeFacts;
import com.aidloop.programme.persistence.ProgrammeStore;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the catalogue: adding and describing programmes, deactivating. Standards change through
 * {@link CatalogueChanges}, with a second person's approval. Each edit is made by an account that
 * may change the programme's owner ({@link CatalogueOwner#requireChangeableBy}); a programme the
 * account does not see is "not found". Every change is audited with old and new values inside its
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

    ProgrammeManagement(
            ProgrammeStore store, ProgrammeCatalogue catalogue, AuditTrail audit, ApplicationEventPublisher events) {
        this.store = store;
        this.catalogue = catalogue;
        this.audit = audit;
        this.events = events;
    }

    /** Adds a programme of the account's own province or county. */
    public ProgrammeView open(ProgrammeInput input, CurrentAccount account) {
        return open(input, CatalogueOwner.ofStaffIn(account.regionCode()), account);
    }

    /**
     * Adds a programme belonging to {@code owner}, without standards yet; a blank code is
     * generated (PROGRAMME_1001 …). Its name may repeat another county's programme, never one that
     * can be in force where it applies.
     */
    public ProgrammeView open(ProgrammeInput input, CatalogueOwner owner, CurrentAccount account) {
        owner.requireChangeableBy(account);
        ProgrammeInput withCode =
                Text.compact(input.code()).isEmpty() ? withCode(input, "PROGRAMME_" + store.nextNumber()) : input;
        ProgrammeFacts facts = ProgrammeFacts.parse(withCode);
        List<Programme> all = store.all();
        if (all.stream().anyMatch(p -> p.facts().code().equals(facts.code()))) {
            throw InvalidInput.of("code", "programme.code.taken", facts.code());
        }
        requireUniqueNames(facts, null, owner, all);
        Programme saved;
        try {
            saved = store.insert(Programme.open(owner, facts, catalogue.now(), account.username()));
        } catch (DuplicateKeyException e) {
            throw InvalidInput.of("code", "programme.code.taken", facts.code());
        }
        List<FieldChange> changes = new ArrayList<>(facts.changesSince(null));
        changes.addFirst(new FieldChange("归属", null, owner.isNational() ? "全国" : owner.regionCode()));
        audit.record(AuditRecord.of(
                        "CREATE",
                        "programme",
                        facts.code(),
                        "新增资助项目：" + saved.view().displayName())
                .withChanges(changes)
                .by(account.username()));
        return saved.view();
    }

    /** Revises a programme's description (not its code, not its owner, not its standards). */
    public ProgrammeView revise(String code, int version, ProgrammeInput input, CurrentAccount account) {
        Programme programme = load(code, version, account);
        ProgrammeFacts facts = ProgrammeFacts.parse(withCode(input, code));
        Term last =
                programme.deactivation().map(Programme.Deactivation::lastTerm).orElse(null);
        requireUniqueNames(facts, last, programme.owner(), store.all());
        List<FieldChange> changes = programme.revise(facts);
        if (changes.isEmpty()) {
            return programme.view();
        }
        save(programme);
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "programme",
                        code,
                        "修改资助项目：" + programme.view().displayName())
                .withChanges(changes)
                .by(account.username()));
        return store.byId(programme.id()).view();
    }

    /** Stops a programme from a term on; it stays in the catalogue for the terms before. */
    public ProgrammeView deactivate(String code, int version, String from, CurrentAccount account) {
        Programme programme = load(code, version, account);
        Term fromTerm;
        try {
            fromTerm = Term.parse(from);
        } catch (InvalidValue invalid) {
            throw new InvalidInput(List.of(FieldProblem.of("from", invalid)));
        }
        programme.deactivate(fromTerm, catalogue.now(), account.username());
        save(programme);
        Term lastTerm = programme.deactivation().orElseThrow().lastTerm();
        audit.record(AuditRecord.of(
                        "UPDATE",
                        "programme",
                        code,
                        "停用资助项目：" + programme.view().displayName() + "，自" + fromTerm.label() + "起不再发放")
                .withChanges(List.of(new FieldChange("状态", "启用", "停用（最后发放学期：" + lastTerm.label() + "）")))
                .by(account.username()));
        return store.byId(programme.id()).view();
    }

    /** The programme if the account sees it (else not found) and may change it (else forbidden), at the version it read. */
    private Programme load(String code, int version, CurrentAccount account) {
        Programme programme = store.byCode(code, account.scope()).orElseThrow(() -> new ProgrammeNotFound(code));
        programme.owner().requireChangeableBy(account);
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

    /** Names must differ from those of the programmes that can be in force where the owner's are. */
    private static void requireUniqueNames(ProgrammeFacts facts, Term last, CatalogueOwner owner, List<Programme> all) {
        List<Programme> meeting =
                all.stream().filter(p -> p.owner().meets(owner)).toList();
        List<FieldProblem> clashes = NamesUniquePerStage.clashes(facts, last, meeting);
        if (!clashes.isEmpty()) {
            throw new InvalidInput(clashes);
        }
    }

    private static ProgrammeInput withCode(ProgrammeInput input, String code) {
        return new ProgrammeInput(
                code,
                input.name(),
                input.aliases(),
                input.stages(),
                input.semesters(),
                input.kind(),
                input.fundingLevel(),
                input.firstTerm(),
                input.source(),
                input.note());
    }
}
