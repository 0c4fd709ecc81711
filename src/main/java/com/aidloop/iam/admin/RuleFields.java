package com.aidloop.iam.admin;

import com.aidloop.iam.AccountRuleBroken;
import org.springframework.validation.BindingResult;

/** Puts a broken rule's Chinese message under the form field a person has to change. */
final class RuleFields {

    private RuleFields() {}

    static void reject(BindingResult errors, AccountRuleBroken broken) {
        String field = fieldOf(broken.code());
        if (field == null) {
            errors.reject(broken.code(), broken.args(), broken.getLocalizedMessage());
        } else {
            errors.rejectValue(field, broken.code(), broken.args(), broken.getLocalizedMessage());
        }
    }

    static String fieldOf(String code) {
        if (code.startsWith("account.username.")) {
            return "username";
        }
        if (code.startsWith("account.displayName.")) {
            return "displayName";
        }
        if (code.startsWith("account.roles.")
                || code.startsWith("account.separation.")
                || code.startsWith("account.self.dropAdmin")
                || code.equals("account.scope.mixedKinds")
                || code.equals("account.scope.mixedLevels")) {
            return "roles";
        }
        if (code.startsWith("account.scope.school") || code.equals("account.scope.schoolNotForRegion")) {
            return "schoolId";
        }
        if (code.startsWith("account.scope.")) {
            return "regionCode";
        }
        if (code.startsWith("password.")) {
            return "password";
        }
        return null;
    }
}
