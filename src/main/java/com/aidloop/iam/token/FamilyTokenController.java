package com.aidloop.iam.token;

import com.aidloop.iam.family.FamilyLogin;
import com.aidloop.iam.family.FamilyPrincipal;
import com.aidloop.iam.token.ApiTokens.IssuedToken;
import com.aidloop.shared.PhoneNumber;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The family's door to the API, for a native client: the same SMS code as the family login page
 * (to a number registered in a student's household, or with an invitation slip), exchanged for a
 * bearer token that reaches only {@code /api/v1/family/**}. The same limits, neutral answers and
 * audit as the page.
 */
@RestController
@Tag(name = "家庭登录（接口）", description = "家长或14岁以上学生用手机号和短信验证码换取访问令牌，只能访问 /api/v1/family/ 下的接口")
class FamilyTokenController {

    private final FamilyLogin login;
    private final FamilyTokens tokens;

    FamilyTokenController(FamilyLogin login, FamilyTokens tokens) {
        this.login = login;
        this.tokens = tokens;
    }

    /** @param invitation the code of a school's invitation slip, for a number not yet registered */
    record CodeRequest(String phone, String invitation) {}

    /** @param demoCode only for the demo guardian on a trial installation (embedded database), as the page shows it */
    record CodeSent(String sentTo, String demoCode) {}

    record TokenRequest(String phone, String code) {}

    record FamilyToken(String token, Instant expiresAt, String actsAs) {}

    @PostMapping(BearerTokenFilter.FAMILY_API + "code")
    @Operation(
            summary = "发送登录验证码",
            description = "号码须为学生家庭成员登记的手机号，或同时提供学校发放的邀请码；未登记的号码得到同样的回答但收不到短信。" + "每个号码每分钟1次、每小时5次")
    ResponseEntity<CodeSent> code(@RequestBody(required = false) CodeRequest body, HttpServletRequest request) {
        CodeRequest asked = body == null ? new CodeRequest("", null) : body;
        PhoneNumber phone = new PhoneNumber(asked.phone() == null ? "" : asked.phone());
        Optional<String> shown =
                asked.invitation() == null || asked.invitation().isBlank()
                        ? login.requestCode(phone, request.getRemoteAddr())
                        : login.requestInvitationCode(asked.invitation(), phone, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CodeSent(phone.masked(), shown.orElse(null)));
    }

    @PostMapping(BearerTokenFilter.FAMILY_API + "token")
    @Operation(summary = "用验证码换取访问令牌", description = "验证码5分钟内有效、只能用一次；令牌以 Authorization: Bearer 使用")
    FamilyToken token(@RequestBody(required = false) TokenRequest body) {
        TokenRequest asked = body == null ? new TokenRequest("", "") : body;
        FamilyPrincipal principal =
                login.verify(new PhoneNumber(asked.phone() == null ? "" : asked.phone()), asked.code());
        IssuedToken issued = tokens.issue(principal);
        return new FamilyToken(
                issued.token(), issued.expiresAt(), principal.actor().kind().name());
    }

    @DeleteMapping(BearerTokenFilter.FAMILY_API + "token")
    @Operation(summary = "注销本令牌")
    ResponseEntity<Void> revoke(HttpServletRequest request) {
        BearerTokenFilter.bearerToken(request).ifPresent(tokens::revoke);
        return ResponseEntity.noContent().build();
    }
}
