package com.aidloop.programme;

import com.aidloop.school.Stage;
import java.util.List;

/** What a programme name typed in a roster, together with the student's stage, resolves to. */
public sealed interface NameResolution {

    /** Exactly one programme of that name applies to the stage. */
    record Found(ProgrammeInForce programme) implements NameResolution {}

    /** The name is known, but only for other stages: the programmes of that name, for the message. */
    record NotForStage(String typed, Stage stage, List<ProgrammeInForce> programmes) implements NameResolution {

        public NotForStage {
            programmes = List.copyOf(programmes);
        }
    }

    /** No programme has that name; the closest display names, best first, possibly none. */
    record Unknown(String typed, List<String> suggestions) implements NameResolution {

        public Unknown {
            suggestions = List.copyOf(suggestions);
        }
    }
}
