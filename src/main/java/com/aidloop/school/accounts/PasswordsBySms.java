package com.aidloop.school.accounts;

import com.aidloop.iam.BulkAccounts;
import com.aidloop.notification.SmsMessage;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsRequest;
import com.aidloop.notification.SmsSchool;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.PhoneNumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * School accounts opened with their initial passwords sent by SMS to each school's contact mobile
 * (学校联系电话) instead of printed: in the transaction that opens the accounts, each password goes
 * into the notification outbox as the message's secret (kept sealed, shown masked, erased once
 * sent), so that it is never readable on a page, in a list, the API or a log. A school without a
 * contact mobile (none, or a landline) keeps its printed slip.
 */
@Component
public class PasswordsBySms {

    private final BulkAccounts bulk;
    private final ObjectProvider<SmsOutbox> outbox;
    private final JdbcClient jdbc;
    private final SensitiveData sensitive;
    private final TransactionTemplate transactions;

    /**
     * The outbox comes through a provider: a module test of a module that uses schools starts
     * without notification.
     */
    PasswordsBySms(
            BulkAccounts bulk,
            ObjectProvider<SmsOutbox> outbox,
            JdbcClient jdbc,
            SensitiveData sensitive,
            PlatformTransactionManager transactionManager) {
        this.bulk = bulk;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.sensitive = sensitive;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * The batch as the slips page shows it: the accounts whose password went by SMS carry no
     * password, and {@code sentTo} names the masked mobile each went to, by username.
     */
    public record Delivered(BulkAccounts.Batch batch, Map<String, String> sentTo) {}

    private record Contact(String townshipCode, PhoneNumber mobile, String schoolName) {}

    public Delivered open(List<BulkAccounts.Wanted> wanted, String description) {
        return transactions.execute(status -> {
            BulkAccounts.Batch batch = bulk.open(wanted, description + "，初始密码短信发送");
            Map<String, Long> schoolOf = new HashMap<>();
            wanted.stream().filter(w -> w.schoolId() != null).forEach(w -> schoolOf.put(w.username(), w.schoolId()));
            Map<Long, Contact> contacts = contacts(schoolOf.values());
            Map<String, String> sentTo = new LinkedHashMap<>();
            List<BulkAccounts.Opened> shown = new ArrayList<>();
            for (BulkAccounts.Opened o : batch.opened()) {
                Long schoolId = schoolOf.get(o.username());
                Contact contact = schoolId == null ? null : contacts.get(schoolId);
                if (contact == null || contact.mobile() == null) {
                    shown.add(o);
                    continue;
                }
                outbox.getObject()
                        .enqueue(SmsRequest.initialPassword(
                                o.id(),
                                contact.mobile(),
                                new SmsSchool(schoolId, contact.townshipCode()),
                                SmsMessage.initialPassword(contact.schoolName(), o.username(), o.oneTimePassword())));
                sentTo.put(o.username(), contact.mobile().masked());
                shown.add(new BulkAccounts.Opened(o.id(), o.username(), o.displayName(), null));
            }
            return new Delivered(new BulkAccounts.Batch(shown, batch.skipped()), sentTo);
        });
    }

    /** The schools' townships and contact mobiles (a landline or none gives no mobile), in one query. */
    private Map<Long, Contact> contacts(Collection<Long> schoolIds) {
        Map<Long, Contact> contacts = new HashMap<>();
        jdbc.sql("SELECT id, name, township_code, contact_phone_sealed FROM school_school WHERE id = ANY(:ids)")
                .param("ids", schoolIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getLong("id"),
                        new Contact(
                                rs.getString("township_code"),
                                mobile(rs.getString("contact_phone_sealed")),
                                rs.getString("name"))))
                .list()
                .forEach(e -> contacts.put(e.getKey(), e.getValue()));
        return contacts;
    }

    private PhoneNumber mobile(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return new PhoneNumber(sensitive.open(sealed));
        } catch (InvalidValue | IllegalArgumentException landline) {
            return null;
        }
    }
}
