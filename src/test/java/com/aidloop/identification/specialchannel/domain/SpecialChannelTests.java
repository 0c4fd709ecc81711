package com.aidloop.identification.specialchannel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The moves of a special channel request: requested, then approved or refused by the county, once;
 * an approval withdrawn by the county, with a reason; an approval holds for its own school year.
 */
class SpecialChannelTests {

    private static final SpecialChannel.Student STUDENT =
            new SpecialChannel.Student(41, "李小红", 7, "平江县三市镇中心小学", "430626102", "三年级", "2班");
    private static final Instant AT = Instant.parse("2026-10-12T02:00:00Z");

    private static SpecialChannel requested() {
        return SpecialChannel.request(STUDENT, 2026, ReasonCategory.ORPHAN, "  父母双亡，由祖母抚养  ", "school", AT);
    }

    @Test
    void aRequestWaitsForTheCountyWithItsReasonTrimmed() {
        SpecialChannel request = requested();

        assertThat(request.status()).isEqualTo(SpecialChannelStatus.REQUESTED);
        assertThat(request.waiting()).isTrue();
        assertThat(request.reason()).isEqualTo("父母双亡，由祖母抚养");
        assertThat(request.schoolYearLabel()).isEqualTo("2026学年");
    }

    @Test
    void refusesARequestWithoutCategoryOrReason() {
        assertThatThrownBy(() -> SpecialChannel.request(STUDENT, 2026, null, "理由", "school", AT))
                .isInstanceOf(SpecialChannelRefused.class)
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.categoryRequired");
        assertThatThrownBy(() -> SpecialChannel.request(STUDENT, 2026, ReasonCategory.OTHER, " ", "school", AT))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.reasonRequired");
        assertThatThrownBy(() ->
                        SpecialChannel.request(STUDENT, 2026, ReasonCategory.OTHER, "很".repeat(501), "school", AT))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.reasonRequired");
    }

    @Test
    void theCountyApprovesAWaitingRequestOnce() {
        SpecialChannel approved = requested().approve("county", AT);

        assertThat(approved.approved()).isTrue();
        assertThat(approved.status().live()).isTrue();
        assertThat(approved.decidedBy()).isEqualTo("county");
        assertThatThrownBy(() -> approved.approve("county2", AT))
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
        assertThatThrownBy(() -> approved.refuse("不符合条件", "county2", AT))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.decided");
    }

    @Test
    void aRefusalNeedsAReasonAndEndsTheRequest() {
        assertThatThrownBy(() -> requested().refuse("", "county", AT))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.refusalRequired");

        SpecialChannel refused = requested().refuse("可按普通程序认定，无需特别通道", "county", AT);

        assertThat(refused.status()).isEqualTo(SpecialChannelStatus.REFUSED);
        assertThat(refused.status().live()).isFalse();
        assertThat(refused.refusal()).isEqualTo("可按普通程序认定，无需特别通道");
        assertThatThrownBy(() -> refused.approve("county", AT))
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void theCountyWithdrawsAnApprovalWithAReasonAndTheStudentLeavesTheChannel() {
        SpecialChannel approved = requested().approve("county", AT);
        Instant later = AT.plusSeconds(86_400);

        assertThatThrownBy(() -> approved.withdraw("  ", "county", later))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.withdrawalRequired");
        assertThatThrownBy(() -> approved.withdraw("很".repeat(501), "county", later))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.withdrawalRequired");

        SpecialChannel withdrawn = approved.withdraw(" 家庭情况已公开，无需特别通道 ", "county2", later);

        assertThat(withdrawn.status()).isEqualTo(SpecialChannelStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.approved()).isFalse();
        assertThat(withdrawn.status().live()).isFalse();
        assertThat(withdrawn.inForceFor(2026)).isFalse();
        assertThat(withdrawn.withdrawal()).isEqualTo("家庭情况已公开，无需特别通道");
        assertThat(withdrawn.withdrawnBy()).isEqualTo("county2");
        assertThat(withdrawn.withdrawnAt()).isEqualTo(later);
        assertThat(withdrawn.decidedBy()).as("the approval stays on record").isEqualTo("county");
        assertThat(withdrawn.decidedAt()).isEqualTo(AT);
        assertThat(withdrawn.toString()).doesNotContain("公开");
    }

    @Test
    void onlyAnApprovalIsWithdrawnAndOnlyOnce() {
        assertThatThrownBy(() -> requested().withdraw("理由", "county", AT))
                .extracting(e -> ((Refusal) e).code())
                .isEqualTo("identification.specialChannel.notApproved");
        assertThatThrownBy(() -> requested().refuse("不符合条件", "county", AT).withdraw("理由", "county", AT))
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
        SpecialChannel withdrawn = requested().approve("county", AT).withdraw("理由", "county", AT);
        assertThatThrownBy(() -> withdrawn.withdraw("再次撤销", "county", AT))
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
        assertThatThrownBy(() -> withdrawn.approve("county", AT))
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void anApprovalHoldsForItsOwnSchoolYearOnly() {
        SpecialChannel approved = requested().approve("county", AT);

        assertThat(approved.inForceFor(2026)).isTrue();
        assertThat(approved.inForceFor(2025)).isFalse();
        assertThat(approved.inForceFor(2027)).isFalse();
        assertThat(requested().inForceFor(2026))
                .as("not before the county approves")
                .isFalse();
    }

    @Test
    void neverShowsTheReasonOrTheNameInItsText() {
        assertThat(requested().toString()).doesNotContain("祖母", "李小红").contains("41");
    }
}
