package com.aidloop.identification;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ModelOwner;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.ReferenceModels;
import com.aidloop.identification.persistence.ModelStore;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator models (量化指标体系) and their versions: reading them, adopting a reference or a
 * province's model as the own variant, drafting the next version, revising a draft, publishing it.
 * Only staff with INDICATOR_MODEL_EDIT at the owner's level change a model; a published version is
 * never changed, only superseded; every change is audited.
 */
@Service
public class IndicatorModels {

    static final String AUDITED_AS = "indicator_model";

    /** The key of the Jiangsu 2020 reference model (brief §2 [S40]). */
    public static final String JIANGSU_2020 = ReferenceModels.JIANGSU_2020;

    /** The key of the reference model by multiples of the 低保 line (brief §2 [S37]). */
    public static final String DIBAO_MULTIPLES = ReferenceModels.DIBAO_MULTIPLES;

    private final ModelStore store;
    private final AuditTrail audit;
    private final RegionManagement regions;

    IndicatorModels(ModelStore store, AuditTrail audit, RegionManagement regions) {
        this.store = store;
        this.audit = audit;
        this.regions = regions;
    }

    /** The reference models and the models of the account's province and county (or a province's counties). */
    public List<ModelSummary> visibleTo(CurrentAccount account) {
        return store.visibleIn(account.regionCode());
    }

    /** A version the account may see: a reference model, or one of its own region or the region above. */
    public IndicatorModel get(long id, CurrentAccount account) {
        return store.find(id)
                .filter(m -> m.owner().visibleFrom(account.regionCode()))
                .orElseThrow(() -> new ModelNotFound(id));
    }

    /** The versions of a model's family, newest first. */
    public List<ModelSummary> versions(IndicatorModel model) {
        return store.family(model.key());
    }

    /** The published version in force in a county for a school year (2026 for 2026学年): the county's own, else its province's. */
    public Optional<IndicatorModel> inForce(String countyCode, int schoolYear) {
        return store.inForce(countyCode, schoolYear);
    }

    /** Adopts a published reference or province model as the account's own variant: version 1 of a new family, a draft. */
    @Transactional
    public IndicatorModel adopt(long id, int fromYear, CurrentAccount account) {
        IndicatorModel source = get(id, account);
        requireRight(account);
        if (!source.owner().adoptableFrom(account.regionCode())) {
            throw new ModelChangeForbidden("identification.model.notAdoptable");
        }
        ModelOwner owner = new ModelOwner(account.regionCode());
        return created(adoption(source, owner, fromYear), account.username());
    }

    /**
     * Adopts a reference model for a region that has no model yet, published at once, done by the
     * platform rather than a person (the demo county); answers the new version's id, or empty when
     * the region already has a model.
     */
    @Transactional
    public Optional<Long> adoptPublishedOnce(String referenceKey, String regionCode, int fromYear, String by) {
        store.lockAdoptions();
        if (store.visibleIn(regionCode).stream()
                .anyMatch(m -> regionCode.equals(m.owner().regionCode()))) {
            return Optional.empty();
        }
        long id = store.idOf(referenceKey, 1)
                .orElseThrow(() -> new IllegalStateException("no reference " + referenceKey));
        IndicatorModel source = store.find(id).orElseThrow();
        IndicatorModel adopted = created(adoption(source, new ModelOwner(regionCode), fromYear), by);
        return Optional.of(publish(adopted, by).id());
    }

    /** Drafts the next version of a published model, in force from the same school year until the draft says otherwise. */
    @Transactional
    public IndicatorModel draftNextVersion(long id, CurrentAccount account) {
        IndicatorModel model = changeable(id, account);
        List<ModelSummary> family = store.family(model.key());
        family.stream()
                .filter(v -> v.status() == com.aidloop.identification.domain.ModelStatus.DRAFT)
                .findFirst()
                .ifPresent(draft -> {
                    throw new ModelInUse("identification.model.draftExists", model.name(), draft.version());
                });
        IndicatorModel latest = store.find(family.getFirst().id()).orElseThrow();
        return created(latest.nextDraft(latest.effectiveFrom()), account.username());
    }

    /** Replaces a draft's rules (points edited on the page, a workbook imported) and its first school year. */
    @Transactional
    public IndicatorModel revise(long id, ModelRules rules, int fromYear, String what, CurrentAccount account) {
        IndicatorModel draft = changeable(id, account);
        IndicatorModel revised = draft.revised(rules).inForceFrom(checkedYear(fromYear));
        if (!store.replaceDraft(revised)) {
            throw new ModelInUse("identification.model.published", draft.title());
        }
        audit.record(new AuditRecord(
                "UPDATE", AUDITED_AS, String.valueOf(id), "修改量化指标体系" + draft.title() + "：" + what, null, null));
        return revised;
    }

    /** Publishes a draft: from now on it is never changed, only superseded. */
    @Transactional
    public IndicatorModel publish(long id, CurrentAccount account) {
        IndicatorModel draft = changeable(id, account);
        return publish(draft, account.username());
    }

    /** Records the export of a version (the workbook leaves the platform). */
    public void exported(IndicatorModel model) {
        audit.record(AuditRecord.of("EXPORT", AUDITED_AS, model.id(), "导出量化指标体系" + model.title()));
    }

    /** Stores the reference models that are not stored yet; run at start-up. */
    @Transactional
    public void seedReferenceModels() {
        store.lockAdoptions();
        for (IndicatorModel model : ReferenceModels.all()) {
            if (store.idOf(model.key(), model.version()).isEmpty()) {
                long id = store.insert(model, "system");
                audit.record(AuditRecord.of("CREATE", AUDITED_AS, id, "载入参考量化指标体系" + model.title())
                        .by("system"));
            }
        }
    }

    /** The owner in words: 参考模型, 湖南省, 平江县. */
    public String ownerName(ModelOwner owner) {
        return owner.isReference()
                ? "平台参考模型"
                : regions.find(owner.regionCode()).map(Region::name).orElse(owner.regionCode());
    }

    private IndicatorModel publish(IndicatorModel draft, String by) {
        if (!store.publish(draft.id(), by)) {
            throw new ModelInUse("identification.model.published", draft.title());
        }
        audit.record(AuditRecord.of("PUBLISH", AUDITED_AS, draft.id(), "发布量化指标体系" + draft.title())
                .by(by));
        return draft.published();
    }

    private IndicatorModel adoption(IndicatorModel source, ModelOwner owner, int fromYear) {
        String stem = owner.regionCode() + "-" + source.key().replaceFirst("^REF-", "");
        String key = stem;
        for (int n = 2; store.keyTaken(key); n++) {
            key = stem + "-" + n;
        }
        String name = ownerName(owner) + source.name().replaceFirst("^江苏省", "（江苏2020表）");
        return source.adoptedBy(owner, key, name.length() > 100 ? name.substring(0, 100) : name, checkedYear(fromYear));
    }

    private IndicatorModel created(IndicatorModel model, String by) {
        long id = store.insert(model, by);
        audit.record(AuditRecord.of(
                        "CREATE",
                        AUDITED_AS,
                        id,
                        "新建量化指标体系" + model.title() + (model.basedOn() == null ? "" : "（采用自" + model.basedOn() + "）"))
                .by(by));
        return model.withId(id);
    }

    private IndicatorModel changeable(long id, CurrentAccount account) {
        IndicatorModel model = get(id, account);
        requireRight(account);
        if (!model.owner().changeableFrom(account.regionCode())) {
            throw model.owner().isReference()
                    ? new ModelInUse("identification.model.referenceFixed", model.title())
                    : new ModelChangeForbidden("identification.model.ownerOnly", ownerName(model.owner()));
        }
        return model;
    }

    private static void requireRight(CurrentAccount account) {
        if (!account.may(Permission.INDICATOR_MODEL_EDIT)) {
            throw new ModelChangeForbidden("identification.model.noRight");
        }
        if (account.regionCode() == null || !account.regionCode().matches("\\d{2}|\\d{6}")) {
            throw new ModelChangeForbidden("identification.model.noLevel");
        }
    }

    private static int checkedYear(int year) {
        if (year < 2000 || year > 2100) {
            throw com.aidloop.shared.InvalidInput.of(
                    "effectiveFrom", "identification.model.year", String.valueOf(year));
        }
        return year;
    }
}
