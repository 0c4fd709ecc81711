package com.aidloop.school.internal;

import com.aidloop.school.SchoolAccount;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account columns of {@code school_school} (V51): name, bank, number sealed and masked. */
@Repository
public class SchoolAccountStore {

    /** A stored account with its sealed number. */
    public record Stored(SchoolAccount account, String numberSealed) {}

    private final JdbcClient jdbc;

    SchoolAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find(long schoolId) {
        return jdbc.sql("""
                        SELECT account_name, account_bank, account_number_masked, account_number_sealed
                          FROM school_school WHERE id = :id AND account_number_sealed IS NOT NULL
                        """)
                .param("id", schoolId)
                .query((rs, n) -> new Stored(
                        new SchoolAccount(
                                rs.getString("account_name"),
                                rs.getString("account_bank"),
                                rs.getString("account_number_masked")),
                        rs.getString("account_number_sealed")))
                .optional();
    }

    public java.util.Set<Long> withAccount(java.util.Collection<Long> schoolIds) {
        return new java.util.HashSet<>(jdbc.sql(
                        "SELECT id FROM school_school WHERE id = ANY(CAST(:ids AS BIGINT[])) AND account_number_sealed IS NOT NULL")
                .param("ids", schoolIds.toArray(Long[]::new))
                .query(Long.class)
                .list());
    }

    public void save(long schoolId, SchoolAccount account, String numberSealed) {
        jdbc.sql("""
                        UPDATE school_school SET account_name = :name, account_bank = :bank,
                               account_number_sealed = :sealed, account_number_masked = :masked, updated_at = now()
                         WHERE id = :id
                        """)
                .param("id", schoolId)
                .param("name", account.accountName())
                .param("bank", account.bank())
                .param("sealed", numberSealed)
                .param("masked", account.numberMasked())
                .update();
    }
}
