package com.aidloop.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.comparison.RegisterStatus;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterStatusPolicyTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Test
    void aFamilyOnTheCurrentListIsInTheRegister() {
        var decision =
                RegisterStatusPolicy.on(LocalDate.of(2026, 12, 1), ListRowReaderTests.ALLOWANCE, AS_OF, null, Map.of());

        assertThat(decision.status()).isEqualTo(RegisterStatus.IN_REGISTER);
        assertThat(decision.reason()).contains("城乡低保", "2026-10-31");
    }

    @Test
    void aFamilyOutOfPovertyKeepsItsStatusForTheFiveYearTransitionAfterLeavingTheList() {
        LocalDate left = LocalDate.of(2026, 12, 1);

        var during = RegisterStatusPolicy.on(
                LocalDate.of(2031, 11, 30), ListRowReaderTests.ALLEVIATED, AS_OF, left, Map.of());
        var after = RegisterStatusPolicy.on(
                LocalDate.of(2031, 12, 1), ListRowReaderTests.ALLEVIATED, AS_OF, left, Map.of());

        assertThat(during.status()).isEqualTo(RegisterStatus.TRANSITION);
        assertThat(during.reason()).contains("2031-12-01");
        assertThat(after.status()).isEqualTo(RegisterStatus.EXITED);
    }

    @Test
    void aListSayingPoliciesNoLongerApplyExitsTheFamily() {
        var decision = RegisterStatusPolicy.on(
                LocalDate.of(2026, 12, 1), ListRowReaderTests.ALLEVIATED, AS_OF, null, Map.of("policiesApply", "否"));

        assertThat(decision.status()).isEqualTo(RegisterStatus.EXITED);
    }

    @Test
    void aRemovedRelapseRiskStartsTheTransitionAtTheListsDate() {
        ListType monitoring =
                new ListType("RELAPSE_MONITORING", "防返贫监测对象", ListKind.SUPPORT, "乡村振兴", 12, java.util.List.of());

        var during =
                RegisterStatusPolicy.on(LocalDate.of(2027, 10, 30), monitoring, AS_OF, null, Map.of("riskOpen", "已消除"));
        var after =
                RegisterStatusPolicy.on(LocalDate.of(2027, 10, 31), monitoring, AS_OF, null, Map.of("riskOpen", "已消除"));

        assertThat(during.status()).isEqualTo(RegisterStatus.TRANSITION);
        assertThat(after.status()).isEqualTo(RegisterStatus.EXITED);
    }

    @Test
    void aListWithoutTransitionExitsOnTheDayTheFamilyLeaves() {
        LocalDate left = LocalDate.of(2026, 12, 1);
        ListType orphans = new ListType("ORPHAN", "孤儿", ListKind.SUPPORT, "民政", 0, java.util.List.of());

        assertThat(RegisterStatusPolicy.on(left, orphans, AS_OF, left, Map.of()).status())
                .isEqualTo(RegisterStatus.EXITED);
    }
}
