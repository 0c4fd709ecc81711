package com.aidloop.roster.reading;

import com.aidloop.award.AwardLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lets one read of the awards feed several documents at once: each lane is a stream consumed by
 * its own virtual thread (a workbook writer, say), and the reading thread puts each award into
 * the lanes that want it. The per-programme rosters, the review roster and the notice of a term
 * then cost one read of the awards instead of one each, and their workbooks are written side by
 * side on all cores. Lanes keep the order of the read. Close the lanes (try-with-resources)
 * after {@link #finish()}; closing without finishing abandons every lane.
 */
public final class AwardLanes implements AutoCloseable {

    private static final int BATCH = 256;
    private static final int QUEUED_BATCHES = 16;
    private static final Object END = new Object();

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Lane<?>> lanes = new ArrayList<>();
    private boolean finished;

    /** Opens a lane whose awards the consumer reads as a stream on its own thread. */
    public <R> Lane<R> open(Function<Stream<AwardLine>, R> consumer) {
        Lane<R> lane = new Lane<>(consumer, threads);
        lanes.add(lane);
        return lane;
    }

    /** Tells every lane that no more awards come. */
    public void finish() {
        lanes.forEach(Lane::finish);
        finished = true;
    }

    @Override
    public void close() {
        if (!finished) {
            lanes.forEach(Lane::abandon);
        }
        threads.close();
    }

    /**
     * Routes every award to the lane of its key (a lane opens when its key is first met) and
     * returns each lane's result by key, in the order the keys were first met.
     */
    public static <R> Map<String, R> split(
            Iterator<AwardLine> awards,
            Function<AwardLine, String> keyOf,
            java.util.function.BiFunction<String, Stream<AwardLine>, R> consumer) {
        Map<String, Lane<R>> byKey = new LinkedHashMap<>();
        try (AwardLanes lanes = new AwardLanes()) {
            while (awards.hasNext()) {
                AwardLine award = awards.next();
                byKey.computeIfAbsent(keyOf.apply(award), key -> lanes.open(stream -> consumer.apply(key, stream)))
                        .put(award);
            }
            lanes.finish();
            Map<String, R> results = new LinkedHashMap<>();
            byKey.forEach((key, lane) -> results.put(key, lane.result()));
            return results;
        }
    }

    /** One consumer's stream of awards. */
    public static final class Lane<R> implements Iterator<AwardLine> {

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private final CompletableFuture<R> result;
        private List<AwardLine> filling = new ArrayList<>(BATCH);
        private Iterator<AwardLine> current = Collections.emptyIterator();
        private boolean ended;
        private volatile boolean abandoned;

        private Lane(Function<Stream<AwardLine>, R> consumer, ExecutorService threads) {
            Stream<AwardLine> stream = StreamSupport.stream(((Iterable<AwardLine>) () -> this).spliterator(), false);
            this.result = CompletableFuture.supplyAsync(() -> consumer.apply(stream), threads);
        }

        /** Hands an award to the lane (on the reading thread). */
        public void put(AwardLine award) {
            filling.add(award);
            if (filling.size() == BATCH) {
                hand(filling);
                filling = new ArrayList<>(BATCH);
            }
        }

        /** What the consumer returned; throws what it threw. */
        public R result() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for a lane");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        private void finish() {
            if (!filling.isEmpty()) {
                hand(filling);
                filling = new ArrayList<>(0);
            }
            hand(END);
        }

        /** Waits for room, but stops waiting when the consumer has ended (it failed, or read no further). */
        private void hand(Object item) {
            try {
                do {
                    if (result.isDone()) {
                        result();
                        return;
                    }
                } while (!queue.offer(item, 50, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while routing awards");
            }
        }

        private void abandon() {
            abandoned = true;
            queue.clear();
            queue.offer(END);
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                if (ended) {
                    return false;
                }
                Object item;
                try {
                    item = queue.poll(1, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("interrupted while reading a lane");
                }
                if (abandoned) {
                    throw new CancellationException("lane abandoned");
                }
                if (item == null) {
                    continue;
                }
                if (item == END) {
                    ended = true;
                    return false;
                }
                @SuppressWarnings("unchecked")
                List<AwardLine> batch = (List<AwardLine>) item;
                current = batch.iterator();
            }
            return true;
        }

        @Override
        public AwardLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
