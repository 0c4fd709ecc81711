package com.aidloop.award.running;

import com.aidloop.audit.AuditTrail;
import com.aidloop.award.ApprovedSpecialChannels;
import com.aidloop.award.AwardIdentifications;
import com.aidloop.award.persistence.AwardStore;
import com.aidloop.award.persistence.ImportProblems;
import com.aidloop.award.persistence.ImportQueue;
import com.aidloop.award.persistence.ImportRecords;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.programme.PayingRules;
import com.aidloop.programme.ProgrammeCatalogue;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.RegisteredCards;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.school.SchoolManagement;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the roster import: its settings, the programme rules it checks against, and its jobs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class AwardConfiguration {

    @Bean
    JobContext rosterImportContext(
            ImportRecords records,
            ImportProblems problems,
            ImportQueue queue,
            AwardStore awards,
            RegistryManagement registry,
            RegisteredCards registeredCards,
            ApprovedSpecialChannels specialChannels,
            PayingRules payingRules,
            SchoolManagement schools,
            RegionManagement regions,
            SensitiveData sensitive,
            ProgrammeCatalogue programmes,
            AwardIdentifications identifications,
            ProblemMessages messages,
            AuditTrail audit,
            PlatformTransactionManager transactions,
            ImportSettings configured,
            @Value("${aidloop.data-dir}") Path dataDir,
            @Value("${server.port:8080}") String port) {
        ImportSettings settings = withDefaults(configured, dataDir, port);
        return new JobContext(
                records,
                problems,
                queue,
                awards,
                registry,
                registeredCards,
                specialChannels,
                payingRules,
                schools,
                regions,
                sensitive,
                programmes,
                identifications,
                messages,
                audit,
                transactions,
                settings,
                new UploadVault(sensitive),
                settings.directory().toAbsolutePath());
    }

    @Bean
    ImportJobs rosterImportJobs(JobContext rosterImportContext) {
        return new ImportJobs(rosterImportContext);
    }

    @Bean
    ImportLauncher rosterImportLauncher(JobContext rosterImportContext, ImportJobs rosterImportJobs) {
        return new ImportLauncher(rosterImportContext, rosterImportJobs);
    }

    @Bean
    RosterWorkbooks rosterWorkbooks(JobContext rosterImportContext) {
        return new RosterWorkbooks(rosterImportContext);
    }

    /** The folder under the data folder, and this server's name as host and port. */
    private static ImportSettings withDefaults(ImportSettings s, Path dataDir, String port) {
        Path directory = s.directory() != null ? s.directory() : dataDir.resolve("roster-imports");
        String runner = s.runner();
        if (runner == null || runner.isBlank()) {
            String host;
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
            runner = host + ":" + port;
        }
        return new ImportSettings(
                directory,
                s.maxFileSize(),
                s.maxRows(),
                s.synchronousMaxSize(),
                s.keepFiles(),
                s.staleAfter(),
                s.chunkRows(),
                s.storedProblemsMax(),
                s.concurrentJobs(),
                runner,
                s.queuePoll(),
                s.handOverAfter());
    }
}
