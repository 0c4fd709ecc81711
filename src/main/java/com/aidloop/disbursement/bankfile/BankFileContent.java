package com.aidloop.disbursement.bankfile;

import com.aidloop.disbursement.BankTemplate;
import com.aidloop.disbursement.batch.PayoutBatch;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.region.RegionManagement;
import com.aidloop.spreadsheet.RosterHeading;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The bytes of a batch's bank file in one template: its stored lines with the card numbers
 * opened, and for titled templates a heading made from the batch alone (no time of generation),
 * so generating again gives the same bytes.
 */
@Component
public class BankFileContent {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BankFileRecords files;
    private final SensitiveData sensitive;
    private final RegionManagement regions;

    BankFileContent(BankFileRecords files, SensitiveData sensitive, RegionManagement regions) {
        this.files = files;
        this.sensitive = sensitive;
        this.regions = regions;
    }

    public byte[] of(PayoutBatch batch, BankTemplate template) {
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
            case XLSX -> XlsxBankFile.write(rows, template.titled() ? heading(batch) : null, out);
        }
        return out.toByteArray();
    }

    private RosterHeading heading(PayoutBatch batch) {
        String county = regions.fullName(batch.townshipCode().substring(0, 6));
        String township =
                regions.namesOf(List.of(batch.townshipCode())).getOrDefault(batch.townshipCode(), batch.townshipCode());
        return new RosterHeading(
                county + township + batch.term().label() + batch.programmeName() + "银行代发明细（" + batch.reference() + "）",
                county + "学生资助管理中心",
                batch.createdAt().atZone(CHINA).toLocalDate());
    }
}
