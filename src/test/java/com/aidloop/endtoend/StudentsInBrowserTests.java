package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentView;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The student list, its region tree and search, the masked detail page with the audited reveal
 * and the form's messages, in a real browser under the content security policy.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class StudentsInBrowserTests {

    private static final String PASSWORD = "Lanhua#River2026";

    @LocalServerPort
    int port;

    @Autowired
    AccountManagement accounts;

    @Autowired
    SchoolManagement schools;

    @Autowired
    RegistryManagement registry;

    @Autowired
    RegionManagement regions;

    private String countyStaff() {
        String username = "test-e2e-county." + ProcessHandle.current().pid() % 1000 + "." + System.nanoTime() % 100_000;
        accounts.ensureDemoAccount(
                username, "平江县资助中心（测试）", Set.of(Role.COUNTY_STAFF), SchoolFixtures.COUNTY, null, PASSWORD);
        return username;
    }

    @Test
    void findsAStudentThroughTheTreeAndTheSearchAndRevealsTheFullIdNumber() throws Exception {
        regions.loadVillages(SchoolFixtures.COUNTY);
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), SchoolFixtures.county());
        StudentInput liMing = People.pupil("李明", school.id());
        StudentView shown = registry.register(liMing, SchoolFixtures.county());
        StudentView other = registry.register(
                People.pupil("刘洋", school.id(), People.childId(true), People.OTHER_TOWNSHIP, People.OTHER_VILLAGE),
                SchoolFixtures.county());

        try (Chromium browser = Chromium.open(port)) {
            browser.login(countyStaff(), PASSWORD);
            browser.go("/students?schoolId=" + school.id());
            assertThat(rows(browser)).containsExactlyInAnyOrder(String.valueOf(shown.id()), String.valueOf(other.id()));

            browser.screenshot("students-list");
            browser.find("#region-tree a[data-region-code='" + People.OTHER_TOWNSHIP + "']")
                    .click();
            browser.waitFor(d -> rows(browser).equals(List.of(String.valueOf(other.id()))));
            assertThat(browser.find("#region-filter").getText()).contains("安定镇");

            browser.go("/students?schoolId=" + school.id());
            browser.find("#q").sendKeys("李明");
            browser.find("#search").click();
            browser.waitFor(d -> rows(browser).equals(List.of(String.valueOf(shown.id()))));
            WebElement masked = browser.find("tr[data-student-id='" + shown.id() + "'] .al-masked");
            assertThat(masked.getText()).isEqualTo(shown.idNumberMasked()).doesNotContain(liMing.idNumber());

            browser.find("tr[data-student-id='" + shown.id() + "'] a").click();
            assertThat(browser.find("#id-number").getText()).isEqualTo(shown.idNumberMasked());
            browser.find("#reveal").click();
            assertThat(browser.find("#revealed-id-number").getText()).isEqualTo(liMing.idNumber());
            browser.screenshot("student-revealed");
            assertThat(browser.currentPath()).isEqualTo("/students/" + shown.id());
        }
    }

    @Test
    void theFormExplainsAWrongCheckDigitUnderTheField() throws Exception {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), SchoolFixtures.county());
        String id = People.childId(true);
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');

        try (Chromium browser = Chromium.open(port)) {
            browser.login(countyStaff(), PASSWORD);
            browser.go("/students/new");
            browser.find("#name").sendKeys("李明");
            browser.find("#idNumber").sendKeys(toFullWidth(wrong));
            new org.openqa.selenium.support.ui.Select(browser.find("#schoolId"))
                    .selectByValue(String.valueOf(school.id()));
            browser.find("#grade").sendKeys("三年级");
            browser.find("#householdTownship").sendKeys(People.TOWNSHIP);
            browser.find("#save").click();
            assertThat(browser.find("[data-error-for='idNumber']").getText()).contains("证件号码校验位错误，请核对后重新填写");
            browser.screenshot("student-form-errors");
            assertThat(browser.currentPath()).isEqualTo("/students");
        }
    }

    /** The ids of the listed students; while htmx swaps the list, none (the wait asks again). */
    private static List<String> rows(Chromium browser) {
        try {
            return browser.driver().findElements(By.cssSelector("tr[data-student-id]")).stream()
                    .map(row -> row.getAttribute("data-student-id"))
                    .toList();
        } catch (StaleElementReferenceException swapped) {
            return List.of();
        }
    }

    private static String toFullWidth(String digits) {
        StringBuilder s = new StringBuilder();
        digits.chars().forEach(c -> s.append(c == 'X' ? 'Ｘ' : (char) (c + 0xfee0)));
        return s.toString();
    }
}
