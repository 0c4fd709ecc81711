package com.aidloop;

import com.aidloop.iam.FirstAdministrators;
import com.aidloop.shared.Refusal;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ./aidloop admin create --role 安全管理员 --username … --name …}: opens one of the first
 * administrators of a new deployment and prints its one-time password, once (docs/deploying.md).
 * Runs against the configured database without starting the web server.
 */
final class AdminCommand {

    private static final String USAGE = "用法：./aidloop admin create --role 系统管理员|安全管理员|审计管理员 --username 用户名 --name 姓名";

    private static final String EMBEDDED = "此命令用于生产数据库：请先设置 AIDLOOP_DB_URL（及 AIDLOOP_DB_USER 等）；内置数据库的演示环境已有演示账号";
    private static final List<String> OPTIONS = List.of("role", "username", "name");

    private AdminCommand() {}

    static int run(String[] args, PrintStream out) {
        Map<String, String> options = options(args);
        if (options == null || !options.keySet().containsAll(OPTIONS)) {
            out.println(USAGE);
            return 2;
        }
        if (!options.containsKey("spring.datasource.url")
                && System.getenv().getOrDefault("AIDLOOP_DB_URL", "").isBlank()
                && System.getProperty("spring.datasource.url", "").isBlank()) {
            out.println(EMBEDDED);
            return 2;
        }
        // held as a bean factory and a closeable: messages are read through shared.Messages only
        ConfigurableApplicationContext started = new SpringApplicationBuilder(AidloopApplication.class)
                .web(WebApplicationType.NONE)
                // only what the command uses is made (no controllers); this process runs no import and sends no SMS
                .lazyInitialization(true)
                .properties(
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "logging.level.com.aidloop=WARN",
                        "aidloop.roster-import.concurrent-jobs=0",
                        "aidloop.roster-import.runner=admin-command-"
                                + ProcessHandle.current().pid(),
                        "aidloop.sms.dispatcher.enabled=false")
                .run(settings(options));
        BeanFactory beans = started;
        try (Closeable context = started) {
            beans.getBean(FlywayMigrationInitializer.class);
            FirstAdministrators.Opened opened = beans.getBean(FirstAdministrators.class)
                    .open(
                            options.get("role"),
                            options.get("username"),
                            options.get("name"),
                            System.getProperty("user.name", "?"));
            out.println("已创建" + opened.role().label() + "账号 " + opened.username() + "，一次性密码：" + opened.oneTimePassword()
                    + "（只显示这一次；首次登录须修改密码）");
            return 0;
        } catch (Refusal refused) {
            out.println("未创建：" + refused.getLocalizedMessage());
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Options other than the command's own are settings, e.g. {@code --spring.datasource.url=…}. */
    private static String[] settings(Map<String, String> options) {
        return options.entrySet().stream()
                .filter(o -> !OPTIONS.contains(o.getKey()))
                .map(o -> "--" + o.getKey() + "=" + o.getValue())
                .toArray(String[]::new);
    }

    /** {@code admin create --key value …} (or {@code --key=value}) as a map, or null when the words are not that. */
    private static Map<String, String> options(String[] args) {
        if (args.length < 2 || !"create".equals(args[1])) {
            return null;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                return null;
            }
            int equals = args[i].indexOf('=');
            if (equals > 0) {
                options.put(args[i].substring(2, equals), args[i].substring(equals + 1));
            } else if (i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                return null;
            }
        }
        return options;
    }
}
