package com.aidloop.registry.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.registry.StudentSearch;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchTermsTests {

    private static Map<String, Object> terms(String q) {
        return SearchTerms.params(new StudentSearch(q, null, null, null, null, null), id -> "index(" + id + ")");
    }

    @Test
    void hanCharactersSearchTheNameByContains() {
        assertThat(terms("李明"))
                .containsEntry("nameLike", "%李明%")
                .containsEntry("idIndex", null)
                .containsEntry("idHead", null);
    }

    @Test
    void aFullIdNumberIsLookedUpExactlyThroughTheBlindIndex() {
        assertThat(terms("43062620140101001x"))
                .containsEntry("idIndex", "index(43062620140101001X)")
                .containsEntry("nameLike", null);
    }

    @Test
    void theFirstSixDigitsMatchTheStartOfTheMaskedNumber() {
        assertThat(terms("430626"))
                .containsEntry("idHead", "430626%")
                .containsEntry("idTail", "%")
                .containsEntry("idEither", false);
    }

    @Test
    void fourDigitsMayBeTheStartOrTheEnd() {
        assertThat(terms("2385"))
                .containsEntry("idHead", "2385%")
                .containsEntry("idTail", "5832%")
                .containsEntry("idEither", true);
    }

    @Test
    void aMaskedNumberAsListsShowItMatchesItsVisibleParts() {
        assertThat(terms("430626********2385"))
                .containsEntry("idHead", "430626%")
                .containsEntry("idTail", "5832%")
                .containsEntry("idEither", false);
    }

    @Test
    void likeWildcardsTypedIntoTheNameAreTakenLiterally() {
        assertThat(terms("李%_")).containsEntry("nameLike", "%李\\%\\_%");
    }
}
