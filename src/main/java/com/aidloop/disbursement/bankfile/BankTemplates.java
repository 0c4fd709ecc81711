package com.aidloop.disbursement.bankfile;

import com.aidloop.disbursement.BankTemplate;
import com.aidloop.disbursement.BankTemplate.Format;
import com.aidloop.disbursement.UnknownBankTemplate;
import com.aidloop.spreadsheet.CsvEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The bank templates: five built in, and any number more (or a built-in one changed) under
 * {@code aidloop.bank.templates.<name>.label|format|encoding|titled}, e.g.
 * {@code aidloop.bank.templates.rcc.format=CSV} and {@code aidloop.bank.templates.rcc.encoding=GBK}.
 */
@Component
public class BankTemplates {

    private static final List<BankTemplate> BUILT_IN = List.of(
            new BankTemplate("csv", "CSV（UTF-8）", Format.CSV, CsvEncoding.UTF8_WITH_BOM, false),
            new BankTemplate("csv-gbk", "CSV（GBK）", Format.CSV, CsvEncoding.GBK, false),
            new BankTemplate("xlsx", "Excel（含标题与合计）", Format.XLSX, null, true),
            new BankTemplate("xlsx-plain", "Excel（仅表头）", Format.XLSX, null, false),
            new BankTemplate("fixed", "定长文本（GBK，每行100字节）", Format.FIXED_WIDTH, CsvEncoding.GBK, false));

    private final Map<String, BankTemplate> templates = new LinkedHashMap<>();

    BankTemplates(Environment environment) {
        BUILT_IN.forEach(t -> templates.put(t.name(), t));
        Binder.get(environment)
                .bind("aidloop.bank.templates", Bindable.mapOf(String.class, Configured.class))
                .orElse(Map.of())
                .forEach((name, c) ->
                        templates.put(name, new BankTemplate(name, c.label(), c.format(), c.encoding(), c.titled())));
    }

    public List<BankTemplate> all() {
        return new ArrayList<>(templates.values());
    }

    public BankTemplate named(String name) {
        BankTemplate template = name == null ? null : templates.get(name.strip());
        if (template == null) {
            throw new UnknownBankTemplate(name);
        }
        return template;
    }

    /** One template as written in the properties. */
    record Configured(String label, Format format, CsvEncoding encoding, boolean titled) {}
}
