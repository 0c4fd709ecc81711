package com.aidloop.comparison;

import com.aidloop.comparison.persistence.MatchStore;
import com.aidloop.comparison.worklist.WorklistRefresh;
import com.aidloop.platform.ChinaTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches the current department lists against students and their household members by the
 * registry's blind index: after every list import (only the persons the import touched), monthly
 * and on request (everything). Idempotent: a second run finds everything stayed and writes no
 * match. Each run then brings the worklists (应助未助, 四项比对) up to date.
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
     * The run after an import: the persons on the imported list and those of the open matches
     * that came from its region's and type's earlier lists; for each of them the same as a full run.
     */
    public MatchingRun runAfterImport(long listId, String region, String typeCode) {
        MatchingRun run = matches.run("IMPORT", time.today(), new MatchStore.ImportScope(listId, region, typeCode));
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
