package org.countychain.examples.boot4;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.countychain.dataset.CountyDataset;
import org.countychain.export.ReportExporters;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.spi.ReportExporter;
import org.countychain.report.ResearchReport;
import org.countychain.rules.RuleEngine;
import org.countychain.rules.ScreeningResult;
import org.countychain.spring.boot.RequestLocales;
import org.countychain.validation.CountyChainValidator;
import org.countychain.validation.Submission;
import org.countychain.validation.ValidationResult;

/**
 * The three calls of a county's data: validate it, screen its enterprises, stream its research report.
 */
@RestController
@RequestMapping("/counties")
public class CountyController {
    private final CountyChainValidator validator;
    private final RuleEngine rules;
    private final ReportExporters exporters;
    private final RequestLocales locales;

    CountyController(CountyChainValidator validator, RuleEngine rules, ReportExporters exporters,
                     RequestLocales locales) {
        this.validator = validator;
        this.rules = rules;
        this.exporters = exporters;
        this.locales = locales;
    }

    /**
     * Every violation of a data set, errors and warnings, in the request's language; 200 whatever it finds.
     *
     * @param county     the data set
     * @param submission true to add the checks of a submission (complete reports)
     * @return the result
     */
    @PostMapping("/validate")
    public ValidationResult validate(@RequestBody CountyDataset county,
                                     @RequestParam(name = "submission", defaultValue = "false") boolean submission) {
        return submission ? validator.validate(county, locales.current(), Submission.class)
                : validator.validate(county, locales.current());
    }

    /**
     * Screens a valid data set against the notice's rules (warnings do not stop it; errors answer 422).
     *
     * @param county the data set
     * @return findings and the notice's lists
     */
    @PostMapping("/screen")
    public ScreeningResult screen(@Valid @RequestBody CountyDataset county) {
        return rules.screen(county);
    }

    /**
     * Streams a research report of a valid data set as a Word document.
     *
     * @param county   the data set
     * @param reportId the report's id; the first report when absent
     * @return the .docx
     */
    @PostMapping("/report")
    public ResponseEntity<StreamingResponseBody> report(@Valid @RequestBody CountyDataset county,
                                                        @RequestParam(name = "reportId", required = false) String reportId) {
        List<ResearchReport> reports = county.reports();
        ResearchReport report = reports.stream().filter(r -> reportId == null || r.id().equals(reportId))
                .findFirst().orElseThrow(() -> new ReportNotFoundException(reportId));
        ReportExporter docx = exporters.require("docx");
        ExportRequest request = ExportRequest.of(county, report);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(docx.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.id() + "." + docx.fileExtension()).build().toString())
                .body(out -> exporters.write(docx.formatId(), request, out));
    }
}
