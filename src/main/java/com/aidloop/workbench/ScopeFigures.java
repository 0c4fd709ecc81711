package com.aidloop.workbench;

import com.aidloop.iam.CurrentAccount;
import java.util.List;
import org.springframework.stereotype.Component;

/** The headline figures of the home page, counted inside the account's data scope. */
@Component
class ScopeFigures {

    /** One figure with its label and where to read more. */
    record Figure(String label, String value, String link) {}

    List<Figure> of(CurrentAccount account) {
        return List.of();
    }
}
