package com.aidloop.identification.specialchannel;

import com.aidloop.identification.notice.SpecialChannelApprovals;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The public notice's port: the applications whose student the county approved for the special channel that year. */
@Component
class NoticeLeavesOut implements SpecialChannelApprovals {

    private final SpecialChannelStore store;

    NoticeLeavesOut(SpecialChannelStore store) {
        this.store = store;
    }

    @Override
    public Set<Long> approvedAmong(Collection<Long> applicationIds) {
        return applicationIds.isEmpty() ? Set.of() : store.approvedApplications(applicationIds);
    }
}
