package org.countychain.export.docx;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * LibreOffice, headless, as the real client the tests can run: converts a .docx to PDF, then poppler's
 * {@code pdftotext} and {@code pdfinfo} read the PDF. When the tools are missing a test fails under CI (CI=true
 * must have them: .ci/run installs them) and is skipped with a clear message elsewhere.
 */
final class LibreOffice {
    private LibreOffice() {
    }

    static String requireTool(String name) {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        String message = name + " is not installed: this test renders the .docx with LibreOffice and reads the PDF "
                + "with poppler-utils (Debian: apt-get install libreoffice-writer-nogui poppler-utils fonts-noto-cjk)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI must have " + message);
        }
        Assumptions.abort(message);
        return null;
    }

    /** Converts to PDF with a fresh LibreOffice profile, so parallel runs never share one. */
    static Path toPdf(Path docx) throws IOException, InterruptedException {
        String soffice = requireTool("soffice");
        requireTool("pdftotext");
        Path dir = docx.getParent();
        Path profile = Files.createTempDirectory("countychain-lo-profile");
        run(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()), 600);
        String name = docx.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            fail("LibreOffice did not write " + pdf);
        }
        return pdf;
    }

    static String text(Path pdf) throws IOException, InterruptedException {
        return run(List.of(requireTool("pdftotext"), "-enc", "UTF-8", pdf.toString(), "-"), 120);
    }

    /** The text with its layout kept: a table row is one line, a wrapped cell a second one. */
    static String layoutText(Path pdf) throws IOException, InterruptedException {
        return run(List.of(requireTool("pdftotext"), "-enc", "UTF-8", "-layout", pdf.toString(), "-"), 120);
    }

    static int pages(Path pdf) throws IOException, InterruptedException {
        for (String line : run(List.of(requireTool("pdfinfo"), pdf.toString()), 60).split("\n")) {
            if (line.startsWith("Pages:")) {
                return Integer.parseInt(line.substring("Pages:".length()).strip());
            }
        }
        throw new IllegalStateException("pdfinfo gave no page count for " + pdf);
    }

    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(command.get(0) + " took longer than " + seconds + " s");
        }
        if (p.exitValue() != 0) {
            fail(command + " exited with " + p.exitValue() + ": " + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
