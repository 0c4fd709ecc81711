package com.aidloop.iam;

import java.util.Set;

/**
 * Port for family login: the students whose registered household lists a mobile number, looked up
 * by the number's blind index (phones are stored sealed). Declared here, implemented by the
 * registry, so that iam stays below it.
 */
public interface RegisteredPhones {

    /** The students with a household member of that phone; empty when none. */
    Set<Long> studentsReachableAt(String phoneIndex);
}
