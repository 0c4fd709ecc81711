package com.aidloop.award;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without the identification module (the award module on its own), no student holds an identification. */
@Configuration(proxyBeanMethods = false)
class NoIdentificationsKnown {

    @Bean
    @ConditionalOnMissingBean(IdentificationLevels.class)
    IdentificationLevels noIdentificationLevels() {
        return (studentIds, schoolYear, scope) -> Map.of();
    }
}
