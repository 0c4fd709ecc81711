package com.aidloop.roster;

import com.aidloop.award.AwardBook;
import com.aidloop.iam.DataScope;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.shared.Term;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The summaries read in the last minute, so that clicking through a drill-down does not read a
 * county's awards again for every click. A summary is used again only while the term's count and
 * sum of awards in the scope are what they were; a change that keeps both (two amounts swapped,
 * an award moved between schools) shows within {@link #FRESH}. Downloads and the check always
 * read afresh.
 */
final class RecentSummaries {

    static final Duration FRESH = Duration.ofMinutes(1);
    private static final int KEPT = 32;

    private record Key(Term term, DataScope scope) {}

    private record Kept(AwardBook.Totals fingerprint, SummaryCube cube, long readAt) {}

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

    SummaryCube get(Term term, DataScope scope, AwardBook.Totals fingerprint, Supplier<SummaryCube> read) {
        Key key = new Key(term, scope);
        long now = System.nanoTime();
        Kept known = kept.get(key);
        if (known != null && known.fingerprint().equals(fingerprint) && now - known.readAt() < FRESH.toNanos()) {
            return known.cube();
        }
        SummaryCube cube = read.get();
        kept.put(key, new Kept(fingerprint, cube, now));
        if (kept.size() > KEPT) {
            kept.entrySet().stream()
                    .min(Comparator.comparingLong(e -> e.getValue().readAt()))
                    .ifPresent(oldest -> kept.remove(oldest.getKey()));
        }
        return cube;
    }
}
