package com.aidloop.identification.notice;

import java.util.Collection;
import java.util.Set;

/**
 * HOOK for the approved special channel (特别通道, issue 14, not built yet): the applications among
 * the given ones whose student the county approved for the special channel. They are identified and
 * aided but never appear on a notice. Until approvals exist, {@link NoSpecialChannelYet} answers
 * none; the special-channel feature implements this port and replaces it.
 */
public interface SpecialChannelApprovals {

    Set<Long> approvedAmong(Collection<Long> applicationIds);
}
