package com.aidloop.programme;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.domain.CatalogueChange;
import com.aidloop.programme.domain.CatalogueChange.ProposedExclusion;
import com.aidloop.programme.domain.CatalogueChange.ProposedRemoval;
import com.aidloop.programme.domain.CatalogueChange.ProposedStandard;
import com.aidloop.programme.domain.Programme;
import com.aidloop.programme.domain.Programme.StandardChange;
import com.aidloop.programme.domain.StandardEntry;
import com.aidloop.programme.persistence.ChangeStore;
import com.aidloop.programme.persistence.PayingRuleStore;
import com.aidloop.programme.persistence.ProgrammeStore;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.FreeText;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposing changes of the catalogue that need a second person (双人复核): a standard, a new
 * exclusion group, the removal of one. A proposal is checked now as it would be applied, and
 * recorded as pending; nothing in the catalogue changes until another account with the same
 * right approves it ({@link CatalogueApprovals}). The proposer must see the entry (else "not
 * found") and may change its owner's entries (else "forbidden"). Every proposal is audited.
 */
@Service
@Transactional
public class CatalogueChanges {

    /** At most this many decided changes are listed. */
    public static final int DECIDED_SHOWN = 50;

    private final ChangeStore changes;
    private final ProgrammeStore programmes;
    private final PayingRuleStore rules;
    private final ProgrammeCatalogue catalogue;
    private final AuditTrail audit;

    CatalogueChanges(
            ChangeStore changes,
            ProgrammeStore programmes,
            PayingRuleStore rules,
            ProgrammeCatalogue catalogue,
            AuditTrail audit) {
        this.changes = changes;
        this.programmes = programmes;
        this.rules = rules;
        this.catalogue = catalogue;
        this.audit = audit;
    }

    /**
     * Proposes a standard for a tier from a term, checked as it would be recorded now (the same
     * refusals as a direct entry had). The version is the programme's as the proposer read it.
     */
    public CatalogueChangeView proposeStandard(String code, int version, StandardInput input, CurrentAccount account) {
        Programme programme = programmes.byCode(code, account.scope()).orElseThrow(() -> new ProgrammeNotFound(code));
        programme.owner().requireChangeableBy(account);
        if (programme.version() != version) {
            throw new ProgrammeChangedMeanwhile(code);
        }
        StandardEntry entry = StandardEntry.parse(input, programme.tiers());
        Instant now = catalogue.now();
        StandardChange preview = programme.preview(entry, now, account.username());
        Standard proposed = preview.recorded();
        String summary = (preview.corrected() != null ? "更正资助标准：" : "新增资助标准：")
                + programme.view().displayName() + " " + proposed.describe() + "，自"
                + proposed.validFrom().label() + "起执行";
        String before =
                preview.inForceBefore() == null ? null : preview.inForceBefore().amountText();
        FieldChange change = new FieldChange(
                proposed.tier().label() + "（" + proposed.validFrom().label() + "起）", before, proposed.amountText());
        return propose(
                CatalogueChange.propose(
                        programme.owner(),
                        new ProposedStandard(programme.id(), code, entry),
                        summary,
                        account.username(),
                        now),
                List.of(change),
                account);
    }

    /**
     * Proposes a group of programmes of which a student may hold only one in a school year,
     * belonging to {@code owner} (see {@link CatalogueOwner#chosen}). Every programme must be in
     * force wherever the group binds: a county's group may hold national, provincial and the
     * county's programmes, a national group national ones only.
     */
    public CatalogueChangeView proposeExclusion(
            String owner, String name, List<String> codes, String note, String source, CurrentAccount account) {
        CatalogueOwner groupOwner = CatalogueOwner.chosen(owner, account.regionCode());
        groupOwner.requireChangeableBy(account);
        List<FieldProblem> problems = new ArrayList<>();
        String groupName = Text.compact(name);
        if (groupName.isEmpty() || groupName.length() > 60) {
            problems.add(new FieldProblem("name", "paying.exclusion.name", new Object[0]));
        }
        Map<String, Programme> visible = programmes.all(account.scope()).stream()
                .collect(Collectors.toMap(p -> p.facts().code(), Function.identity()));
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String c : codes == null ? List.<String>of() : codes) {
            String code = Text.compact(c);
            Programme p = visible.get(code);
            if (!code.isEmpty() && p == null) {
                problems.add(new FieldProblem("programmes", "paying.exclusion.unknown", new Object[] {code}));
            } else if (p != null && !p.owner().appliesIn(groupOwner.regionCode())) {
                problems.add(new FieldProblem("programmes", "paying.exclusion.narrower", new Object[] {
                    p.view().displayName()
                }));
            } else if (!code.isEmpty()) {
                distinct.add(code);
            }
        }
        if (distinct.size() < 2) {
            problems.add(new FieldProblem("programmes", "paying.exclusion.tooFew", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<String> list = List.copyOf(distinct);
        String names =
                list.stream().map(c -> visible.get(c).view().displayName()).collect(Collectors.joining("、"));
        ProposedExclusion group = new ProposedExclusion(
                groupName,
                list,
                FreeText.limited("note", Text.compact(note), FreeText.NOTE_MAX),
                FreeText.limited("source", Text.compact(source), StandardEntry.SOURCE_MAX));
        return propose(
                CatalogueChange.propose(
                        groupOwner,
                        group,
                        "新增互斥项目组：" + groupName + "（" + names + "）",
                        account.username(),
                        catalogue.now()),
                List.of(new FieldChange("互斥项目", null, String.join("、", list))),
                account);
    }

    /** Proposes to remove a standing group from the moment it is approved; the catalogue as it stood before keeps it. */
    public CatalogueChangeView proposeRemoval(long exclusionId, CurrentAccount account) {
        ExclusiveProgrammes group = rules.standingExclusion(exclusionId, account.scope())
                .orElseThrow(() -> new ExclusionNotFound(exclusionId));
        group.owner().requireChangeableBy(account);
        ProposedRemoval removal = new ProposedRemoval(group.id(), group.name(), group.programmeCodes());
        return propose(
                CatalogueChange.propose(
                        group.owner(), removal, "删除互斥项目组：" + group.name(), account.username(), catalogue.now()),
                List.of(new FieldChange("互斥项目", String.join("、", group.programmeCodes()), null)),
                account);
    }

    /** The pending changes the account sees, oldest first; of one programme when a code is given. */
    @Transactional(readOnly = true)
    public List<CatalogueChangeView> pending(DataScope scope, String programmeCode) {
        return changes.list(scope, true, programmeCode, 500).stream()
                .map(CatalogueChange::view)
                .toList();
    }

    /** The latest decided changes the account sees, latest first. */
    @Transactional(readOnly = true)
    public List<CatalogueChangeView> decided(DataScope scope) {
        return changes.list(scope, false, null, DECIDED_SHOWN).stream()
                .map(CatalogueChange::view)
                .toList();
    }

    /** A change the scope sees. */
    @Transactional(readOnly = true)
    public Optional<CatalogueChangeView> find(long id, DataScope scope) {
        return changes.byId(id, scope).map(CatalogueChange::view);
    }

    private CatalogueChangeView propose(CatalogueChange change, List<FieldChange> fields, CurrentAccount account) {
        long id = changes.insert(change);
        audit.record(AuditRecord.of("PROPOSE", "programme-change", id, "提交审核：" + change.summary())
                .withChanges(fields)
                .by(account.username()));
        return changes.byId(id, account.scope()).orElseThrow().view();
    }
}
