package com.aidloop.identification;

import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ModelStatus;
import com.aidloop.identification.domain.ScoreResult;
import com.aidloop.identification.persistence.ModelStore;
import com.aidloop.identification.persistence.ScoreStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores applications' answers under a published model version and keeps each score, keyed by
 * application id and model version: scoring again under a new version adds a score and keeps the
 * old one as history. The application module (issue 13) hands in the answers of its form and
 * checks the caller's scope before it asks; scoring itself sees no personal data but answers.
 */
@Service
public class IndicatorScoring {

    private final ModelStore models;
    private final ScoreStore scores;

    IndicatorScoring(ModelStore models, ScoreStore scores) {
        this.models = models;
        this.scores = scores;
    }

    /** Scores one application under a published version and keeps the score. */
    @Transactional
    public ScoreResult score(long applicationId, long modelId, Answers answers) {
        return rescore(modelId, Map.of(applicationId, answers)).get(applicationId);
    }

    /**
     * Scores many applications under a published version in one transaction (re-scoring when a
     * new version is published) and keeps every score; answers them by application id. A wrong
     * answer refuses the whole lot, naming the indicator: nothing is half-written.
     */
    @Transactional
    public Map<Long, ScoreResult> rescore(long modelId, Map<Long, Answers> answers) {
        IndicatorModel model = models.find(modelId).orElseThrow(() -> new ModelNotFound(modelId));
        if (model.status() != ModelStatus.PUBLISHED) {
            throw new ModelInUse("identification.score.draft", model.title());
        }
        Map<Long, ScoreResult> results = new LinkedHashMap<>(answers.size() * 2);
        for (Map.Entry<Long, Answers> application : answers.entrySet()) {
            results.put(application.getKey(), model.score(application.getValue()));
        }
        scores.saveAll(modelId, results);
        return results;
    }

    /** Every score an application has had, under every version, the newest version first. */
    public List<StoredScore> history(long applicationId) {
        return scores.history(applicationId);
    }
}
