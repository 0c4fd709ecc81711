package com.aidloop.comparison.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.ImportingDepartmentLists;
import com.aidloop.comparison.ListFiles;
import com.aidloop.comparison.ListUpload;
import com.aidloop.comparison.worklist.WorklistFilter;
import com.aidloop.comparison.worklist.WorklistItem;
import com.aidloop.comparison.worklist.WorklistKind;
import com.aidloop.comparison.worklist.Worklists;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.DemoStaff;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * A 四项比对 case decided to 追回资金 through the API by the demo county's {@code county}: the
 * recovery waits for its second review; {@code county} may not confirm it himself, {@code county2}
 * (王建国) confirms it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RecoveryReviewApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    Worklists worklists;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Test
    void onlyAnotherCountyStaffMemberConfirmsARecoveryRecordedThroughTheApi() throws Exception {
        DemoStaff staff = new DemoStaff(mvc);
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("追回复核接口测试小学", People.TOWNSHIP), SchoolFixtures.county());
        StudentInput pupil = People.pupil("接口追回", school.id());
        long pupilId = students.register(pupil, SchoolFixtures.county()).id();
        long awardId = AwardSeeds.student(Term.of(TODAY), pupilId).confirmed().insert(jdbc);
        long itemId = suspectCaseOf(pupil, pupilId, school);
        String voucher = "接口收据" + awardId;
        recordThroughTheApi(staff, itemId, awardId, voucher);
        String recoveries = "/api/v1/comparison/worklists/suspect/{id}/recoveries";
        String listed = mvc.perform(get(recoveries, itemId).with(staff.api("county")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("PENDING"))
                .andExpect(jsonPath("$[0].voucher").value(voucher))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long entry = JsonMapper.builder()
                .build()
                .readTree(listed)
                .get(0)
                .get("entry")
                .asLong();

        mvc.perform(post(recoveries + "/{entry}/confirmation", itemId, entry).with(staff.api("county")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("由您登记")));
        mvc.perform(post(recoveries + "/{entry}/confirmation", itemId, entry).with(staff.api("county2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.reviewedBy").value("county2"));
        mvc.perform(post(recoveries + "/{entry}/rejection", itemId, entry)
                        .with(staff.api("county2"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"重复登记\"}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/comparison/worklists/suspect/{id}/awards", itemId)
                        .with(staff.api("county")))
                .andExpect(jsonPath("$[0].awardId").value(awardId))
                .andExpect(jsonPath("$[0].confirmed").value(true))
                .andExpect(jsonPath("$[0].recoverable").value(false));
    }

    private void recordThroughTheApi(DemoStaff staff, long itemId, long awardId, String voucher) throws Exception {
        String decision = JsonMapper.builder()
                .build()
                .writeValueAsString(Map.of(
                        "decision",
                        "RECOVERED",
                        "reason",
                        "父亲名下有高档车辆",
                        "awardIds",
                        List.of(awardId),
                        "amount",
                        "500.00",
                        "recoveredOn",
                        TODAY.toString(),
                        "voucher",
                        voucher));
        mvc.perform(post("/api/v1/comparison/worklists/suspect/{id}/decision", itemId)
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(decision))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("RECOVERED"));
    }

    private long suspectCaseOf(StudentInput pupil, long pupilId, SchoolView school) {
        var father = pupil.household().getFirst();
        String region = String.valueOf(500_000 + ThreadLocalRandom.current().nextInt(400_000));
        importing.submit(
                ListFiles.upload(
                        ListFiles.csv(
                                List.of("姓名", "身份证号码", "车辆类型", "购置价格"),
                                List.of(List.of(father.name(), father.idNumber(), "小型轿车", "45万"))),
                        "list.csv"),
                new ListUpload("VEHICLES", "测试部门", TODAY.minusDays(1), ColumnMapping.none()),
                ListFiles.countyStaff(region));
        CurrentAccount county =
                new CurrentAccount(-1, "api-test", "测试员", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null);
        return worklists.list(county, new WorklistFilter(WorklistKind.SUSPECT, null, null, school.id(), null)).stream()
                .filter(i -> i.studentId() == pupilId)
                .map(WorklistItem::id)
                .findFirst()
                .orElseThrow();
    }
}
