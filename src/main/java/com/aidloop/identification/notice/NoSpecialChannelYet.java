package com.aidloop.identification.notice;

import java.util.Collection;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** No special channel approvals exist yet: every finally decided student is published. */
@Configuration(proxyBeanMethods = false)
class NoSpecialChannelYet {

    @Bean
    @ConditionalOnMissingBean(SpecialChannelApprovals.class)
    SpecialChannelApprovals noSpecialChannelApprovals() {
        return (Collection<Long> ids) -> Set.of();
    }
}
