package com.aidloop.disbursement;

import static com.aidloop.disbursement.PayoutFixtures.PROGRAMME;
import static com.aidloop.disbursement.PayoutFixtures.SANSHI_TOWN;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The disbursement module with the modules it uses and none that use it (the workbench): a batch
 * is made of a township's confirmed awards that have a card, in a draft whose control totals are
 * the lines'. The demo county is loaded, smaller, for its schools; {@code platform} starts the
 * database.
 */
@ApplicationModuleTest(
        mode = BootstrapMode.DIRECT_DEPENDENCIES,
        extraIncludes = {"demo", "platform"})
@TestPropertySource(properties = "aidloop.demo.students=300")
class DisbursementModuleTests {

    private static final Term TERM = new Term(2072, Term.Semester.AUTUMN);
    private static final CurrentAccount MAKER = PayoutFixtures.county("county");

    @Autowired
    PayoutBatches batches;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Test
    void aBatchHoldsTheTownshipsConfirmedAwardsWithACardAsADraft() {
        PayoutFixtures.clear(jdbc, TERM);
        PayoutFixtures.confirmedAwards(jdbc, sensitive, TERM, SANSHI_TOWN, PROGRAMME, 1, 6, Set.of(4));
        BigDecimal withCards =
                IntStream.of(1, 2, 3, 5, 6).mapToObj(PayoutFixtures::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        var created = batches.create(TERM, SANSHI_TOWN, PROGRAMME, MAKER);

        BatchView batch = created.batch();
        assertThat(created.missingCardCount()).isEqualTo(1);
        assertThat(batch.status()).isEqualTo(BatchStatus.DRAFT);
        assertThat(batch.controlCount()).isEqualTo(5);
        assertThat(batch.controlAmount().yuan()).isEqualByComparingTo(withCards);
        assertThat(batch.linesMatchControl()).isTrue();
    }
}
