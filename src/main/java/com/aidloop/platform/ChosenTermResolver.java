package com.aidloop.platform;

import com.aidloop.shared.Term;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Resolves {@link ChosenTerm} parameters through the platform's one term calendar. */
@Configuration(proxyBeanMethods = false)
class ChosenTermResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final ChinaTime time;

    ChosenTermResolver(ChinaTime time) {
        this.time = time;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ChosenTerm.class) && parameter.getParameterType() == Term.class;
    }

    @Override
    public Term resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mav,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return time.termOrCurrent(request.getParameter("term"));
    }
}
