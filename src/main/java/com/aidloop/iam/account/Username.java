package com.aidloop.iam.account;

import com.aidloop.iam.AccountRuleBroken;
import com.aidloop.shared.Text;
import java.util.Locale;

/**
 * A login name: 3 to 64 letters, digits or {@code . _ - @}, kept as typed and compared without
 * regard to case.
 */
public record Username(String value) {

    public Username {
        value = Text.normalize(value);
        if (!value.matches("[A-Za-z0-9._@-]{3,64}")) {
            throw AccountRuleBroken.of("account.username.format");
        }
    }

    /** The case-insensitive form that identifies the account. */
    public String key() {
        return key(value);
    }

    /**
     * The key for any name a person typed at login, valid or not, so that failures for unknown
     * names are counted in the same way as for real ones.
     */
    public static String key(String typed) {
        String key = Text.normalize(typed).toLowerCase(Locale.ROOT);
        return key.length() <= 64 ? key : key.substring(0, 64);
    }

    @Override
    public String toString() {
        return value;
    }
}
