package com.aidloop.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI aidloopOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Aidloop 学生资助闭环管理平台 API")
                        .version("v1")
                        .description("先调用 POST /api/v1/auth/token 取得令牌，再在请求头中携带 Authorization: Bearer <令牌>。"
                                + "所有接口按账号的数据范围过滤；范围外的对象返回 404。证件号码、银行卡号、手机号等敏感信息默认脱敏显示。"))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
