package com.aidloop.roster.reading;

import static com.aidloop.roster.Awards.award;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import com.aidloop.award.AwardBook;
import com.aidloop.award.AwardLine;
import com.aidloop.iam.DataScope;
import com.aidloop.roster.Awards;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class AwardFeedTests {

    private static final DataScope COUNTY = DataScope.region("430626");

    /** An award book of n awards that counts how many it handed out. */
    private static AwardBook book(int n, AtomicInteger handed, RuntimeException failingAt1000) {
        AwardBook book = mock(AwardBook.class);
        doAnswer(call -> {
                    Consumer<AwardLine> sink = call.getArgument(2);
                    for (int i = 0; i < n; i++) {
                        if (failingAt1000 != null && i == 1000) {
                            throw failingAt1000;
                        }
                        handed.incrementAndGet();
                        sink.accept(award("430626102201", 1, "LIVING", "PRIMARY", "1.00"));
                    }
                    return null;
                })
                .when(book)
                .forEach(any(), any(), any());
        return book;
    }

    @Test
    void pullsEveryAwardInOrder() {
        List<Long> ids = new ArrayList<>();
        try (AwardFeed feed = AwardFeed.open(book(12_345, new AtomicInteger(), null), Awards.TERM, COUNTY)) {
            feed.forEachRemaining(a -> ids.add(a.id()));
        }
        assertThat(ids).hasSize(12_345).isSorted();
    }

    @Test
    void closingEarlyEndsTheReadSoonAfter() {
        AtomicInteger handed = new AtomicInteger();
        try (AwardFeed feed = AwardFeed.open(book(1_000_000, handed, null), Awards.TERM, COUNTY)) {
            for (int i = 0; i < 20; i++) {
                feed.next();
            }
        }
        assertThat(handed.get()).isLessThan(20_000);
    }

    @Test
    void aFailedReadIsThrownToThePuller() {
        try (AwardFeed feed = AwardFeed.open(
                book(5_000, new AtomicInteger(), new IllegalStateException("connection lost")), Awards.TERM, COUNTY)) {
            assertThatThrownBy(() -> feed.forEachRemaining(a -> {}))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("connection lost");
        }
    }
}
