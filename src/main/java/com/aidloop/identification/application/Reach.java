package com.aidloop.identification.application;

import com.aidloop.iam.DataScope;
import java.util.List;

/**
 * Which applications an account reaches: its data scope, narrowed to its own classes for a class
 * teacher.
 *
 * @param classes the class names a class teacher leads, or null for every class in scope
 */
public record Reach(DataScope scope, List<String> classes) {

    public Reach {
        classes = classes == null ? null : List.copyOf(classes);
    }

    public boolean classesOnly() {
        return classes != null;
    }
}
