package com.aidloop.comparison;

import com.aidloop.comparison.persistence.MatchStore;
import com.aidloop.comparison.worklist.WorklistRefresh;
import com.aidloop.platform.ChinaTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches the current department lists against students and their household members by the
 * registry's blind index: after every list import, monthly, and on request. Idempotent: a second
 * run finds everything stayed. Each run then brings the worklists (应助未助, 四项比对) up to date.
 */
@Service
@Transactional
public class Matching {

    private final MatchStore matches;
    private final ChinaTime time;
    private final WorklistRefresh worklists;

    Matching(MatchStore matches, ChinaTime time, WorklistRefresh worklists) {
        this.matches = matches;
        this.time = time;
        this.worklists = worklists;
    }

    /** @param trigger IMPORT, MONTHLY or MANUAL, as the run records it */
    public MatchingRun run(String trigger) {
        MatchingRun run = matches.run(trigger, time.today());
        worklists.after(run.id(), time.today());
        return run;
    }

    /**
     * The scheduled monthly run, claimed through the database: of several servers, only the one
     * whose claim of the month is first runs it; false for the others.
     */
    public boolean runMonthOnce(String server) {
        String month = time.today().toString().substring(0, 7);
        if (!matches.claimMonth(month, server)) {
            return false;
        }
        MatchingRun run = matches.run("MONTHLY", time.today());
        worklists.after(run.id(), time.today());
        matches.recordMonthlyRun(month, run.id());
        return true;
    }
}
