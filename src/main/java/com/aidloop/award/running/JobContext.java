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
import java.nio.file.Path;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** What every import job works with; one instance for the application. */
record JobContext(
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
        ImportSettings settings,
        UploadVault vault,
        Path workDirectory) {

    /** The transaction a commit writes everything in. */
    TransactionTemplate commitTransaction() {
        return new TransactionTemplate(transactions);
    }

    /** A transaction of its own for progress and problems, beside the commit's. */
    TransactionTemplate ownTransaction() {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own;
    }
}
