package com.aidloop.demo;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.application.SampleIdentifications;
import com.aidloop.identification.application.SampleIdentifications.Identified;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The identifications the demo county's past roster rests on (资助以认定为前提): every student the
 * roster aids for a difficulty was identified on paper in the roster's school year at the level the
 * roster names, with special groups that support the roster's 困难类型, before the roster is
 * imported, so that its need-based rows pass the import's check without a transition notice or a
 * disagreeing type.
 */
@Component
class DemoIdentifications {

    private static final Logger log = LoggerFactory.getLogger(DemoIdentifications.class);
    private static final int ID_NUMBER = DemoRoster.HEADERS.indexOf("证件号码");
    private static final int LEVEL = DemoRoster.HEADERS.indexOf("困难等级");
    private static final int TYPE = DemoRoster.HEADERS.indexOf("困难类型");
    private static final int GRADE = DemoRoster.HEADERS.indexOf("年级");
    private static final int CLASS_NAME = DemoRoster.HEADERS.indexOf("班级");

    private final ObjectProvider<SampleIdentifications> samples;

    /** Identification comes through a provider: other modules' tests start without it. */
    DemoIdentifications(ObjectProvider<SampleIdentifications> samples) {
        this.samples = samples;
    }

    /** Identifies the students of the roster's rows that name a level of difficulty, for the roster's school year. */
    void identifyForRoster(List<List<Object>> rows, CurrentAccount county) {
        SampleIdentifications sampler = samples.getIfAvailable();
        if (sampler == null) {
            return;
        }
        long started = System.nanoTime();
        List<Identified> students = rows.stream()
                .filter(row -> row.get(LEVEL) != null)
                .map(row -> new Identified(
                        String.valueOf(row.get(ID_NUMBER)),
                        String.valueOf(row.get(LEVEL)),
                        String.valueOf(row.get(GRADE)),
                        Objects.toString(row.get(CLASS_NAME), ""),
                        row.get(TYPE) == null ? null : String.valueOf(row.get(TYPE))))
                .toList();
        int schoolYear = DemoRoster.TERM.schoolYearTerms().getFirst().year();
        int made = sampler.decideAll(students, schoolYear, county);
        log.info(
                "Identified {} demo students for {}学年 in {} ms",
                made,
                schoolYear,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
