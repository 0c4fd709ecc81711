package com.aidloop.settlement;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.settlement.domain.SchoolTransfer;
import com.aidloop.settlement.persistence.ProvisionStore;
import com.aidloop.settlement.persistence.TransferStore;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterHeading;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 资金拨付单 as the county prints, signs and hands to the treasury: an official-layout workbook
 * (title, 填报单位, 单位：元, 合计, 经办人／审核人／负责人 and the date) with the school, the programme,
 * the students and standard, the amount and the school's full account number, which the bank
 * needs; so every download is audited.
 */
@Service
public class TransferForms {

    private final TransferStore transfers;
    private final ProvisionStore provisions;
    private final SensitiveData sensitive;
    private final RegionManagement regions;
    private final AuditTrail audit;
    private final ChinaTime time;

    TransferForms(
            TransferStore transfers,
            ProvisionStore provisions,
            SensitiveData sensitive,
            RegionManagement regions,
            AuditTrail audit,
            ChinaTime time) {
        this.transfers = transfers;
        this.provisions = provisions;
        this.sensitive = sensitive;
        this.regions = regions;
        this.audit = audit;
        this.time = time;
    }

    /** The file name, e.g. 资金拨付单_BF2026S0001_平江县第一中学_免学杂费.xlsx. */
    @Transactional(readOnly = true)
    public String fileName(long id, DataScope scope) {
        SchoolTransfer t = found(id, scope);
        return "资金拨付单_" + t.reference() + "_" + t.school().name() + "_" + t.programmeName() + ".xlsx";
    }

    /** Writes the form of a transfer the scope sees; audited as an export with the full account number. */
    @Transactional
    public void write(long id, DataScope scope, String username, OutputStream out) {
        SchoolTransfer t = found(id, scope);
        String county = regions.find(t.school().townshipCode().substring(0, 6))
                .map(Region::name)
                .orElse("");
        RosterHeading heading = new RosterHeading(
                county + t.term().label() + t.programmeName() + "资金拨付单（" + t.reference() + "）",
                county + "学生资助管理中心",
                time.today());
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("学校名称").withWidth(26),
                Column.text("学校标识码").withWidth(12),
                Column.text("资助项目").withWidth(20),
                Column.text("发放渠道").withWidth(12),
                Column.integer("受助人数"),
                Column.text("资助标准（元/人）").withWidth(16),
                Column.money("拨付金额"),
                Column.text("收款户名").withWidth(24),
                Column.text("开户行").withWidth(24),
                Column.text("银行账号").withWidth(24)));
        List<Object> row = new ArrayList<>(List.of(
                t.school().name(),
                t.school().code(),
                t.programmeName(),
                t.channel().label(),
                t.owed().awards(),
                t.owed().standard(),
                t.owed().amount().yuan(),
                t.account().name(),
                t.account().bank(),
                sensitive.open(t.account().numberSealed())));
        if (t.channel() == com.aidloop.programme.PaymentChannel.IN_KIND) {
            columns.add(Column.text("膳食供应（月份：天数/人数/金额）").withWidth(40));
            row.add(provisionText(t, scope));
        }
        OfficialRosterWriter.write(heading, columns, Stream.of(row), out);
        audit.record(AuditRecord.of(
                        "EXPORT",
                        SettlementRefused.TRANSFER,
                        t.id(),
                        "下载资金拨付单 " + t.reference() + "（" + t.school().name() + " " + t.programmeName() + "，含完整收款账号）")
                .by(username));
    }

    private String provisionText(SchoolTransfer t, DataScope scope) {
        return provisions.list(t.term(), scope).stream()
                .filter(p ->
                        p.schoolId() == t.school().id() && p.programmeCode().equals(t.programmeCode()))
                .map(p -> p.month().getMonthValue() + "月：" + p.daysServed() + "天/" + p.studentsServed() + "人/"
                        + p.amount().yuan().toPlainString() + "元")
                .collect(Collectors.joining("；"));
    }

    private SchoolTransfer found(long id, DataScope scope) {
        return transfers.find(id, scope).orElseThrow(() -> SettlementRefused.transferNotFound(id));
    }
}
