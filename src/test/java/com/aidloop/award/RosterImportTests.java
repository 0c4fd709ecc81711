package com.aidloop.award;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.shared.Paging;
import com.aidloop.shared.Term;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RosterImportTests {

    static final Term AUTUMN_2026 = new Term(2026, Term.Semester.AUTUMN);

    @Autowired ImportingRoster importing;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    @Test
    void validatesACleanFileWritingNothingThenCommitsItAndACommitOfTheSameFileChangesNothing() {
        List<Rosters.Line> lines = Rosters.pupils(3);
        Path file = Rosters.xlsx(dir.resolve("clean.xlsx"), lines);

        RosterImportView validated = importing.submit(Rosters.upload(file), AUTUMN_2026, ImportMode.VALIDATE, false, Rosters.countyStaff(), true);
        assertThat(validated.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(problems(validated)).isEmpty();
        assertThat(validated.rowsRead()).isEqualTo(3);
        assertThat(validated.errors()).isZero();
        assertThat(validated.awardsCreated()).isEqualTo(3);
        assertThat(awardsOf(lines)).isZero();

        RosterImportView committed = importing.submit(Rosters.upload(file), AUTUMN_2026, ImportMode.COMMIT, false, Rosters.countyStaff(), true);
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(committed.awardsCreated()).isEqualTo(3);
        assertThat(committed.studentsRegistered()).isEqualTo(3);
        assertThat(awardsOf(lines)).isEqualTo(3);

        RosterImportView again = importing.submit(Rosters.upload(file), AUTUMN_2026, ImportMode.COMMIT, false, Rosters.countyStaff(), true);
        assertThat(again.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(again.sameAsImportId()).isEqualTo(committed.id());
        assertThat(awardsOf(lines)).isEqualTo(3);
    }

    @Test
    void reportsTheRowAndColumnOfABrokenIdNumberWithoutEchoingIt() {
        List<Rosters.Line> lines = Rosters.pupils(3);
        String id = lines.get(1).get(RosterColumn.ID_NUMBER);
        lines.get(1).set(RosterColumn.ID_NUMBER, id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        Path file = Rosters.xlsx(dir.resolve("broken.xlsx"), lines);

        RosterImportView view = importing.submit(Rosters.upload(file), AUTUMN_2026, ImportMode.COMMIT, false, Rosters.countyStaff(), true);

        assertThat(view.status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(problems(view)).extracting(ImportProblemView::sentence).containsExactly("第3行 证件号码：校验位错误，请核对后重新填写");
        assertThat(awardsOf(lines)).isZero();
    }

    private List<ImportProblemView> problems(RosterImportView view) {
        return importing.problems(view.id(), Rosters.countyStaff().scope(), null, new Paging(1, 100)).content();
    }

    private long awardsOf(List<Rosters.Line> lines) {
        return lines.stream().mapToLong(l -> jdbc.sql("""
                        SELECT count(*) FROM award_award a JOIN registry_student s ON s.id = a.student_id
                         WHERE s.id_number_masked = :masked AND a.term = '2026-AUTUMN'
                        """)
                .param("masked", com.aidloop.shared.Masking.idNumber(l.get(RosterColumn.ID_NUMBER)))
                .query(Long.class).single()).sum();
    }
}
