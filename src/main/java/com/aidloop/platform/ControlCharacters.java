package com.aidloop.platform;

import com.aidloop.shared.InvalidValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses every request whose parameters hold a NUL or another control character, before any
 * controller binds them: PostgreSQL cannot store NUL in text, and no form field needs them. One
 * place for all parameters of pages and API, answered as any invalid value is (400, in Chinese).
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacters implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                throw new InvalidValue("request.controlCharacter", "?");
            }
            for (String value : parameter.getValue()) {
                if (hasControlCharacter(value)) {
                    throw new InvalidValue("request.controlCharacter", parameter.getKey());
                }
            }
        }
        return true;
    }

    /** C0 controls and DEL, but the tab and line breaks a text area may send; a bare {@code ?error} has no value. */
    static boolean hasControlCharacter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }
}
