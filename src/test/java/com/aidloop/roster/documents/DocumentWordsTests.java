package com.aidloop.roster.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.roster.DocumentKind;
import com.aidloop.shared.Term;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DocumentWordsTests {

    private static final Term AUTUMN = new Term(2026, Term.Semester.AUTUMN);

    @Test
    void titlesFollowTheOfficialWording() {
        Issuer county = Issuer.aidCentre("平江县");

        assertThat(county.title(DocumentKind.PER_PROGRAMME, AUTUMN, "国家助学金")).isEqualTo("平江县2026年秋季学期国家助学金发放花名册");
        assertThat(county.title(DocumentKind.REVIEW, AUTUMN, null)).isEqualTo("平江县2026年秋季学期学生资助评议花名册");
        assertThat(county.title(DocumentKind.PUBLIC_NOTICE, AUTUMN, null)).isEqualTo("平江县2026年秋季学期学生资助公示花名册");
        assertThat(county.title(DocumentKind.CONFIRMATION_FORM, AUTUMN, null)).isEqualTo("平江县2026年秋季学期学校学生资助资金确认表");
        assertThat(county.unit()).isEqualTo("平江县学生资助管理中心");
        assertThat(county.forSchool("平江县第一中学").title(DocumentKind.REVIEW, AUTUMN, null))
                .startsWith("平江县第一中学2026年秋季学期");
        assertThat(county.forSchool("平江县第一中学").unit()).isEqualTo("平江县学生资助管理中心");
    }

    @Test
    void gradesSortAsSchoolsListThem() {
        List<String> grades = Stream.of("三年级", "十年级", "一年级", "大班", "二年级", "小班", "九年级", "中班")
                .sorted(GradeOrder.GRADES)
                .toList();

        assertThat(grades).containsExactly("小班", "中班", "大班", "一年级", "二年级", "三年级", "九年级", "十年级");
        assertThat(Stream.of("高三", "高一", "高二").sorted(GradeOrder.GRADES)).containsExactly("高一", "高二", "高三");
    }
}
