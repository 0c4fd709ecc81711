package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.aidloop.testing.DemoStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A misspelt or unknown field in a JSON request is refused with a 400 that names it, never dropped in silence. */
@SpringBootTest
@AutoConfigureMockMvc
class UnknownJsonFieldsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void aMisspeltFieldIsRefusedByName() throws Exception {
        DemoStaff staff = new DemoStaff(mvc);
        MockHttpServletResponse response = mvc.perform(post("/api/v1/payout-batches")
                        .with(staff.api("county"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"term\":\"2026-SPRING\",\"townshipcode\":\"430626102\",\"programmeCode\":\"X\"}"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("请求中的字段“townshipcode”无法识别")
                .contains("\"field\":\"townshipcode\"");
    }
}
