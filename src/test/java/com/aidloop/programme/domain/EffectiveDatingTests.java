package com.aidloop.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.programme.Catalogues;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.programme.ProgrammeView.TermFit;
import com.aidloop.programme.Standard;
import com.aidloop.programme.StandardInput;
import com.aidloop.school.Stage;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Valid time (from which term) and transaction time (as recorded when) of standards. */
class EffectiveDatingTests {

    private static final Instant T0 = Catalogues.RECORDED;
    private static final Instant T1 = T0.plus(Duration.ofDays(30));
    private static final Instant T2 = T0.plus(Duration.ofDays(60));

    private final Programme grant = Catalogues.national().getFirst();

    private Money tier1(Programme p, String term, Instant at) {
        return p.inForce(Term.parse(term), at)
                .tier("TIER_1")
                .map(Standard::amount)
                .orElse(null);
    }

    private static StandardInput fixed(String tier, String term, String amount) {
        return new StandardInput(tier, "", term, amount, "", "", false, "", "");
    }

    @Test
    void aStandardAppliesFromItsTermUntilTheNextVersion() {
        assertThat(tier1(grant, "2024-AUTUMN", T0))
                .as("the term before the change")
                .isEqualTo(Money.yuan(1500));
        assertThat(tier1(grant, "2025-SPRING", T0)).as("the term of the change").isEqualTo(Money.yuan(1750));
        assertThat(tier1(grant, "2026-AUTUMN", T0)).as("a term after it").isEqualTo(Money.yuan(1750));
        assertThat(tier1(grant, "2018-AUTUMN", T0)).as("before any standard").isNull();
    }

    @Test
    void aCorrectionRecordedLaterLeavesWhatTheCatalogueSaidBeforeIt() {
        Catalogues.record(grant, fixed("一档", "2025-SPRING", "1800"), T1);

        assertThat(tier1(grant, "2025-SPRING", T0.plusSeconds(1)))
                .as("as it stood before the correction")
                .isEqualTo(Money.yuan(1750));
        assertThat(tier1(grant, "2025-SPRING", T1)).as("as it stands since").isEqualTo(Money.yuan(1800));
        assertThat(tier1(grant, "2024-AUTUMN", T1))
                .as("earlier terms are untouched")
                .isEqualTo(Money.yuan(1500));
        assertThat(grant.detail().history())
                .filteredOn(
                        s -> s.tier().code().equals("TIER_1") && s.validFrom().equals(Term.parse("2025-SPRING")))
                .extracting(s ->
                        s.amountText() + " " + (s.isSuperseded() ? "superseded at " + s.supersededAt() : "standing"))
                .containsExactly("1,750.00 superseded at " + T1, "1,800.00 standing");
    }

    @Test
    void aNewVersionFromALaterTermKeepsTheEarlierTermsAndIsInvisibleBeforeItWasRecorded() {
        Catalogues.record(grant, fixed("1档", "2026-AUTUMN", "1900"), T1);

        assertThat(tier1(grant, "2026-SPRING", T2)).isEqualTo(Money.yuan(1750));
        assertThat(tier1(grant, "2026-AUTUMN", T2)).isEqualTo(Money.yuan(1900));
        assertThat(tier1(grant, "2026-AUTUMN", T0)).isEqualTo(Money.yuan(1750));
    }

    @Test
    void aWithdrawnTierIsNotPaidFromItsTermAndCanComeBackLater() {
        Catalogues.record(grant, new StandardInput("三档", "", "2026-AUTUMN", "", "", "", true, "", ""), T1);
        assertThat(grant.inForce(Term.parse("2026-AUTUMN"), T1).tierLabels()).isEqualTo("一档、二档");
        assertThat(grant.inForce(Term.parse("2026-SPRING"), T1).tierLabels()).isEqualTo("一档、二档、三档");

        Catalogues.record(grant, fixed("三档", "2027-AUTUMN", "650"), T2);
        assertThat(grant.inForce(Term.parse("2027-AUTUMN"), T2).tierSummary()).endsWith("三档 650.00");
    }

    @Test
    void aProgrammeRecordedLaterIsNotInTheCatalogueAsItStoodBefore() {
        assertThat(grant.knownAt(T0.minusSeconds(1))).isFalse();
        assertThat(grant.knownAt(T0)).isTrue();
    }

    @Test
    void aDeactivatedProgrammeStillPaysInItsTermsButNotAfter() {
        grant.deactivate(Term.parse("2027-SPRING"), T1, "county");

        assertThat(grant.inForce(Term.parse("2026-AUTUMN"), T2).fit()).isEqualTo(TermFit.FITS);
        assertThat(grant.inForce(Term.parse("2027-SPRING"), T2).fit()).isEqualTo(TermFit.AFTER_LAST_TERM);
        ProgrammeInForce before = grant.inForce(Term.parse("2027-SPRING"), T0);
        assertThat(before.fit()).as("as it stood before the deactivation").isEqualTo(TermFit.FITS);
        assertThat(before.programme().active()).isTrue();
        assertThat(grant.view().lastTerm()).isEqualTo(Term.parse("2026-AUTUMN"));
    }

    @Test
    void refusesAStandardThatChangesNothingOrLiesOutsideTheProgrammesTerms() {
        assertThat(refusal(() -> Catalogues.record(grant, fixed("一档", "2026-AUTUMN", "1750.00"), T1)))
                .isEqualTo("amount:programme.standard.unchanged");
        assertThat(refusal(() -> Catalogues.record(grant, fixed("一档", "2018-AUTUMN", "1400"), T1)))
                .isEqualTo("validFrom:programme.standard.beforeFirstTerm");
        assertThat(refusal(() -> Catalogues.record(
                        grant, new StandardInput("四档", "", "2026-AUTUMN", "", "", "", true, "", ""), T1)))
                .isEqualTo("tier:programme.standard.nothingToWithdraw");
        grant.deactivate(Term.parse("2027-SPRING"), T1, "county");
        assertThat(refusal(() -> Catalogues.record(grant, fixed("一档", "2027-SPRING", "1900"), T2)))
                .isEqualTo("validFrom:programme.standard.afterLastTerm");
        assertThat(refusal(() -> grant.deactivate(Term.parse("2027-AUTUMN"), T2, "county")))
                .isEqualTo("from:programme.alreadyInactive");
    }

    @Test
    void aNewTierNeedsACodeAndALabel() {
        Programme relief = Catalogues.programme("TOWN_RELIEF", "乡镇临时救助", "", "BOTH", "2026-SPRING", Stage.PRIMARY);
        assertThat(refusal(() -> Catalogues.record(relief, fixed("特困档", "2026-SPRING", "300"), T1)))
                .isEqualTo("tier:programme.standard.tier.unknown");

        Catalogues.record(relief, new StandardInput("SPECIAL", "特困档", "2026-SPRING", "300", "", "", false, "", ""), T1);
        Catalogues.record(relief, fixed("特困档", "2026-AUTUMN", "350"), T2);

        assertThat(relief.inForce(Term.parse("2026-AUTUMN"), T2).tierSummary()).isEqualTo("特困档 350.00");
    }

    @Test
    void aStandardIsAFixedAmountOrABandNeverBoth() {
        assertThat(refusal(() -> Catalogues.record(
                        grant, new StandardInput("一档", "", "2026-AUTUMN", "1800", "100", "2000", false, "", ""), T1)))
                .isEqualTo("amount:programme.standard.amount.both");
        assertThat(refusal(() -> Catalogues.record(
                        grant, new StandardInput("一档", "", "2026-AUTUMN", "", "2000", "100", false, "", ""), T1)))
                .isEqualTo("maximum:programme.standard.band.order");
        assertThat(refusal(() -> Catalogues.record(
                        grant, new StandardInput("一档", "", "2026-AUTUMN", "", "", "", false, "", ""), T1)))
                .isEqualTo("amount:programme.standard.amount.required");
        assertThat(refusal(() -> Catalogues.record(grant, fixed("一档", "2026-AUTUMN", "0"), T1)))
                .isEqualTo("amount:programme.standard.amount.positive");
        assertThat(refusal(() -> Catalogues.record(grant, fixed("一档", "2026-AUTUMN", "175000"), T1)))
                .isEqualTo("amount:programme.standard.amount.tooLarge");
    }

    private static String refusal(Runnable change) {
        try {
            change.run();
        } catch (InvalidInput invalid) {
            return invalid.problems().stream()
                    .map(p -> p.field() + ":" + p.code())
                    .reduce((a, b) -> a + "," + b)
                    .orElseThrow();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theCodeOfAProgrammeNeverChanges() {
        ProgrammeFacts renamed = new ProgrammeFacts(
                "OTHER_CODE",
                "国家助学金",
                grant.facts().aliases(),
                grant.facts().stages(),
                grant.facts().semesters(),
                grant.facts().kind(),
                grant.facts().fundingLevel(),
                grant.facts().firstTerm(),
                "",
                "");
        assertThatThrownBy(() -> grant.revise(renamed)).isInstanceOf(InvalidInput.class);
    }
}
