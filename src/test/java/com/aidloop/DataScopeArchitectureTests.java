package com.aidloop;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.iam.ScopeFilter;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The data scope is the platform's security boundary, and {@link ScopeFilter} is the only place
 * that writes it as SQL. These rules fail when a query filters scoped rows by region or binds a
 * {@link DataScope} by hand: a copy of the rule would drift (as thirteen copies once did).
 */
class DataScopeArchitectureTests {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path THE_ONE_BUILDER = MAIN.resolve("com/aidloop/iam/ScopeFilter.java");

    /** SQL that places a row in a region subtree, or names the scope's parameters. */
    private static final List<Pattern> SCOPE_SQL = Stream.of(
                    "\\b\\w*(township|village|region|county)_code\\s+(NOT\\s+)?(I?LIKE|SIMILAR\\s+TO|~)",
                    "\\bscope_(region|school_id)\\s*(NOT\\s+)?(=|I?LIKE|SIMILAR\\s+TO|~)",
                    "\\bI?LIKE\\s+(CAST\\s*\\(\\s*)?:\\w*(region|scope|within)",
                    "\\bstarts_with\\s*\\(",
                    ":(scope_school|scope_region|within_region)\\b")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE))
            .toList();

    /** A data scope taken apart by hand, in a class that talks to the database. */
    private static final Pattern SCOPE_UNPACKED =
            Pattern.compile("\\.regionPrefix\\(\\)|(?<![.\\w])scope\\w*(\\(\\))?\\.schoolId\\(\\)");

    @Test
    void onlyTheScopeFilterWritesRegionPredicatesInSql() {
        assertThat(findings(SCOPE_SQL, path -> true))
                .as(
                        "SQL filtering scoped rows by region outside iam.ScopeFilter; use ScopeFilter.<rows>(alias) and ScopeFilter.params(scope)")
                .isEmpty();
    }

    @Test
    void noDatabaseClassTakesTheScopeApartByHand() {
        assertThat(findings(List.of(SCOPE_UNPACKED), DataScopeArchitectureTests::talksToTheDatabase))
                .as(
                        "a class using JdbcClient reads DataScope.regionPrefix()/schoolId() itself; bind ScopeFilter.params(scope) instead")
                .isEmpty();
    }

    @Test
    void everyDatabaseMethodGivenAScopeHandsItToTheScopeFilter() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.aidloop");
        List<String> unfiltered = new ArrayList<>();
        for (JavaClass type : classes) {
            if (!type.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(JdbcClient.class))) {
                continue;
            }
            for (JavaMethod method : type.getMethods()) {
                if (takesAScope(method) && !reachesTheScopeFilter(method, new HashSet<>())) {
                    unfiltered.add(method.getFullName());
                }
            }
        }
        assertThat(unfiltered)
                .as(
                        "methods of database classes that take a DataScope but neither bind it with ScopeFilter nor pass it on")
                .isEmpty();
    }

    @Test
    void theRulesRecogniseAHandWrittenCopy() {
        String copy = """
                 WHERE (CAST(:region AS TEXT) IS NULL OR b.township_code LIKE :region || '%')
                """;
        assertThat(SCOPE_SQL.stream().anyMatch(p -> p.matcher(copy).find())).isTrue();
        assertThat(SCOPE_UNPACKED
                        .matcher(".param(\"region\", scope.regionPrefix())")
                        .find())
                .isTrue();
        assertThat(SCOPE_UNPACKED
                        .matcher(".param(\"school\", scope.schoolId())")
                        .find())
                .isTrue();
        assertThat(SCOPE_UNPACKED
                        .matcher(".param(\"schoolId\", account.scope().schoolId())")
                        .find())
                .isFalse();
        assertThat(SCOPE_SQL.stream().anyMatch(p -> p.matcher("WHERE s.name ILIKE :nameLike AND code LIKE :prefix")
                        .find()))
                .isFalse();
    }

    private static boolean takesAScope(JavaMethod method) {
        return method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(DataScope.class));
    }

    /** Calls ScopeFilter, passes the scope to another method that takes one, or calls a method of its class that does. */
    private static boolean reachesTheScopeFilter(JavaMethod method, Set<JavaMethod> seen) {
        if (!seen.add(method)) {
            return false;
        }
        for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
            JavaClass owner = call.getTargetOwner();
            if (owner.isEquivalentTo(ScopeFilter.class)) {
                return true;
            }
            boolean passesTheScopeOn =
                    call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(DataScope.class));
            if (passesTheScopeOn && !owner.equals(method.getOwner())) {
                return true;
            }
            if (owner.equals(method.getOwner())) {
                boolean reaches = call.getTarget()
                        .resolveMember()
                        .filter(JavaMethod.class::isInstance)
                        .map(JavaMethod.class::cast)
                        .map(m -> reachesTheScopeFilter(m, seen))
                        .orElse(false);
                if (reaches) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean talksToTheDatabase(Path file) {
        String source = read(file);
        return source.contains("JdbcClient") || source.contains("jdbc.sql(");
    }

    private static List<String> findings(List<Pattern> patterns, java.util.function.Predicate<Path> which) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.equals(THE_ONE_BUILDER))
                    .filter(which)
                    .sorted()
                    .forEach(f -> found.addAll(findingsIn(f, patterns)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<String> findingsIn(Path file, List<Pattern> patterns) {
        List<String> found = new ArrayList<>();
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            for (Pattern pattern : patterns) {
                Matcher m = pattern.matcher(lines.get(i));
                if (m.find()) {
                    found.add(MAIN.relativize(file) + ":" + (i + 1) + ": "
                            + lines.get(i).strip());
                    break;
                }
            }
        }
        return found;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
