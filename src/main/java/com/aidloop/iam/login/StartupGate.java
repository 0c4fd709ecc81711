package com.aidloop.iam.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * Whether the platform has finished its start-up work (the demo county and its accounts, region
 * data, imports a stopped server left running). The web server answers before that work is done;
 * Spring Boot turns the readiness state to ACCEPTING_TRAFFIC only after every start-up listener
 * and runner returned, which is also what {@code /actuator/health/readiness} reports.
 */
@Component
public class StartupGate {

    private final ObjectProvider<ApplicationAvailability> availability;

    StartupGate(ObjectProvider<ApplicationAvailability> availability) {
        this.availability = availability;
    }

    /** True until the platform accepts traffic; false where no availability is tracked. */
    public boolean starting() {
        ApplicationAvailability state = availability.getIfAvailable();
        return state != null && state.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC;
    }
}
