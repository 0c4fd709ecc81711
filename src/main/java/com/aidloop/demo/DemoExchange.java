package com.aidloop.demo;

import com.aidloop.comparison.exchange.NewExchange;
import com.aidloop.comparison.exchange.PrivateExchanges;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.UploadedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo county's private exchanges, once: one with 县退役军人事务局（演示） answered as the
 * department's tool would answer it (the guardian of 汤佳怡, a demo family of DemoLists, is an
 * 优抚对象), so the register shows a student found through an exchange; and one with
 * 县总工会（演示） made and waiting for its answer, whose request can be downloaded.
 */
@Component
class DemoExchange {

    private final ObjectProvider<PrivateExchanges> exchanges;
    private final boolean wanted;

    /** Comparison comes through a provider: module tests start without it. */
    DemoExchange(ObjectProvider<PrivateExchanges> exchanges, DemoInstallation installation) {
        this.exchanges = exchanges;
        this.wanted = installation.wanted();
    }

    /** After DemoLists registered the demo families (it runs just before). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(DemoOrder.EXCHANGE)
    void exchangeOnce() throws Exception {
        PrivateExchanges service = exchanges.getIfAvailable();
        if (!wanted || service == null) {
            return;
        }
        CurrentAccount county = new CurrentAccount(0, "demo", "演示数据", Set.of(Role.COUNTY_STAFF), DemoCounty.CODE, null);
        if (!service.exchanges(county).isEmpty()) {
            return;
        }
        NewExchange made = service.create("ENTITLED_GROUPS", "县退役军人事务局（演示）", county);
        String guardian = guardianOfTangJiayi();
        String answer = "匹配码,姓名,优抚类别\n" + code(made.key(), guardian) + ",汤振华,在乡复员军人\n";
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        service.answer(
                made.exchange().id(),
                new UploadedFile("比对回复.csv", bytes.length, target -> Files.write(target, bytes)),
                LocalDate.of(2026, 11, 30),
                county);
        service.create("NEEDY_WORKERS", "县总工会（演示）", county);
    }

    /** The ID DemoLists gives the guardian of its fourth family (汤振华, day 4). */
    private static String guardianOfTangJiayi() {
        String first17 = DemoCounty.CODE + "19840614" + "919";
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** What the department's tool computes: HMAC-SHA256 under the exchange key, lower-case hex. */
    private static String code(String key, String idNumber) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(key.replace("-", "")), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.UTF_8)));
    }
}
