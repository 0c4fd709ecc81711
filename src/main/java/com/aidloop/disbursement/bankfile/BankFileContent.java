package com.aidloop.disbursement.bankfile;

import com.aidloop.disbursement.BankTemplate;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.iam.AidCentre;
import com.aidloop.iam.AidCentres;
import com.aidloop.platform.ChinaTime;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.region.RegionManagement;
import com.aidloop.spreadsheet.RosterHeading;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The bytes of a batch's bank file in one template: its stored lines with the card numbers
 * opened, and for titled templates a heading made from the batch alone (no time of generation),
 * so generating again gives the same bytes: the aid centre as the unit, and the names of the
 * batch's maker (经办人) and approver (审核人) with the centre's head (负责人) on the signature line.
 */
@Component
public class BankFileContent {

    private final BankFileRecords files;
    private final SensitiveData sensitive;
    private final RegionManagement regions;
    private final AidCentres centres;
    private final ChinaTime time;

    BankFileContent(
            BankFileRecords files,
            SensitiveData sensitive,
            RegionManagement regions,
            AidCentres centres,
            ChinaTime time) {
        this.time = time;
        this.files = files;
        this.sensitive = sensitive;
        this.regions = regions;
        this.centres = centres;
    }

    /** @param view the batch as read, for the title: 补发 for a reissue batch, the bank of a round's batch */
    public byte[] of(PayoutBatch batch, BankTemplate template, BatchView view) {
        List<BankFileRow> rows = new ArrayList<>((int) batch.control().count());
        files.forEachLine(
                batch.id(),
                line -> rows.add(new BankFileRow(
                        rows.size() + 1,
                        line.payeeName(),
                        sensitive.open(line.cardNumberSealed()),
                        line.amount(),
                        line.reference())));
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, rows.size() * 110));
        switch (template.format()) {
            case CSV -> CsvBankFile.write(rows, template.encoding(), out);
            case FIXED_WIDTH -> FixedWidthBankFile.write(rows, out);
            case XLSX -> XlsxBankFile.write(rows, template.titled() ? heading(batch, view) : null, out);
        }
        return out.toByteArray();
    }

    private RosterHeading heading(PayoutBatch batch, BatchView view) {
        String county = regions.fullName(batch.townshipCode().substring(0, 6));
        String township = batch.townshipCode().length() == 6
                ? ""
                : regions.namesOf(List.of(batch.townshipCode()))
                        .getOrDefault(batch.townshipCode(), batch.townshipCode());
        String countyCode = batch.townshipCode().substring(0, 6);
        return new RosterHeading(
                county + township + batch.term().label() + batch.programmeName()
                        + (view.bankName() == null ? "" : "（" + view.bankName() + "）")
                        + (view.isReissue() ? "补发" : "") + "银行代发明细（" + batch.reference() + "）",
                centres.of(countyCode).map(AidCentre::name).orElse(county + "学生资助管理中心"),
                time.date(batch.createdAt()),
                centres.signatures(
                        countyCode,
                        List.of(batch.createdBy()),
                        batch.approvedBy() == null ? List.of() : List.of(batch.approvedBy())));
    }
}
