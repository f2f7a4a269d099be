package org.countychain.examples.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

import org.countychain.export.batch.BatchProgress;
import org.countychain.export.batch.BatchProgressListener;

/**
 * The progress of {@code batch} on standard error. On a terminal: one line, rewritten in place, with a bar. Elsewhere
 * (a log file, a CI job): a plain line at each tenth of the work, so logs stay short. A failed report is named on a
 * line of its own in both cases.
 */
final class ProgressBar implements BatchProgressListener {
    private static final int WIDTH = 24;
    /** Carriage return, then erase to the end of the line. */
    private static final String REWRITE = "\r\u001b[K";

    private final PrintWriter err;
    private final CliMessages m;
    private final boolean terminal;
    private int lastTenth;
    private boolean lineOpen;

    ProgressBar(PrintWriter err, CliMessages m, boolean terminal) {
        this.err = err;
        this.m = m;
        this.terminal = terminal;
    }

    @Override
    public void onProgress(BatchProgress e) {
        if (e.outcome() == BatchProgress.Outcome.FAILED) {
            closeLine();
            err.println(m.text("batch.progress.failed", BatchCommand.describe(e.item(), m)));
        }
        if (terminal) {
            int filled = (int) ((long) WIDTH * e.done() / e.total());
            err.print(REWRITE + "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + line(e));
            lineOpen = true;
        } else {
            int tenth = (int) (10L * e.done() / e.total());
            if (tenth > lastTenth || e.done() == 1) {
                lastTenth = tenth;
                err.println(line(e));
            }
        }
        err.flush();
    }

    /** Ends the rewritten line, so what follows starts on a line of its own. */
    void end() {
        closeLine();
        err.flush();
    }

    private void closeLine() {
        if (lineOpen) {
            err.println();
            lineOpen = false;
        }
    }

    private String line(BatchProgress e) {
        return m.text("batch.progress", CliMessages.count(e.done()), CliMessages.count(e.total()),
                CliMessages.count(100L * e.done() / e.total()), e.phase().displayName(m.locale()),
                e.item().unitName(), seconds(e.elapsed()));
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
    }
}
