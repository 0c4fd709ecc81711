package com.aidloop.endtoend;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** The rows of {@link AccessMatrixTests}: who opens or reads which object, and the answer expected. */
final class AccessMatrixRows {

    private AccessMatrixRows() {}

    static Stream<Arguments> matrix() {
        // user, object, expected status
        String[][] rows = {
            {"sysadmin", "studentA", "403"},
            {"sysadmin", "schoolA", "403"},
            {"sysadmin", "/admin/regions", "200"},
            {"sysadmin", "/admin/accounts", "403"},
            {"sysadmin", "/audit", "403"},
            {"secadmin", "studentA", "403"},
            {"secadmin", "schoolA", "403"},
            {"secadmin", "/admin/regions", "403"},
            {"secadmin", "/admin/accounts", "200"},
            {"secadmin", "/audit", "403"},
            {"auditor", "studentA", "403"},
            {"auditor", "schoolA", "403"},
            {"auditor", "/admin/regions", "403"},
            {"auditor", "/admin/accounts", "403"},
            {"auditor", "/audit", "200"},
            {"county", "studentA", "200"},
            {"county", "studentB", "200"},
            {"county", "studentV", "200"},
            {"county", "schoolA", "200"},
            {"county", "schoolB", "200"},
            {"county", "/admin/accounts", "403"},
            {"county", "/audit", "403"},
            {"county", "/admin/regions", "403"},
            {"township", "studentA", "200"},
            {"township", "studentB", "404"},
            {"township", "studentV", "200"},
            {"township", "schoolA", "200"},
            {"township", "schoolB", "404"},
            {"township", "/audit", "403"},
            {"village", "studentV", "200"},
            {"village", "studentA", "404"},
            {"village", "studentB", "404"},
            {"village", "schoolA", "403"},
            {"village", "/admin/accounts", "403"},
            {"school", "studentA", "200"},
            {"school", "studentB", "404"},
            {"school", "studentV", "404"},
            {"school", "schoolA", "200"},
            {"school", "schoolB", "404"},
            {"school", "/audit", "403"},
            {"school2", "studentA", "404"},
            {"school2", "studentB", "200"},
            {"school2", "studentV", "404"},
            {"school2", "schoolA", "404"},
            {"school2", "schoolB", "200"},
            {"school2", "/admin/regions", "403"},
            // confirmation of awards (资助确认) and school quotas (名额和预算)
            {"county", "/award-confirmations", "200"},
            {"township", "/award-confirmations", "403"},
            {"school", "/award-confirmations", "403"},
            {"auditor", "/award-confirmations", "403"},
            {"county", "/programmes/quotas", "200"},
            {"school", "/programmes/quotas", "403"},
            {"township", "/programmes/quotas", "403"},
            // the catalogue's exclusion groups and its changes waiting for a second person (per county:
            // CatalogueAccessMatrixTests)
            {"school", "/programmes/exclusions", "200"},
            {"village", "/programmes/exclusions", "200"},
            {"sysadmin", "/programmes/exclusions", "403"},
            {"county", "/programmes/changes", "200"},
            {"school", "/programmes/changes", "403"},
            {"township", "/programmes/changes", "403"},
            {"auditor", "/programmes/changes", "403"},
            // identification figures (认定统计): staff and reviewers of a region, in their scope; not schools or villages
            {"county", "/identification/figures", "200"},
            {"township", "/identification/figures", "200"},
            {"village", "/identification/figures", "403"},
            {"school", "/identification/figures", "403"},
            {"auditor", "/identification/figures", "403"},
            // payout batches
            {"county", "batch", "200"},
            {"county", "/payout-batches", "200"},
            {"school", "batch", "404"},
            {"school", "/payout-batches", "200"},
            {"township", "batch", "403"},
            {"village", "/payout-batches", "403"},
            {"sysadmin", "batch", "403"},
            {"auditor", "/payout-batches", "403"},
            // payout rounds (发放轮次): county payout readers; a township reads those paying it, nothing more
            {"county", "roundCounty", "200"},
            {"county", "roundAnding", "200"},
            {"county", "/payout-rounds", "200"},
            {"township", "roundCounty", "200"},
            {"township", "roundAnding", "404"},
            {"township", "/payout-rounds", "200"},
            {"village", "roundCounty", "403"},
            {"school", "roundCounty", "404"},
            {"sysadmin", "roundCounty", "403"},
            {"auditor", "/payout-rounds", "403"},
            // settlement with schools (学校拨付): payout readers; the school sees its own page
            {"county", "/school-transfers?term=2026-SPRING", "200"},
            {"school", "/school-transfers?term=2026-SPRING", "200"},
            {"township", "/school-transfers?term=2026-SPRING", "403"},
            {"village", "/school-transfers?term=2026-SPRING", "403"},
            {"auditor", "/school-transfers?term=2026-SPRING", "403"},
            {"sysadmin", "/school-transfers?term=2026-SPRING", "403"},
            // card changes (资助卡变更审核): whoever sees the students, within the same scope
            {"county", "/aid-card-changes", "200"},
            {"school", "/aid-card-changes", "200"},
            {"township", "/aid-card-changes", "200"},
            {"sysadmin", "/aid-card-changes", "403"},
            {"auditor", "/aid-card-changes", "403"},
            // payout reconciliation (reconcile)
            {"county", "payoutA", "200"},
            {"county", "payoutX", "404"},
            {"county", "/payout-exceptions", "200"},
            {"township", "payoutA", "403"},
            {"township", "/payout-exceptions", "403"},
            {"school", "payoutA", "404"},
            {"school", "/payout-exceptions", "403"},
            {"sysadmin", "payoutA", "403"},
            {"auditor", "payoutA", "403"},
            {"village", "/payout-exceptions", "403"},
            // roster imports (资助名单导入): the uploading school's staff and the regions above the upload
            {"county", "importA", "200"},
            {"county", "importX", "404"},
            {"school", "importA", "200"},
            {"school", "importX", "404"},
            {"school2", "importA", "404"},
            {"township", "importA", "403"},
            {"village", "importA", "403"},
            {"auditor", "importA", "403"},
            {"sysadmin", "importX", "403"},
        };
        return Stream.of(rows).map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2])));
    }

    // --- progress: payout progress, integrity and deadlines (PAYOUT_VIEW, scoped; deadlines also PROGRAMME_EDIT) ---
    static Stream<Arguments> payouts() {
        String progress = "/payout-progress?term=2002-AUTUMN";
        String integrity = "/payout-integrity?term=2002-AUTUMN";
        String outside = "/payout-progress?term=2002-AUTUMN&region=430624";
        String[][] rows = {
            {"county", progress, "200"},
            {"county", integrity, "200"},
            {"county", outside, "404"},
            {"county", "/payout-progress.xlsx?term=2002-AUTUMN", "200"},
            {"county", "/payout-deadlines", "200"},
            {"school", progress, "200"},
            {"school", integrity, "200"},
            {"school", outside, "404"},
            {"school", "/payout-deadlines", "200"},
            {"school2", integrity, "200"},
            {"township", progress, "403"},
            {"township", integrity, "403"},
            {"township", "/payout-deadlines", "403"},
            {"village", progress, "403"},
            {"village", integrity, "403"},
            {"sysadmin", progress, "403"},
            {"secadmin", integrity, "403"},
            {"auditor", progress, "403"},
            {"auditor", "/payout-deadlines", "403"},
        };
        return Stream.of(rows).map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2])));
    }

    /** Objects read through the API only (the pages list them, with no page per object). */
    static Stream<Arguments> apiOnly() {
        String[][] rows = {
            // text messages (短信): the school's staff; regions holding the school or the household
            {"county", "smsA", "200"}, {"county", "smsB", "200"}, {"county", "smsV", "200"},
            {"township", "smsA", "200"}, {"township", "smsB", "404"}, {"township", "smsV", "200"},
            {"village", "smsA", "404"}, {"village", "smsB", "404"}, {"village", "smsV", "200"},
            {"school", "smsA", "200"}, {"school", "smsB", "404"}, {"school", "smsV", "404"},
            {"school2", "smsA", "404"}, {"school2", "smsB", "200"}, {"school2", "smsV", "200"},
            {"sysadmin", "smsA", "403"}, {"auditor", "smsA", "403"}, {"secadmin", "smsB", "403"},
            // card changes: as their student
            {"county", "cardChangeA", "200"}, {"school", "cardChangeA", "200"}, {"school2", "cardChangeA", "404"},
            {"township", "cardChangeA", "200"}, {"village", "cardChangeA", "404"}, {"sysadmin", "cardChangeA", "403"},
        };
        return Stream.of(rows).map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2])));
    }
}
