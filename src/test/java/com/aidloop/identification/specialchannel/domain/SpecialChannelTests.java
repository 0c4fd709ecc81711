package com.aidloop.identification.specialchannel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.shared.Refusal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The moves of a special channel request: requested, then approved or refused by the county, once. */
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
    void neverShowsTheReasonOrTheNameInItsText() {
        assertThat(requested().toString()).doesNotContain("祖母", "李小红").contains("41");
    }
}
