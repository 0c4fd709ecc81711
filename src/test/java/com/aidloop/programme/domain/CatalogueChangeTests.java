package com.aidloop.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.programme.CatalogueChangeRefused;
import com.aidloop.programme.CatalogueOwner;
import com.aidloop.programme.ChangeKind;
import com.aidloop.programme.ChangeStatus;
import com.aidloop.programme.domain.CatalogueChange.ProposedExclusion;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second-person rule of a proposed catalogue change, as plain Java. */
class CatalogueChangeTests {

    private static final Instant PROPOSED = Instant.parse("2026-09-01T02:00:00Z");
    private static final Instant LATER = PROPOSED.plusSeconds(600);

    private static CatalogueChange proposal() {
        return CatalogueChange.propose(
                new CatalogueOwner("430626"),
                new ProposedExclusion(
                        "生活补助与临时救助", List.of("PRIMARY_LIVING_SUBSIDY", "COUNTY_TEMPORARY_RELIEF"), "", ""),
                "新增互斥项目组：生活补助与临时救助",
                "county",
                PROPOSED);
    }

    @Test
    void aSecondPersonApprovesAndTheDecisionNamesThem() {
        CatalogueChange change = proposal();

        change.approve("county2", LATER);

        assertThat(change.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(change.decidedBy()).isEqualTo("county2");
        assertThat(change.view().kind()).isEqualTo(ChangeKind.EXCLUSION_ADDED);
        assertThat(change.view().proposedBy()).isEqualTo("county");
    }

    @Test
    void theProposerNeverApprovesOrRejectsTheirOwnChangeInAnySpelling() {
        CatalogueChange change = proposal();

        assertThatThrownBy(() -> change.approve("county", LATER))
                .isInstanceOf(CatalogueChangeRefused.class)
                .hasMessageContaining("programme.change.ownApproval");
        assertThatThrownBy(() -> change.approve("COUNTY", LATER)).isInstanceOf(CatalogueChangeRefused.class);
        assertThatThrownBy(() -> change.reject("county", LATER, "不要了"))
                .hasMessageContaining("programme.change.ownRejection");
        assertThat(change.status()).isEqualTo(ChangeStatus.PENDING);
    }

    @Test
    void onlyTheProposerWithdraws() {
        CatalogueChange change = proposal();

        assertThatThrownBy(() -> change.withdraw("county2", LATER)).hasMessageContaining("programme.change.notYours");
        change.withdraw("county", LATER);

        assertThat(change.status()).isEqualTo(ChangeStatus.WITHDRAWN);
    }

    @Test
    void aDecidedChangeIsNotDecidedAgain() {
        CatalogueChange change = proposal();
        change.reject("county2", LATER, "金额有误");

        assertThat(change.decisionNote()).isEqualTo("金额有误");
        assertThatThrownBy(() -> change.approve("county3", LATER)).hasMessageContaining("programme.change.decided");
        assertThatThrownBy(() -> change.withdraw("county", LATER)).isInstanceOf(CatalogueChangeRefused.class);
    }
}
