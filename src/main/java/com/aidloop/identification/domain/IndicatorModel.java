package com.aidloop.identification.domain;

import com.aidloop.identification.ModelInUse;

/**
 * One version of an indicator model (量化指标体系): its family key and version number, its owner,
 * the school year from which it is in force (2026 for 2026学年, the year of its autumn term), the
 * model it was adopted from and the published source of its table. A draft may be revised; a
 * published version is never changed, only superseded by the next version.
 *
 * @param id the stored id, null before it is stored
 * @param basedOn the version this family was adopted from, e.g. "REF-JS-2020 第1版", or null
 */
public record IndicatorModel(
        Long id,
        String key,
        int version,
        String name,
        ModelOwner owner,
        int effectiveFrom,
        ModelStatus status,
        String basedOn,
        String source,
        ModelRules rules) {

    public IndicatorModel {
        if (key == null || !key.matches("[A-Za-z0-9_\\-]{1,40}") || version < 1) {
            throw new IllegalArgumentException("a model needs a key of 1-40 letters, digits, - or _ and a version");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a model needs a name of at most 100 characters");
        }
        if (effectiveFrom < 2000 || effectiveFrom > 2100) {
            throw new IllegalArgumentException("a model is in force from a school year 2000-2100");
        }
        if (owner == null || status == null || rules == null || source == null) {
            throw new IllegalArgumentException("a model needs an owner, a status, a source and rules");
        }
    }

    /** "江苏省2020年春季学期修订表 第2版（草稿）" */
    public String title() {
        return name + " 第" + version + "版" + (status == ModelStatus.DRAFT ? "（草稿）" : "");
    }

    /** The version as other versions name it: "JS-2020 第1版". */
    public String reference() {
        return key + " 第" + version + "版";
    }

    /** The next version of this published model, as a draft with the same rules, in force from the given year. */
    public IndicatorModel nextDraft(int fromYear) {
        if (status != ModelStatus.PUBLISHED) {
            throw new ModelInUse("identification.model.draftFromDraft", title());
        }
        if (owner.isReference()) {
            throw new ModelInUse("identification.model.referenceFixed", title());
        }
        return new IndicatorModel(
                null, key, version + 1, name, owner, fromYear, ModelStatus.DRAFT, basedOn, source, rules);
    }

    /** A variant of this published model for the given owner: version 1 of a new family, as a draft. */
    public IndicatorModel adoptedBy(ModelOwner adopter, String newKey, String newName, int fromYear) {
        if (status != ModelStatus.PUBLISHED) {
            throw new ModelInUse("identification.model.adoptDraft", title());
        }
        return new IndicatorModel(
                null, newKey, 1, newName, adopter, fromYear, ModelStatus.DRAFT, reference(), source, rules);
    }

    /** The draft with other rules; a published version refuses. */
    public IndicatorModel revised(ModelRules newRules) {
        requireDraft();
        return new IndicatorModel(id, key, version, name, owner, effectiveFrom, status, basedOn, source, newRules);
    }

    /** The draft with another first school year; a published version refuses. */
    public IndicatorModel inForceFrom(int year) {
        requireDraft();
        return new IndicatorModel(id, key, version, name, owner, year, status, basedOn, source, rules);
    }

    public IndicatorModel published() {
        requireDraft();
        return new IndicatorModel(
                id, key, version, name, owner, effectiveFrom, ModelStatus.PUBLISHED, basedOn, source, rules);
    }

    public IndicatorModel withId(long newId) {
        return new IndicatorModel(newId, key, version, name, owner, effectiveFrom, status, basedOn, source, rules);
    }

    public ScoreResult score(Answers answers) {
        return rules.score(answers);
    }

    private void requireDraft() {
        if (status != ModelStatus.DRAFT) {
            throw new ModelInUse("identification.model.published", title());
        }
    }
}
