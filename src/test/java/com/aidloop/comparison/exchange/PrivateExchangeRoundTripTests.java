package com.aidloop.comparison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListFiles;
import com.aidloop.comparison.ListImportResult;
import com.aidloop.comparison.ListRefused;
import com.aidloop.comparison.SpecialDifficultyRegister;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The private exchange end to end with the department's own offline tool
 * (tools/department-exchange/DepartmentExchange.java, run as its staff would with {@code java}):
 * the county makes a request of keyed hashes, the department hashes its GBK-encoded list with the
 * key and answers with the matching rows only, the county imports the answer and the register
 * finds the student; the answer carries no ID number, a wrong key is refused by the tool, and an
 * answered exchange keeps no hashes and takes no second answer.
 */
@SpringBootTest
class PrivateExchangeRoundTripTests {

    @Autowired
    PrivateExchanges exchanges;

    @Autowired
    SpecialDifficultyRegister register;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDepartmentsToolAnswersOnlyTheMatchesAndTheAnswerFindsTheStudent() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("交换测试小学", People.TOWNSHIP), SchoolFixtures.county());
        StudentInput pupil = People.pupil("孟小雨", school.id());
        students.register(pupil, SchoolFixtures.county());
        String fatherId = pupil.household().getFirst().idNumber();
        String spouseId = People.idNumber(1981, false);
        CurrentAccount county = ListFiles.countyStaff(SchoolFixtures.COUNTY);

        NewExchange made = exchanges.create("ENTITLED_GROUPS", "县退役军人事务局", county);
        Path dir = Files.createTempDirectory("exchange-");
        Path request = dir.resolve("比对请求.csv");
        try (OutputStream out = Files.newOutputStream(request)) {
            exchanges.request(made.exchange().id(), county, out);
        }
        String requestText = Files.readString(request);
        assertThat(requestText)
                .doesNotContain(fatherId)
                .contains("密钥校验码=" + made.exchange().keyCheck());
        assertThat(made.exchange().persons()).isGreaterThanOrEqualTo(3);

        Path list = departmentList(dir, fatherId, spouseId);

        Path answer = dir.resolve("比对回复.csv");
        Run run = tool(made.key(), request, list, answer);
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("读取名单 3 行，其中 1 行在比对请求中", "身份证号码无法识别", "5");
        String answered = Files.readString(answer, StandardCharsets.UTF_8);
        assertThat(answered).contains("匹配码", "李建国", "在乡复员军人").doesNotContain(fatherId, spouseId, "配偶", "赵无关");

        ListImportResult result =
                exchanges.answer(made.exchange().id(), ListFiles.upload(answer, "比对回复.csv"), today(), county);

        assertThat(result.list().persons()).isEqualTo(1);
        long studentId = students.findByIdNumber(pupil.idNumber(), SchoolFixtures.county())
                .orElseThrow()
                .id();
        assertThat(register.of(studentId, today()).orElseThrow().categoryName()).isEqualTo("优抚对象");
        assertKeysGoneAndAudited(made.exchange().id());
        assertMappingUntouched(county);
        assertThatThrownBy(() ->
                        exchanges.answer(made.exchange().id(), ListFiles.upload(answer, "比对回复.csv"), today(), county))
                .isInstanceOf(ListRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("已导入");
    }

    @Test
    void theToolRefusesAWrongKeyAndTheCountyRefusesCodesOfAnotherExchange() throws Exception {
        CurrentAccount county = ListFiles.countyStaff(SchoolFixtures.COUNTY);
        NewExchange first = exchanges.create("ORPHAN", "县民政局", county);
        NewExchange second = exchanges.create("ORPHAN", "县民政局", county);
        Path dir = Files.createTempDirectory("exchange-");
        Path request = dir.resolve("request.csv");
        try (OutputStream out = Files.newOutputStream(request)) {
            exchanges.request(first.exchange().id(), county, out);
        }
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "姓名,身份证号码\n某人," + People.idNumber(1970, true) + "\n");

        Run wrongKey = tool(second.key(), request, list, dir.resolve("answer.csv"));

        assertThat(wrongKey.exit()).isEqualTo(2);
        assertThat(wrongKey.output()).contains("密钥与请求文件不符");
        Path foreign = dir.resolve("foreign.csv");
        Files.writeString(foreign, "匹配码,姓名\n" + "ab".repeat(32) + ",某人\n");
        assertThatThrownBy(() -> exchanges.answer(
                        second.exchange().id(), ListFiles.upload(foreign, "foreign.csv"), today(), county))
                .isInstanceOf(ListRefused.class)
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("第2行", "不在交换" + second.exchange().id() + "的请求文件中");
        assertThat(exchanges.exchange(second.exchange().id(), county).answered())
                .isFalse();
        assertThatThrownBy(() ->
                        exchanges.exchange(first.exchange().id(), ListFiles.countyStaff(SchoolFixtures.OTHER_COUNTY)))
                .isInstanceOf(ListRefused.class);
    }

    /** The department's own list as it keeps it: a title line, GBK, a spouse's ID, a 15-digit number. */
    private static Path departmentList(Path dir, String fatherId, String spouseId) throws Exception {
        Path list = dir.resolve("优抚对象名单.csv");
        Files.writeString(
                list,
                "县退役军人事务局优抚对象花名册（截至2026年11月30日）\n"
                        + "序号,姓名,身份证号码,配偶身份证号,优抚类别\n"
                        + "1,李建国," + fatherId + "," + spouseId + ",在乡复员军人\n"
                        + "2,赵无关," + People.idNumber(1970, true) + ",,伤残军人\n"
                        + "3,钱旧号,430626700101001,,烈属\n",
                Charset.forName("GB18030"));
        return list;
    }

    private void assertMappingUntouched(CurrentAccount county) {
        assertThat(importing
                        .rememberedMapping(county, "县退役军人事务局", "ENTITLED_GROUPS")
                        .id())
                .as("the answer's 匹配码 column is not the mapping of the department's own files")
                .isNotEqualTo("匹配码");
    }

    private void assertKeysGoneAndAudited(long exchangeId) {
        assertThat(jdbc.sql("SELECT count(*) FROM comparison_exchange_key WHERE exchange_id = :id")
                        .param("id", exchangeId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql(
                                "SELECT action FROM audit_event WHERE object_type = 'comparison_exchange' AND object_id = :id"
                                        + " ORDER BY id")
                        .param("id", String.valueOf(exchangeId))
                        .query(String.class)
                        .list())
                .containsExactly("CREATE", "EXPORT", "IMPORT");
    }

    record Run(int exit, String output) {}

    /** Runs the department's tool as its staff would: {@code java DepartmentExchange.java …}. */
    private static Run tool(String key, Path request, Path list, Path answer) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8",
                Path.of("tools", "department-exchange", "DepartmentExchange.java")
                        .toAbsolutePath()
                        .toString(),
                "--key",
                key,
                "--request",
                request.toString(),
                "--list",
                list.toString(),
                "--out",
                answer.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
