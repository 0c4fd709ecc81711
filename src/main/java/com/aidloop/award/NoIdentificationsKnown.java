package com.aidloop.award;

import com.aidloop.iam.DataScope;
import java.util.Collection;
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
        return new IdentificationLevels() {
            @Override
            public Map<Long, String> levels(Collection<Long> studentIds, int schoolYear, DataScope scope) {
                return Map.of();
            }

            @Override
            public Map<Long, IdentificationInForce> inForce(
                    Collection<Long> studentIds, int schoolYear, DataScope scope) {
                return Map.of();
            }
        };
    }
}
