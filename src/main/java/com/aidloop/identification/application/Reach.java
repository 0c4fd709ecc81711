package com.aidloop.identification.application;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import java.util.List;
import java.util.Map;

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

    /** The WHERE fragment for rows of applications or class reviews (school_id, school_township_code, class_name) under {@code alias}. */
    public String sql(String alias) {
        String scoped = ScopeFilter.applications(alias);
        return classesOnly() ? scoped + " AND " + alias + ".class_name = ANY(:classes)" : scoped;
    }

    /** The parameters of {@link #sql}. */
    public Map<String, Object> params() {
        Map<String, Object> p = ScopeFilter.params(scope);
        if (classesOnly()) {
            p.put("classes", classes.toArray(String[]::new));
        }
        return p;
    }
}
