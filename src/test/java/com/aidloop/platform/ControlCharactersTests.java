package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aidloop.testing.DemoStaff;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A NUL byte in any parameter of any page or API is a 400 in Chinese, never a 500 from the database. */
@SpringBootTest
@AutoConfigureMockMvc
class ControlCharactersTests {

    @Autowired
    MockMvc mvc;

    private DemoStaff staff;

    @BeforeEach
    void staff() {
        staff = new DemoStaff(mvc);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/students?q=%00",
                "/api/v1/students?q=%E5%BC%A0%00",
                "/api/v1/schools?q=%00",
                "/api/v1/notifications/sms?status=%00",
                "/api/v1/payout-batches?term=2026-SPRING%00",
                "/api/v1/rosters/summary?term=%00",
                "/api/v1/payout-integrity?term=%00",
                "/api/v1/students?page=1&size=%00"
            })
    void apiRefusesANulByteInAnyParameter(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(URI.create(url)).with(staff.api("county")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("控制字符");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/students?q=%00",
                "/schools?q=%00",
                "/notifications/sms?q=%00",
                "/payout-batches?term=%00",
                "/rosters/summary?term=%00",
                "/payout-integrity?term=%00",
                "/audit?q=%01"
            })
    void pagesRefuseANulByteInAnyParameter(String url) throws Exception {
        String user = url.startsWith("/audit") ? "auditor" : "county";
        MockHttpServletResponse response = mvc.perform(get(URI.create(url)).with(staff.page(user)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("控制字符");
    }

    @Test
    void acceptsTabsAndLineBreaksOfATextArea() {
        assertThat(ControlCharacters.hasControlCharacter("第一行\r\n第二行\t备注")).isFalse();
        assertThat(ControlCharacters.hasControlCharacter("张\u0000三")).isTrue();
        assertThat(ControlCharacters.hasControlCharacter("\u007f")).isTrue();
        assertThat(ControlCharacters.hasControlCharacter(null)).isFalse();
    }
}
