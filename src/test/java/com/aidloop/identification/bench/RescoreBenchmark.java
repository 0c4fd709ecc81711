package com.aidloop.identification.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.IndicatorModels;
import com.aidloop.identification.IndicatorScoring;
import com.aidloop.identification.StandInApplications;
import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.ReferenceModels;
import com.aidloop.identification.domain.ScoreResult;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-scoring 100,000 applications' answers (RESCORE_BENCH_APPLICATIONS to change it) under a new
 * version of a county's model: loading the version, scoring every answer set with its
 * explanation, and keeping the scores (COPY, one upsert) in one transaction; the target is 10 s.
 * Not part of the test run: {@code bench/indicator-rescore.sh}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class RescoreBenchmark {

    private static final CurrentAccount COUNTY =
            new CurrentAccount(-91, "bench-models", "基准测试", Set.of(Role.COUNTY_STAFF), "430621", null);

    @Autowired
    IndicatorModels models;

    @Autowired
    IndicatorScoring scoring;

    @Autowired
    JdbcClient jdbc;

    @Test
    void reScoresAllApplicationsUnderANewVersion() {
        int wanted = Integer.parseInt(System.getenv().getOrDefault("RESCORE_BENCH_APPLICATIONS", "100000"));
        long reference = models.visibleTo(COUNTY).stream()
                .filter(m -> m.key().equals(ReferenceModels.JIANGSU_2020))
                .findFirst()
                .orElseThrow()
                .id();
        IndicatorModel first = models.adopt(reference, 2026, COUNTY);
        List<Long> applications = StandInApplications.make(jdbc, wanted);
        try {
            models.publish(first.id(), COUNTY);
            Map<Long, Answers> answers = answerSets(first, applications);
            long started = System.nanoTime();
            scoring.rescore(first.id(), answers);
            System.out.printf("RESULT scored %,d applications under version 1 in %.2f s%n", wanted, seconds(started));

            IndicatorModel second = models.draftNextVersion(first.id(), COUNTY);
            ModelRules rules = second.rules();
            models.revise(
                    second.id(),
                    new ModelRules(
                            rules.indicators(),
                            rules.groupCaps(),
                            rules.cutOffs(),
                            rules.directGroups(),
                            rules.directLevel(),
                            new BigDecimal("6000")),
                    2027,
                    "基准",
                    COUNTY);
            models.publish(second.id(), COUNTY);

            started = System.nanoTime();
            Map<Long, ScoreResult> rescored = scoring.rescore(second.id(), answers);
            double took = seconds(started);
            System.out.printf(
                    "RESULT re-scored %,d applications under version 2 in %.2f s (target 10 s)%n", wanted, took);

            assertThat(rescored).hasSize(wanted);
            assertThat(scoring.history(applications.getFirst())).hasSize(2);
        } finally {
            StandInApplications.remove(jdbc, applications);
            jdbc.sql("DELETE FROM indicator_model WHERE model_key = :key")
                    .param("key", first.key())
                    .update();
        }
    }

    /** Answers drawn from every choice of every indicator, one in fifty families in a directly recognised group. */
    private static Map<Long, Answers> answerSets(IndicatorModel model, List<Long> applications) {
        int count = applications.size();
        Random random = new Random(20261206);
        Map<Long, Answers> sets = new LinkedHashMap<>(count * 2);
        var indicators = model.rules().indicators();
        for (int i = 0; i < count; i++) {
            Map<String, String> values = new HashMap<>();
            for (var indicator : indicators) {
                if (indicator instanceof com.aidloop.identification.domain.ChoiceIndicator choice) {
                    values.put(
                            choice.code(),
                            choice.choices()
                                    .get(random.nextInt(choice.choices().size()))
                                    .label());
                }
            }
            Set<String> direct = random.nextInt(50) == 0 ? Set.of("GUER") : Set.of();
            sets.put(applications.get(i), Answers.of(values, direct));
        }
        return sets;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
