package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.DataScope;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Paging;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
class ConcurrentRegistrationTests {

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void twoPeopleRegisteringTheSameIdNumberAtOnceLeaveOneStudent() throws Exception {
        DataScope county = SchoolFixtures.county();
        SchoolView school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), county);
        StudentInput first = People.pupil("李明", school.id());
        StudentInput second = People.pupil("李小明", school.id(), first.idNumber(), People.TOWNSHIP, null);
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            registry.register(first, county);
            inserted.countDown();
            await(release);
        }));
        assertThat(inserted.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<StudentView> fast = CompletableFuture.supplyAsync(() -> registry.register(second, county));
        Thread.sleep(500);
        assertThat(fast).as("waits on the unique index").isNotDone();
        release.countDown();
        slow.get(20, TimeUnit.SECONDS);

        assertThatThrownBy(() -> fast.get(20, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IdNumberAlreadyRegistered.class);
        assertThat(registry.search(StudentSearch.ofSchool(school.id()), county, Paging.first())
                        .totalElements())
                .isOne();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
