package com.aidloop.comparison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.aidloop.testing.DemoStaff;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The exchange API with the demo accounts: the county makes an exchange (the key answered once,
 * never listed), downloads a request of hashes only, and an answer whose codes the request does
 * not hold is refused naming the row; a school has no exchanges.
 */
@SpringBootTest
class ExchangeApiTests {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    DemoStaff staff;

    @BeforeEach
    void build() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        staff = new DemoStaff(mvc);
    }

    @Test
    void theCountyMakesAnExchangeAndAForeignAnswerIsRefusedByRow() throws Exception {
        String made = mvc.perform(post("/api/v1/comparison/exchanges")
                        .param("type", "NEEDY_WORKERS")
                        .param("department", "县总工会")
                        .with(staff.api("county")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.key", Matchers.matchesPattern("[0-9a-f]{8}(-[0-9a-f]{8}){7}")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        int id = JsonPath.read(made, "$.exchange.id");
        String check = JsonPath.read(made, "$.exchange.keyCheck");

        String request = mvc.perform(
                        get("/api/v1/comparison/exchanges/" + id + "/request").with(staff.api("county")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(request.lines().toList().get(0)).contains("交换编号=" + id, "密钥校验码=" + check);
        assertThat(request.lines().skip(2)).allMatch(line -> line.matches("[0-9a-f]{64}"));
        mvc.perform(get("/api/v1/comparison/exchanges").with(staff.api("county")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].persons", Matchers.hasItem(Matchers.greaterThan(0))))
                .andExpect(jsonPath("$[*].key").doesNotExist());

        byte[] foreign = ("匹配码,姓名\n" + "0".repeat(64) + ",某人\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/comparison/exchanges/" + id + "/answer")
                        .file(new MockMultipartFile("file", "回复.csv", null, foreign))
                        .param("asOf", "2026-11-30")
                        .with(staff.api("county")))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail", Matchers.containsString("第2行")));
        mvc.perform(get("/api/v1/comparison/exchanges").with(staff.api("school")))
                .andExpect(status().isForbidden());
    }
}
