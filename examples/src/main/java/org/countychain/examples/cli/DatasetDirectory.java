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
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.rules.model.PilotRegistry;

/**
 * Every data set in a directory, as {@code package} and {@code coverage} read it: each {@code *.json} file directly in
 * it, in name order, as a county data set, a city submission or a province data set (its counties), told apart as
 * {@code validate} does. A file that is none of these is skipped with its error on standard error, so one bad file
 * never hides the others.
 *
 * @param datasets    the county data sets (a province's counties among them)
 * @param submissions the city submissions
 * @param skipped     how many files were skipped
 */
record DatasetDirectory(List<CountyDataset> datasets, List<CitySubmission> submissions, int skipped) {
    /** The pilot registry of a {@code --pilot-registry} option: the file's, or the empty one without a file. */
    static PilotRegistry pilotRegistry(Path file) {
        return file == null ? PilotRegistry.empty() : PilotRegistry.read(file);
    }

    static DatasetDirectory read(Path dir, CliMessages m, PrintWriter err) {
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
        return new DatasetDirectory(List.copyOf(datasets), List.copyOf(submissions), skipped);
    }
}
