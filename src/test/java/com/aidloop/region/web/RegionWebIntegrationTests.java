package com.aidloop.region.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.region.RegionManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The REST API, the tree fragment and the admin page, through the whole web stack. MockMvc is
 * built here with Spring Security's test support, because Boot 4 applies it to an
 * {@code @AutoConfigureMockMvc} MockMvc only with spring-boot-starter-security-test on the
 * classpath; building it here also lets this class share the plain {@code @SpringBootTest} context.
 */
@SpringBootTest
@WithMockUser
class RegionWebIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    RegionManagement regions;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvcWithSecurity() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void answersARegionWithItsPath() throws Exception {
        mvc.perform(get("/api/v1/regions/430626102"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("430626102"))
                .andExpect(jsonPath("$.name").value("三市镇"))
                .andExpect(jsonPath("$.level").value("TOWNSHIP"))
                .andExpect(jsonPath("$.levelLabel").value("乡镇"))
                .andExpect(jsonPath("$.parentCode").value("430626"))
                .andExpect(jsonPath("$.fullName").value("湖南省岳阳市平江县三市镇"))
                .andExpect(jsonPath("$.path[*].code").value(contains("43", "4306", "430626", "430626102")));
    }

    @Test
    void answersNotFoundInChineseForAnUnknownCode() throws Exception {
        mvc.perform(get("/api/v1/regions/430699"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("未找到行政区划代码“430699”")))
                .andExpect(jsonPath("$.code").value("region.unknown"));
        mvc.perform(get("/api/v1/regions/430699/children")).andExpect(status().isNotFound());
    }

    @Test
    void answersBadRequestForAMalformedCode() throws Exception {
        mvc.perform(get("/api/v1/regions/4306x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("格式不对")));
    }

    @Test
    void listsProvincesAndChildren() throws Exception {
        mvc.perform(get("/api/v1/regions/children"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(31)))
                .andExpect(jsonPath("$[0].name").value("北京市"));
        mvc.perform(get("/api/v1/regions/430626/children"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(25)))
                .andExpect(jsonPath("$[0].code").value("430626001"))
                .andExpect(jsonPath("$[0].name").value("汉昌街道"))
                .andExpect(jsonPath("$[0].level").value("TOWNSHIP"));
    }

    @Test
    void looksUpANameWithSuffixVariant() throws Exception {
        mvc.perform(get("/api/v1/regions/lookup").param("parent", "430626").param("name", "三市镇人民政府"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FOUND"))
                .andExpect(jsonPath("$.region.code").value("430626102"))
                .andExpect(jsonPath("$.candidates", hasSize(0)));
    }

    @Test
    void looksUpAnAmbiguousName() throws Exception {
        mvc.perform(get("/api/v1/regions/lookup").param("parent", "130205").param("name", "开平"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AMBIGUOUS"))
                .andExpect(jsonPath("$.candidates[*].name").value(contains("开平街道", "开平镇")));
    }

    @Test
    void looksUpAnUnknownNameWithSuggestions() throws Exception {
        mvc.perform(get("/api/v1/regions/lookup").param("parent", "430626").param("name", "福寿镇"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_FOUND"))
                .andExpect(jsonPath("$.suggestions[0].name").value("福寿山镇"));
        mvc.perform(get("/api/v1/regions/lookup").param("name", "湖南省"))
                .andExpect(jsonPath("$.region.code").value("43"));
    }

    @Test
    void describesTheApiInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("api-reader")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/regions/lookup'].get.summary")
                        .value("按名称查找下级区划"));
    }

    @Test
    @WithMockUser(authorities = {})
    void servesTheTreeFragmentWithLazyChildren() throws Exception {
        mvc.perform(get("/regions/tree").param("parent", "430626"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("data-region-code=\"430626102\"")))
                .andExpect(content().string(containsString("hx-get=\"/regions/tree?parent=430626102\"")))
                .andExpect(content().string(containsString("hx-trigger=\"click once\"")))
                .andExpect(content().string(containsString("id=\"region-children-430626102\"")))
                .andExpect(content().string(containsString(">三市镇</a>")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void servesTheTownshipsOfACountyWhoseCodeEndsInZeros() throws Exception {
        mvc.perform(get("/regions/tree").param("parent", "441900"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region-code=\"441900003\"")))
                .andExpect(content().string(not(containsString("data-region-code=\"441900\""))));
        mvc.perform(get("/api/v1/regions/441900"))
                .andExpect(jsonPath("$.level").value("COUNTY"))
                .andExpect(jsonPath("$.fullName").value("广东省东莞市"));
    }

    @Test
    void servesVillagesAsLeavesOfTheTree() throws Exception {
        regions.loadVillages("430626");
        mvc.perform(get("/regions/tree").param("parent", "430626102"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region-code=\"430626102200\"")))
                .andExpect(content().string(not(containsString("hx-get"))));
        mvc.perform(get("/regions/tree")).andExpect(content().string(containsString("data-region-code=\"43\"")));
    }

    @Test
    void showsLoadedCountiesToTheRegionAdmin() throws Exception {
        regions.loadVillages("430626");
        mvc.perform(get("/admin/regions").with(staff("REGION_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("行政区划管理")))
                .andExpect(content().string(containsString("data-county-code=\"430626\"")))
                .andExpect(content().string(containsString("<td class=\"text-end\">550</td>")))
                .andExpect(content().string(containsString("data-region-code=\"43\"")));
    }

    @Test
    @WithMockUser(authorities = "REGION_ADMIN")
    void loadsVillagesFromTheAdminPage() throws Exception {
        mvc.perform(post("/admin/regions/villages")
                        .param("countyCode", "430626")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/regions"))
                .andExpect(flash().attribute("done", "已加载湖南省岳阳市平江县（430626）的村级区划550个"));
        mvc.perform(post("/admin/regions/villages")
                        .param("countyCode", "430699")
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/regions"))
                .andExpect(flash().attribute("error", containsString("“430699”不是县级行政区划代码")));
    }

    /** Runs once the security configuration enables method security, which @PreAuthorize needs. */
    @Test
    void keepsTheAdminPageFromOtherAccounts() throws Exception {
        assumeTrue(
                AopUtils.isAopProxy(context.getBean(RegionAdminController.class)),
                "method security (@EnableMethodSecurity) is not enabled yet");
        mvc.perform(get("/admin/regions").with(staff("STUDENT_VIEW"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/regions/villages")
                        .param("countyCode", "430626")
                        .with(staff("STUDENT_VIEW"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithAnonymousUser
    void servesRegionsOnlyToLoggedInAccounts() throws Exception {
        int status =
                mvc.perform(get("/api/v1/regions/43")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(401, 302, 403);
    }

    /**
     * A logged-in staff member for pages: the staff layout shows the principal's display name,
     * which the plain user of {@code @WithMockUser} does not have.
     */
    private static RequestPostProcessor staff(String... authorities) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(
                new StaffMember("admin", "系统管理员"), null, AuthorityUtils.createAuthorityList(authorities)));
    }

    /** What the layout reads of a principal. */
    public static final class StaffMember {

        private final String username;
        private final String displayName;

        StaffMember(String username, String displayName) {
            this.username = username;
            this.displayName = displayName;
        }

        public String getUsername() {
            return username;
        }

        public String getDisplayName() {
            return displayName;
        }
    }
}
