package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.registry.AidCardChanges;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A roster row that leaves 资助卡号 blank: the award takes the card on the student's record (a
 * notice names the row), or, when there is none anywhere, is imported with a warning and takes
 * the card the record receives later through an approved card change.
 */
@SpringBootTest
class RosterCardsTests {

    private static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);
    private static final DataScope COUNTY = DataScope.region("430626");

    @Autowired
    ImportingRoster importing;

    @Autowired
    RegistryManagement registry;

    @Autowired
    AidCardChanges cardChanges;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private RosterImportView commit(Rosters.Line line) {
        Path file = Rosters.xlsx(dir.resolve("r" + System.nanoTime() + ".xlsx"), List.of(line));
        return importing.submit(
                Rosters.upload(file), AUTUMN_2026, ImportMode.COMMIT, false, Rosters.countyStaff(), true);
    }

    private List<ImportProblem> problems(RosterImportView view) {
        return importing.problems(view.id(), COUNTY, null, new Paging(1, 100)).content();
    }

    private static Rosters.Line withoutCard(String name) {
        return Rosters.pupil(name).set(RosterColumn.CARD_NUMBER, "").set(RosterColumn.BANK, "");
    }

    @Test
    void aBlankCardIsTakenFromTheStudentsRecordWithANoticeNamingTheRow() {
        long sanshi = schools.byCode(Rosters.SANSHI_PRIMARY).orElseThrow().id();
        Rosters.Line line = withoutCard("卡号甲");
        StudentInput registered = People.pupil("卡号甲", sanshi, line.get(RosterColumn.ID_NUMBER), "430626102", null);
        registry.register(registered, COUNTY);

        RosterImportView view = commit(line);

        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(view.studentsMatched()).isEqualTo(1);
        String card = registered.aidCard().cardNumber();
        assertThat(Rosters.besidesIdentification(problems(view)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.error()).isFalse();
                    assertThat(p.row()).isEqualTo(2);
                    assertThat(p.column()).isEqualTo("资助卡号");
                    assertThat(p.message())
                            .startsWith("提示")
                            .contains(Masking.bankCard(card))
                            .doesNotContain(card);
                });
        Map<String, Object> award = award(line);
        assertThat(award.get("card_number_masked")).isEqualTo(Masking.bankCard(card));
        assertThat(award.get("card_bank")).isEqualTo(registered.aidCard().bank());
        assertThat((String) award.get("card_number_sealed")).isNotBlank().doesNotContain(card);
    }

    @Test
    void aStudentWithoutACardAnywhereIsAWarningAndTheAwardTakesTheCardOnceItIsApproved() {
        Rosters.Line line = withoutCard("卡号乙");

        RosterImportView view = commit(line);

        assertThat(view.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(Rosters.besidesIdentification(problems(view)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.error()).isFalse();
                    assertThat(p.code()).isEqualTo("award.card.missingEverywhere");
                    assertThat(p.sentence()).startsWith("第2行 资助卡号：");
                });
        assertThat(award(line).get("card_number_sealed")).isNull();

        StudentView student = registry.findByIdNumber(line.get(RosterColumn.ID_NUMBER), COUNTY)
                .orElseThrow();
        long change = requestCard(student, "中国建设银行", "6217002710000684874");
        cardChanges.approve(change, null, countyStaff("county2"));

        Map<String, Object> award = award(line);
        assertThat(award.get("card_bank")).isEqualTo("中国建设银行");
        assertThat(award.get("card_number_masked")).isEqualTo(Masking.bankCard("6217002710000684874"));
        assertThat(award.get("card_number_sealed")).isNotNull();
    }

    private long requestCard(StudentView now, String bank, String card) {
        return registry.revise(now.id(), now.version(), People.withNewCard(now, bank, card), COUNTY)
                .pendingCardChange()
                .id();
    }

    private static CurrentAccount countyStaff(String username) {
        return new CurrentAccount(
                Math.abs(username.hashCode()), username, "平江县资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    }

    private Map<String, Object> award(Rosters.Line line) {
        return jdbc.sql("""
                        SELECT card_bank, card_number_sealed, card_number_masked FROM award_award
                         WHERE term = '2026-AUTUMN' AND id_number_masked = :masked AND student_name = :name
                        """)
                .param("masked", Masking.idNumber(line.get(RosterColumn.ID_NUMBER)))
                .param("name", line.get(RosterColumn.STUDENT_NAME))
                .query()
                .singleRow();
    }
}
