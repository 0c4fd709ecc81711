package com.aidloop.roster.reading;

import com.aidloop.award.AwardBook;
import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The awards of a term, in roster order, as something to pull from. {@link AwardBook} hands
 * awards to a callback inside its own read transaction, while workbook writers and paged tables
 * pull; a virtual thread runs the read and passes batches through a short queue, so that a large
 * term never sits in memory and a reader that stops early (a page of 20 rows) ends the read.
 * Always close it, e.g. with try-with-resources.
 */
public final class AwardFeed implements Iterator<AwardLine>, AutoCloseable {

    private static final int BATCH = 500;
    private static final int QUEUED_BATCHES = 8;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Consumer<List<AwardLine>> onBatch;
    private final Thread reader;
    private volatile boolean closed;
    private Iterator<AwardLine> current = Collections.emptyIterator();
    private boolean ended;

    private AwardFeed(AwardBook book, Term term, DataScope scope, Consumer<List<AwardLine>> onBatch) {
        this.onBatch = onBatch;
        this.reader = Thread.ofVirtual().name("award-feed-" + term.code()).start(() -> read(book, term, scope));
    }

    /** Starts reading the term's awards inside the scope. */
    public static AwardFeed open(AwardBook book, Term term, DataScope scope) {
        return new AwardFeed(book, term, scope, batch -> {});
    }

    /**
     * Starts reading, and hands each batch to {@code onBatch} on the pulling thread before its
     * awards are pulled (to look up, say, the names of new villages in one query).
     */
    public static AwardFeed open(AwardBook book, Term term, DataScope scope, Consumer<List<AwardLine>> onBatch) {
        return new AwardFeed(book, term, scope, onBatch);
    }

    /** The remaining awards as a sequential stream; closing the stream closes the feed. */
    public Stream<AwardLine> stream() {
        return StreamSupport.stream(((Iterable<AwardLine>) () -> this).spliterator(), false)
                .onClose(this::close);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (ended) {
                return false;
            }
            Object item = take();
            if (item == END) {
                ended = true;
                return false;
            }
            if (item instanceof ReadFailed failed) {
                ended = true;
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
            @SuppressWarnings("unchecked")
            List<AwardLine> batch = (List<AwardLine>) item;
            onBatch.accept(batch);
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

    /** Stops the read (it ends at its next batch) and waits briefly for its connection to return. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.clear();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReadFailed(e);
        }
    }

    private void read(AwardBook book, Term term, DataScope scope) {
        List<AwardLine> batch = new ArrayList<>(BATCH);
        try {
            book.forEach(term, scope, line -> {
                batch.add(line);
                if (batch.size() == BATCH) {
                    put(List.copyOf(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                put(List.copyOf(batch));
            }
            put(END);
        } catch (Stopped stopped) {
            // the puller closed the feed: nothing more to hand over
        } catch (RuntimeException | Error e) {
            try {
                put(new ReadFailed(e));
            } catch (Stopped ignored) {
                // nobody is listening any more
            }
        }
    }

    /** Waits for room in the queue, giving up as soon as the puller has closed the feed. */
    private void put(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Stopped();
    }

    /** Ends the read inside {@link AwardBook#forEach} once the puller has gone. */
    private static final class Stopped extends RuntimeException {

        Stopped() {
            super("award feed closed", null, false, false);
        }
    }

    /** The read failed; thrown on the pulling thread. */
    public static final class ReadFailed extends RuntimeException {

        ReadFailed(Throwable cause) {
            super("reading the awards failed: " + cause.getMessage(), cause);
        }
    }
}
