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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Splits one read of the awards into lanes, one per key (a programme, say), each consumed as a
 * stream by its own virtual thread: the per-programme rosters of a term then need one read of
 * the awards instead of one per programme, and their workbooks are written side by side. Lanes
 * appear as their keys are first met; each keeps the order of the read.
 */
public final class AwardLanes {

    private static final int BATCH = 256;
    private static final int QUEUED_BATCHES = 16;
    private static final Object END = new Object();

    private AwardLanes() {}

    /**
     * Routes every award to the lane of its key and returns each lane's result by key, in the
     * order the keys were first met. If any lane fails, the others are abandoned and the failure
     * is thrown.
     */
    public static <R> Map<String, R> split(Iterator<AwardLine> awards, Function<AwardLine, String> keyOf,
            BiFunction<String, Stream<AwardLine>, R> lane) {
        Map<String, Lane<R>> lanes = new LinkedHashMap<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                while (awards.hasNext()) {
                    AwardLine award = awards.next();
                    lanes.computeIfAbsent(keyOf.apply(award), key -> new Lane<>(key, lane, threads)).put(award);
                }
                for (Lane<R> open : lanes.values()) {
                    open.finish();
                }
                Map<String, R> results = new LinkedHashMap<>();
                for (Map.Entry<String, Lane<R>> entry : lanes.entrySet()) {
                    results.put(entry.getKey(), entry.getValue().result());
                }
                return results;
            } catch (RuntimeException | Error e) {
                lanes.values().forEach(Lane::abandon);
                throw e;
            }
        }
    }

    private static final class Lane<R> implements Iterator<AwardLine> {

        private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private final CompletableFuture<R> result;
        private List<AwardLine> filling = new ArrayList<>(BATCH);
        private Iterator<AwardLine> current = Collections.emptyIterator();
        private boolean ended;
        private volatile boolean abandoned;

        Lane(String key, BiFunction<String, Stream<AwardLine>, R> consumer, ExecutorService threads) {
            Stream<AwardLine> stream = StreamSupport.stream(((Iterable<AwardLine>) () -> this).spliterator(), false);
            this.result = CompletableFuture.supplyAsync(() -> consumer.apply(key, stream), threads);
        }

        void put(AwardLine award) {
            filling.add(award);
            if (filling.size() == BATCH) {
                hand(filling);
                filling = new ArrayList<>(BATCH);
            }
        }

        void finish() {
            if (!filling.isEmpty()) {
                hand(filling);
            }
            hand(END);
        }

        /** Waits for room, but gives up when the lane's consumer has ended (it failed or stopped reading). */
        private void hand(Object item) {
            try {
                while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    if (result.isDone()) {
                        result();
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while routing awards");
            }
        }

        R result() {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while waiting for a lane");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }

        void abandon() {
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
