package com.aidloop.identification.specialchannel;

import com.aidloop.award.ApprovedSpecialChannels;
import java.util.Collection;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The roster import's port: which students of a roster's school year may be marked 特别通道 是. */
@Component
class RosterAllows implements ApprovedSpecialChannels {

    private final SpecialChannels channels;

    RosterAllows(SpecialChannels channels) {
        this.channels = channels;
    }

    @Override
    public Set<Long> approvedAmong(Collection<Long> studentIds, int schoolYear) {
        return channels.approvedStudents(studentIds, schoolYear);
    }
}
