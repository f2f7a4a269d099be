package org.countychain.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.countychain.CountyChainException;
import org.countychain.CountyChainIOException;
import org.countychain.chain.IndustryChain;
import org.countychain.division.DivisionCode;
import org.countychain.export.docx.read.ReadResult;
import org.countychain.export.docx.read.ReportReader;
import org.countychain.report.ResearchReport;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;

/**
 * Every data set in a directory, as {@code package}, {@code coverage} and {@code consolidate} read it: each
 * {@code *.json} file directly in it, in name order, as a county data set, a city submission or a province data set
 * (its counties), told apart as {@code validate} does; then each {@code *.docx} file as a research report written in
 * Word ({@link ReportReader}), added to the data set of its reporting unit, or, for a county that sent only Word
 * reports, to a data set of its own holding the report and its chain. A file that is none of these is skipped with
 * its error on standard error, so one bad file never hides the others; each Word report read is listed with what was
 * recognised and the required items it leaves empty.
 *
 * @param datasets    the county data sets (a province's counties among them)
 * @param submissions the city submissions
 * @param skipped     how many files were skipped
 */
record DatasetDirectory(List<CountyDataset> datasets, List<CitySubmission> submissions, int skipped) {
    static DatasetDirectory read(Path dir, CliMessages m, PrintWriter err) {
        return read(dir, m, null, err);
    }

    static DatasetDirectory read(Path dir, CliMessages m, PrintWriter out, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.json")) {
            s.forEach(files::add);
        } catch (IOException e) {
            throw new CountyChainIOException(dir.toString(), e);
        }
        files.sort(null);
        List<CountyDataset> datasets = new ArrayList<>();
        List<CitySubmission> submissions = new ArrayList<>();
        int skipped = 0;
        for (Path f : files) {
            Object data;
            try {
                data = ValidateCommand.read(f);
            } catch (CountyChainException e) {
                err.println(m.text("directory.skipped", e.getMessage(m.locale())));
                skipped++;
                continue;
            }
            if (data instanceof ProvinceDataset p) {
                datasets.addAll(p.counties());
            } else if (data instanceof CitySubmission s) {
                submissions.add(s);
            } else {
                datasets.add((CountyDataset) data);
            }
        }
        for (Path f : ReadReportCommand.docxFiles(dir)) {
            ReadResult read;
            try {
                read = ReportReader.defaults().read(f);
            } catch (CountyChainException e) {
                err.println(m.text("directory.skipped", e.getMessage(m.locale())));
                skipped++;
                continue;
            }
            ResearchReport report = read.report();
            List<String> missing = read.missingRequiredItems();
            (out != null ? out : err).println(m.text("directory.wordReport", String.valueOf(f.getFileName()),
                    report.unitName(), Integer.toString(read.recognised().size()),
                    Integer.toString(read.template().items().size()),
                    missing.isEmpty() ? m.text("directory.complete") : String.join(" ", missing),
                    Integer.toString(read.findings().size())));
            add(datasets, report);
        }
        return new DatasetDirectory(List.copyOf(datasets), List.copyOf(submissions), skipped);
    }

    /**
     * Adds a report read from Word to its unit's data set: its chain is the data set's chain of the same name when
     * there is one (the report then takes that chain's id), else a chain of its own is added. A unit without a
     * data set gets one holding the report and its chain.
     */
    static void add(List<CountyDataset> datasets, ResearchReport report) {
        for (int i = 0; i < datasets.size(); i++) {
            CountyDataset d = datasets.get(i);
            if (!d.unitId().equals(report.unitId()) || d.year() != report.year()) {
                continue;
            }
            IndustryChain chain = d.chains().stream().filter(c -> c.name().equals(report.chainName())
                    || c.aliases().contains(report.chainName())).findFirst().orElse(null);
            ResearchReport r = chain == null ? report : withChain(report, chain.id());
            if (d.reports().stream().anyMatch(x -> x.id().equals(r.id()))) {
                return;
            }
            List<IndustryChain> chains = new ArrayList<>(d.chains());
            if (chain == null && d.chain(r.chainId()).isEmpty()) {
                chains.add(chainOf(r));
            }
            List<ResearchReport> reports = new ArrayList<>(d.reports());
            reports.add(r);
            datasets.set(i, d.toBuilder().chains(chains).reports(reports).build());
            return;
        }
        datasets.add(CountyDataset.builder(report.unitId(), report.unitName(), report.year())
                .note("read from a Word report / 由 Word 报告读取").chains(List.of(chainOf(report)))
                .reports(List.of(report)).build());
    }

    private static IndustryChain chainOf(ResearchReport r) {
        DivisionCode county = DivisionCode.isWellFormed(r.unitId()) ? DivisionCode.of(r.unitId())
                : r.coveredCounties().isEmpty() ? DivisionCode.of("350000") : r.coveredCounties().get(0);
        return new IndustryChain(r.chainId(), r.chainName(), county, null, List.of(), null);
    }

    private static ResearchReport withChain(ResearchReport r, String chainId) {
        return new ResearchReport(r.id().equals(r.chainId() + "-" + r.year()) ? chainId + "-" + r.year() : r.id(),
                r.unitId(), r.unitName(), chainId, r.chainName(), r.templateEdition(), r.year(), r.coveredCounties(),
                r.items(), r.advantageUnits(), r.preparedBy(), r.preparedOn());
    }
}
