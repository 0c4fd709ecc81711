package com.aidloop.iam;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditRecord.FieldChange;
import com.aidloop.audit.AuditTrail;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Signatures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aid centre of each county (资助中心设置: its name and head, kept by the county's staff) and
 * the one way documents get their signature line: {@link #signatures} turns the usernames a
 * record holds into the people's names and adds the head of the centre.
 */
@Component
public class AidCentres {

    static final int NAME_MAX = 100;
    static final int HEAD_MAX = 50;

    private final JdbcClient jdbc;
    private final StaffNames names;
    private final AuditTrail audit;

    AidCentres(JdbcClient jdbc, StaffNames names, AuditTrail audit) {
        this.jdbc = jdbc;
        this.names = names;
        this.audit = audit;
    }

    /** The centre of the county a division code lies in (the first six digits), if it was set up. */
    public Optional<AidCentre> of(String regionCode) {
        if (regionCode == null || regionCode.length() < 6) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT county_code, name, head_name FROM iam_aid_centre WHERE county_code = :county")
                .param("county", regionCode.substring(0, 6))
                .query((rs, n) -> new AidCentre(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /**
     * The signature line of a document made in a county's scope.
     *
     * @param regionCode any division code of the county (or null: no head is printed)
     * @param handlers the usernames of who imported or created what the document shows (经办人)
     * @param reviewers the usernames of who confirmed or approved it (审核人)
     */
    public Signatures signatures(String regionCode, Collection<String> handlers, Collection<String> reviewers) {
        String head = of(regionCode).map(AidCentre::headName).orElse(null);
        return new Signatures(people(handlers), people(reviewers), head);
    }

    /** The names of the accounts among the usernames; a username without an account is never printed. */
    private String people(Collection<String> usernames) {
        List<String> humans = usernames.stream()
                .filter(u -> u != null && !StaffNames.SYSTEM.equals(u))
                .toList();
        return Signatures.together(names.namesOf(humans).entrySet().stream()
                .filter(e -> !e.getValue().equals(e.getKey()))
                .map(Map.Entry::getValue)
                .toList());
    }

    /** Sets the centre of the county the account is bound to; audited with old and new values. */
    @Transactional
    public AidCentre save(String name, String headName, CurrentAccount by) {
        String county = by.regionCode();
        if (county == null || county.length() != 6 || !by.roles().contains(Role.COUNTY_STAFF)) {
            throw InvalidInput.of("name", "aidCentre.county.only");
        }
        String cleanName = name == null ? "" : name.strip();
        String cleanHead = headName == null ? "" : headName.strip();
        if (cleanName.isEmpty() || cleanName.length() > NAME_MAX) {
            throw InvalidInput.of("name", "aidCentre.name.invalid");
        }
        if (cleanHead.length() > HEAD_MAX) {
            throw InvalidInput.of("headName", "aidCentre.head.invalid");
        }
        Optional<AidCentre> before = of(county);
        jdbc.sql("""
                        INSERT INTO iam_aid_centre (county_code, name, head_name, updated_by)
                        VALUES (:county, :name, :head, :by)
                        ON CONFLICT (county_code) DO UPDATE
                        SET name = EXCLUDED.name, head_name = EXCLUDED.head_name,
                            updated_by = EXCLUDED.updated_by, updated_at = now()
                        """)
                .param("county", county)
                .param("name", cleanName)
                .param("head", cleanHead)
                .param("by", by.username())
                .update();
        List<FieldChange> changes = new ArrayList<>();
        String oldName = before.map(AidCentre::name).orElse(null);
        String oldHead = before.map(AidCentre::headName).orElse(null);
        if (!cleanName.equals(oldName)) {
            changes.add(new FieldChange("资助中心名称", oldName, cleanName));
        }
        if (!cleanHead.equals(oldHead)) {
            changes.add(new FieldChange("负责人", oldHead, cleanHead));
        }
        if (!changes.isEmpty()) {
            audit.record(AuditRecord.of("AID_CENTRE_UPDATE", "aid_centre", county, "修改资助中心设置 " + cleanName)
                    .withChanges(changes));
        }
        return new AidCentre(county, cleanName, cleanHead);
    }
}
