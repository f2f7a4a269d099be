package com.example.consumer;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.countychain.CountyChainException;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.CreditCode;
import org.countychain.export.ReportExporters;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.json.CountyChainJson;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.sample.SampleCounty;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.ValidationResult;

import tools.jackson.databind.json.JsonMapper;

/**
 * What an integrator's module does with the library, each step one that needs the module declarations to be right:
 * reflection into the model (Jackson 2 and 3, Hibernate Validator), services ({@code provides}/{@code uses}: the
 * built-in rules, the Word exporter, the Jackson 3 module) and resource bundles read across modules.
 */
public final class Consumer {
    private Consumer() {
    }

    /**
     * Runs every step on the built-in sample county.
     *
     * @return one line per step, {@code name: outcome}
     */
    public static List<String> run() {
        List<String> lines = new ArrayList<>();
        CountyDataset jinjiang = SampleCounty.jinjiang();

        CountyChainJson json = CountyChainJson.defaults();
        String text = json.writeToString(jinjiang);
        CountyDataset back = json.read(text, CountyDataset.class);
        lines.add("json: " + back.equals(jinjiang));

        ScreeningResult screening = RuleEngine.defaults().screen(jinjiang);
        lines.add("rules: " + screening.rules().size() + " rules, " + screening.findings().size() + " findings");

        ValidationResult validation = CountyChainValidator.create().validate(jinjiang, Locale.ENGLISH);
        lines.add("validation: " + validation.violations().size() + " violations");

        ReportExporters exporters = ReportExporters.discover(Consumer.class.getClassLoader());
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        ExportResult exported = exporters.require("docx").write(
                ExportRequest.of(jinjiang, jinjiang.reports().get(0)), docx);
        lines.add("docx: " + exported.formatId() + " " + (docx.size() > 10_000) + " "
                + (docx.toByteArray()[0] == 'P' && docx.toByteArray()[1] == 'K'));

        JsonMapper jackson3 = JsonMapper.builder().findAndAddModules().build();
        lines.add("jackson3: " + jackson3.registeredModules().stream()
                .map(m -> m.getClass().getName()).sorted().toList());
        lines.add("jackson3 read: " + jackson3.readValue(text, CountyDataset.class).equals(jinjiang));

        lines.add("core message: " + messages(() -> CreditCode.parse("91350582MA2XYK001")));
        lines.add("export message: " + messages(() -> exporters.require("pdf")));
        return lines;
    }

    private static String messages(Runnable failing) {
        try {
            failing.run();
            return "no exception";
        } catch (CountyChainException e) {
            return e.getMessage(Locale.ENGLISH) + " | " + e.getMessage(Locale.SIMPLIFIED_CHINESE);
        }
    }

    /**
     * Prints the steps, for running the module by hand ({@code java -p ... -m com.example.consumer}).
     *
     * @param args none
     */
    public static void main(String[] args) {
        run().forEach(System.out::println);
    }
}
