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
     * names are counted in the same way as for real ones. Longer input is cut to 64 characters,
     * the longest username, so that nobody can fill the attempts table with huge keys.
     */
    public static String key(String typed) {
        String key = lookupKey(typed);
        return key.length() <= 64 ? key : key.substring(0, 64);
    }

    /** What a typed name is compared with, uncut: only an exact match in any case finds an account. */
    public static String lookupKey(String typed) {
        return Text.normalize(typed).toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
