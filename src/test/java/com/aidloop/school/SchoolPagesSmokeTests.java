package com.aidloop.school;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.iam.Role;
import java.util.List;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class SchoolPagesSmokeTests {

    @Autowired MockMvc mvc;
    @Autowired SchoolManagement schools;

    static TestingAuthenticationToken countyStaff() {
        CurrentAccount account = new CurrentAccount(1, "pj-county", "平江县资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
        List<SimpleGrantedAuthority> authorities = Role.COUNTY_STAFF.permissions().stream()
                .map(Permission::name).map(SimpleGrantedAuthority::new).toList();
        return new TestingAuthenticationToken(account, null, List.copyOf(authorities));
    }

    @Test
    void listsAndShowsSchools() throws Exception {
        SchoolView school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());

        mvc.perform(get("/schools").param("q", school.code()).with(authentication(countyStaff())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("南江镇中心小学")))
                .andExpect(content().string(Matchers.containsString("共 <strong>1</strong> 条")));
        mvc.perform(get("/schools/" + school.id()).with(authentication(countyStaff()))).andExpect(status().isOk());
        mvc.perform(get("/schools/new").with(authentication(countyStaff()))).andExpect(status().isOk());
        mvc.perform(get("/schools/" + school.id() + "/edit").with(authentication(countyStaff()))).andExpect(status().isOk());
        mvc.perform(post("/schools").param("code", "12").with(csrf()).with(authentication(countyStaff())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("学校标识码应为10位数字")));
        mvc.perform(get("/api/v1/schools/" + school.id()).with(authentication(countyStaff())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(school.code())));
    }
}
