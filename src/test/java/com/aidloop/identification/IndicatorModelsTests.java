package com.aidloop.identification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.IndicatorRow;
import com.aidloop.identification.domain.ModelRows;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.ModelStatus;
import com.aidloop.identification.domain.ReferenceModels;
import com.aidloop.identification.domain.ScoreResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Indicator models against PostgreSQL: the reference models as shipped, a county adopting,
 * revising and publishing its variant, a published version never changed, audited changes, and
 * scores kept per application and version. Models are made for 岳阳县 (430621), not the demo
 * county, and removed afterwards.
 */
@SpringBootTest
class IndicatorModelsTests {

    static final CurrentAccount YUEYANG = account(-31, "yueyang-models", Role.COUNTY_STAFF, "430621");
    static final CurrentAccount PINGJIANG = account(-32, "pingjiang-models", Role.COUNTY_STAFF, "430626");
    static final CurrentAccount HUNAN = account(-33, "hunan-models", Role.PROVINCE_STAFF, "43");
    static final CurrentAccount REVIEWER = account(-34, "reviewer-models", Role.COUNTY_REVIEWER, "430621");

    @Autowired
    IndicatorModels models;

    @Autowired
    IndicatorScoring scoring;

    @Autowired
    JdbcClient jdbc;

    private final List<String> madeKeys = new ArrayList<>();

    private final List<Long> madeApplications = new ArrayList<>();

    @AfterEach
    void removeTheModelsMade() {
        StandInApplications.remove(jdbc, madeApplications);
        for (String key : madeKeys) {
            jdbc.sql(
                            "DELETE FROM indicator_score WHERE model_id IN (SELECT id FROM indicator_model WHERE model_key = :k)")
                    .param("k", key)
                    .update();
            jdbc.sql("DELETE FROM indicator_model WHERE model_key = :k")
                    .param("k", key)
                    .update();
        }
    }

    @Test
    void theReferenceModelsAreStoredAsShippedAndScoreAlike() {
        long id = reference(ReferenceModels.JIANGSU_2020);
        IndicatorModel stored = models.get(id, YUEYANG);
        Answers family = Answers.of(Map.of("HOME_REGION", "集中连片特困地区", "FATHER_JOB", "中层及以上管理人员或技术人员"));

        assertThat(stored.status()).isEqualTo(ModelStatus.PUBLISHED);
        assertThat(stored.owner().isReference()).isTrue();
        assertThat(stored.score(family).fingerprint())
                .isEqualTo(ReferenceModels.jiangsu2020().score(family).fingerprint());
        assertThat(stored.score(family).total()).isEqualByComparingTo("13");
        assertThat(ModelRows.rowsOf(stored.rules().indicators()))
                .hasSameSizeAs(
                        ModelRows.rowsOf(ReferenceModels.jiangsu2020().rules().indicators()));
    }

    @Test
    void aCountyAdoptsRevisesAndPublishesItsVariantWhichIsThenNeverChanged() {
        IndicatorModel draft = adopt(ReferenceModels.DIBAO_MULTIPLES);
        assertThat(draft.status()).isEqualTo(ModelStatus.DRAFT);
        assertThat(draft.basedOn()).isEqualTo("REF-DIBAO 第1版");

        IndicatorModel revised =
                models.revise(draft.id(), withDibaoLine(draft.rules(), "5400"), 2027, "本地低保标准", YUEYANG);
        IndicatorModel published = models.publish(draft.id(), YUEYANG);

        assertThat(models.get(draft.id(), YUEYANG).rules().dibaoLine()).isEqualByComparingTo("5400");
        assertThat(models.get(draft.id(), YUEYANG).effectiveFrom()).isEqualTo(2027);
        assertThat(published.status()).isEqualTo(ModelStatus.PUBLISHED);
        assertThatThrownBy(() -> models.revise(draft.id(), revised.rules(), 2027, "再改", YUEYANG))
                .isInstanceOf(ModelInUse.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE indicator_line SET points = 99 WHERE model_id = :id")
                        .param("id", draft.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE indicator_model SET name = 'x' WHERE id = :id")
                        .param("id", draft.id())
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("""
                        SELECT string_agg(action, ',' ORDER BY id) FROM audit_event
                         WHERE object_type = 'indicator_model' AND object_id = :id
                        """)
                        .param("id", String.valueOf(draft.id()))
                        .query(String.class)
                        .single())
                .isEqualTo("CREATE,UPDATE,PUBLISH");
        assertThat(models.inForce("430621", 2027).orElseThrow().id()).isEqualTo(draft.id());
        assertThat(models.inForce("430621", 2026)).isEmpty();
    }

    @Test
    void theNextVersionIsADraftAndOnlyOneDraftAtATime() {
        IndicatorModel first = adopt(ReferenceModels.JIANGSU_2020);
        models.publish(first.id(), YUEYANG);

        IndicatorModel second = models.draftNextVersion(first.id(), YUEYANG);

        assertThat(second.version()).isEqualTo(2);
        assertThat(models.versions(second)).extracting(ModelSummary::version).containsExactly(2, 1);
        assertThatThrownBy(() -> models.draftNextVersion(first.id(), YUEYANG))
                .isInstanceOf(ModelInUse.class)
                .hasMessageContaining("identification.model.draftExists");
    }

    @Test
    void onlyTheOwnersStaffWithTheRightChangeAModel() {
        IndicatorModel draft = adopt(ReferenceModels.JIANGSU_2020);

        assertThatThrownBy(() -> models.get(draft.id(), PINGJIANG)).isInstanceOf(ModelNotFound.class);
        assertThat(models.get(draft.id(), HUNAN).id()).isEqualTo(draft.id());
        assertThatThrownBy(() -> models.publish(draft.id(), HUNAN)).isInstanceOf(ModelChangeForbidden.class);
        assertThatThrownBy(() -> models.publish(draft.id(), REVIEWER)).isInstanceOf(ModelChangeForbidden.class);
        assertThatThrownBy(() -> models.draftNextVersion(reference(ReferenceModels.JIANGSU_2020), YUEYANG))
                .isInstanceOf(ModelInUse.class)
                .hasMessageContaining("identification.model.referenceFixed");
    }

    @Test
    void reScoringUnderANewVersionKeepsTheOldScoreAsHistory() {
        IndicatorModel first = adopt(ReferenceModels.DIBAO_MULTIPLES);
        models.revise(first.id(), withDibaoLine(first.rules(), "6000"), 2026, "本地低保标准", YUEYANG);
        models.publish(first.id(), YUEYANG);
        long application = StandInApplications.make(jdbc, 1).getFirst();
        madeApplications.add(application);
        Answers answers = Answers.of(Map.of("INCOME_MULTIPLE", "9600"), Set.of());

        ScoreResult under1 = scoring.score(application, first.id(), answers);
        ScoreResult again = scoring.score(application, first.id(), answers);
        IndicatorModel second = models.draftNextVersion(first.id(), YUEYANG);
        models.revise(second.id(), withDibaoLine(second.rules(), "4700"), 2027, "本地低保标准", YUEYANG);
        models.publish(second.id(), YUEYANG);
        ScoreResult under2 =
                scoring.rescore(second.id(), Map.of(application, answers)).get(application);

        assertThat(again.fingerprint()).isEqualTo(under1.fingerprint());
        assertThat(under1.level().label()).isEqualTo("一般困难");
        assertThat(under2.level().label()).isEqualTo("不困难");
        assertThat(scoring.history(application))
                .extracting(StoredScore::modelId, s -> s.level().label(), StoredScore::fingerprint)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second.id(), "不困难", under2.fingerprint()),
                        org.assertj.core.groups.Tuple.tuple(first.id(), "一般困难", under1.fingerprint()));
        assertThat(scoring.history(application).getLast().explanation()).contains("人均年收入9600元，为本地低保标准6000元的1.6倍");
    }

    private IndicatorModel adopt(String referenceKey) {
        IndicatorModel draft = models.adopt(reference(referenceKey), 2026, YUEYANG);
        madeKeys.add(draft.key());
        return draft;
    }

    private long reference(String key) {
        return models.visibleTo(YUEYANG).stream()
                .filter(m -> m.key().equals(key))
                .findFirst()
                .orElseThrow()
                .id();
    }

    static ModelRules withDibaoLine(ModelRules rules, String line) {
        return new ModelRules(
                rules.indicators(),
                rules.groupCaps(),
                rules.cutOffs(),
                rules.directGroups(),
                rules.directLevel(),
                new BigDecimal(line));
    }

    static List<IndicatorRow> rows(IndicatorModel model) {
        return ModelRows.rowsOf(model.rules().indicators());
    }

    private static CurrentAccount account(long id, String username, Role role, String region) {
        return new CurrentAccount(id, username, "测试" + role.label(), Set.of(role), region, null);
    }
}
