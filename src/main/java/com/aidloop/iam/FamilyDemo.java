package com.aidloop.iam;

import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.shared.PhoneNumber;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo guardian (演示账号 parent) whose one-time code the family login page shows, because a
 * trial installation sends no SMS. Only on the platform's own embedded database: anywhere else a
 * registration is ignored and no code is ever shown.
 */
@Component
public class FamilyDemo {

    private final boolean allowed;
    private volatile PhoneNumber phone;

    FamilyDemo(ObjectProvider<EmbeddedDatabaseInUse> embedded) {
        this.allowed = embedded.getIfAvailable() != null;
    }

    /** Names the demo guardian's number; ignored unless the database is the embedded one. */
    public void register(PhoneNumber demoPhone) {
        if (allowed) {
            this.phone = demoPhone;
        }
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    /** Whether the page may show the code sent to this number. */
    public boolean showsCodeFor(PhoneNumber number) {
        return allowed && number.equals(phone);
    }
}
