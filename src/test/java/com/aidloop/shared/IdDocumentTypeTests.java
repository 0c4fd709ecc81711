package com.aidloop.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdDocumentTypeTests {

    @Test
    void readsABlankTypeAsTheResidentIdCard() {
        assertThat(IdDocumentType.fromLabel(null)).isEqualTo(IdDocumentType.RESIDENT_ID_CARD);
        assertThat(IdDocumentType.fromLabel(" ")).isEqualTo(IdDocumentType.RESIDENT_ID_CARD);
        assertThat(IdDocumentType.fromLabel("身份证")).isEqualTo(IdDocumentType.RESIDENT_ID_CARD);
    }

    @Test
    void readsEveryLabelAsWrittenInSpreadsheets() {
        for (IdDocumentType type : IdDocumentType.values()) {
            assertThat(IdDocumentType.fromLabel(type.label())).isEqualTo(type);
        }
    }

    @Test
    void checksOnlyResidentIdsAndResidencePermitsByGb11643() {
        assertThat(IdDocumentType.RESIDENT_ID_CARD.followsGb11643()).isTrue();
        assertThat(IdDocumentType.HMT_RESIDENCE_PERMIT.followsGb11643()).isTrue();
        assertThat(IdDocumentType.FOREIGN_PASSPORT.followsGb11643()).isFalse();
    }

    @Test
    void rejectsAnUnknownTypeListingTheKnownOnes() {
        InvalidValue rejected = Rejection.of(() -> IdDocumentType.fromLabel("军官证"));

        assertThat(rejected.code()).isEqualTo("id.type.unknown");
        assertThat(rejected.getLocalizedMessage()).contains("军官证").contains("居民身份证");
    }
}
