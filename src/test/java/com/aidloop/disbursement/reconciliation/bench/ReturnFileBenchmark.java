package com.aidloop.disbursement.reconciliation.bench;

import static com.aidloop.disbursement.reconciliation.ReconciliationFixtures.COUNTY_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Batch;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures.Payment;
import com.aidloop.disbursement.reconciliation.ReturnFileImport;
import com.aidloop.disbursement.reconciliation.ReturnFileResult;
import com.aidloop.privacy.SensitiveData;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long a return file of a 50,000-payment batch takes to reconcile (RETURN_BENCH_PAYMENTS to
 * change it), as CSV and as fixed-width text, each with 25 failures: matched, settled, 49,975
 * SMS notices enqueued, the batch reconciled. Not part of the test run: {@code bench/return-file.sh},
 * or {@code ./aidloop test -Dtest=ReturnFileBenchmark -Daidloop.bench=true}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "aidloop.bench", matches = "true")
@SpringBootTest
class ReturnFileBenchmark {

    private static final int FAILURES = 25;

    @Autowired
    ReturnFileImport returns;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SensitiveData sensitive;

    @Test
    void reconcilesALargeBatchFromCsvAndFromFixedWidth() throws Exception {
        int size = Integer.parseInt(System.getenv().getOrDefault("RETURN_BENCH_PAYMENTS", "50000"));
        ReconciliationFixtures fixtures = new ReconciliationFixtures(jdbc, sensitive);
        Path folder = Files.createTempDirectory("return-bench");
        for (String kind : List.of("csv", "fixed-width")) {
            long loading = System.nanoTime();
            Batch batch = fixtures.exported(size);
            System.out.printf(
                    "RESULT %s: exported batch of %,d payments written in %.1f s%n",
                    kind, size, (System.nanoTime() - loading) / 1e9);
            Path file = Files.write(folder.resolve(kind), kind.equals("csv") ? csv(batch) : fixedWidth(batch));
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            long cpu = cpuNanos();
            long started = System.nanoTime();
            ReturnFileResult result = returns.upload(batch.id(), kind, file, COUNTY_SCOPE);
            double wall = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (cpuNanos() - cpu) / 1e9;
            assertThat(result.paid()).isEqualTo(size - FAILURES);
            assertThat(result.failed()).isEqualTo(FAILURES);
            assertThat(result.reconciled()).isTrue();
            assertThat(result.smsEnqueued()).isEqualTo(size - FAILURES);
            System.out.printf(
                    "RESULT %s: %,d lines reconciled in %.2f s wall, %.2f s JVM CPU, load average %.2f before (%d bytes, %d notices)%n",
                    kind, result.lines(), wall, cpuSeconds, load, Files.size(file), result.smsEnqueued());
        }
    }

    private static byte[] csv(Batch batch) {
        StringBuilder out = new StringBuilder("序号,户名,卡号,金额,摘要,处理结果,失败原因\r\n");
        for (Payment p : batch.payments()) {
            boolean failed = p.lineNo() % (batch.payments().size() / FAILURES) == 0;
            out.append(ReconciliationFixtures.csvLine(p, failed ? "失败" : "成功", failed ? "卡已销户" : ""))
                    .append("\r\n");
        }
        return out.toString().getBytes(ReconciliationFixtures.GBK);
    }

    private static byte[] fixedWidth(Batch batch) {
        List<byte[]> lines = new ArrayList<>(batch.payments().size());
        for (Payment p : batch.payments()) {
            boolean failed = p.lineNo() % (batch.payments().size() / FAILURES) == 0;
            lines.add(ReconciliationFixtures.fixedLine(p, failed ? '1' : '0', failed ? "账户冻结" : ""));
        }
        return ReconciliationFixtures.fixedFile(lines, "\r\n");
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
