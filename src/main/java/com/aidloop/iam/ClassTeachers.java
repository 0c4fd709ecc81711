package com.aidloop.iam;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The classes a class teacher (班主任, {@link Role#CLASS_TEACHER}) leads in the school the account
 * is bound to: a class teacher sees the identification applications of these classes only.
 */
@Service
public class ClassTeachers {

    private final JdbcClient jdbc;

    ClassTeachers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The class names (as the registry writes them) the account leads; none for other accounts. */
    public List<String> classesOf(long accountId) {
        return jdbc.sql("SELECT class_name FROM iam_account_class WHERE account_id = :id ORDER BY class_name")
                .param("id", accountId)
                .query(String.class)
                .list();
    }

    /** Gives the account the classes it leads (an addition; a class already given stays). */
    @Transactional
    public void assign(long accountId, Set<String> classNames) {
        for (String className : classNames) {
            jdbc.sql("""
                            INSERT INTO iam_account_class (account_id, class_name) VALUES (:id, :class)
                            ON CONFLICT DO NOTHING
                            """).param("id", accountId).param("class", className).update();
        }
    }
}
