package com.aidloop.award.running;

import com.aidloop.award.ApprovedSpecialChannels;
import java.util.Collection;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Without the identification module (a module test) nobody is approved for the special channel. */
@Configuration(proxyBeanMethods = false)
class NoSpecialChannelApprovals {

    @Bean
    @ConditionalOnMissingBean(ApprovedSpecialChannels.class)
    ApprovedSpecialChannels noApprovedSpecialChannels() {
        return (Collection<Long> students, int schoolYear) -> Set.of();
    }
}
