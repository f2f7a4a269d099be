package org.countychain.export.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.countychain.dataset.ProvinceDataset;
import org.countychain.export.docx.DocxExporter;
import org.countychain.test.docx.DocxInspector;
import org.countychain.export.model.ExportRequest;
import org.countychain.export.model.ExportResult;
import org.countychain.export.model.NoticeAppendix;
import org.countychain.export.spi.ReportExporter;
import org.countychain.sample.SyntheticProvince;

/** Executors the batch does not own, more than one format, the request adjustment, and what is not a failure. */
class BatchThreadsAndFormatsTest {
    private static ProvinceDataset three;

    @BeforeAll
    static void generate() {
        ProvinceDataset p = SyntheticProvince.generate(42L, 300);
        three = new ProvinceDataset(p.year(), p.counties().subList(0, 3), null, List.of());
    }

    private static int reports() {
        return ProvinceBatchTest.expectedReports(three);
    }

    @Test
    void everyReportIsWrittenInEveryFormatInTheExportersOrder() {
        ProvinceBatchTest.MemorySink sink = new ProvinceBatchTest.MemorySink();
        BatchResult result = ProvinceBatch.builder().sink(sink).exporters(new DocxExporter(), new TextExporter())
                .parallelism(2).build().run(three);
        assertThat(result.files()).hasSize(2 * reports());
        for (int i = 0; i < result.files().size(); i += 2) {
            BatchItem docx = result.files().get(i).item();
            BatchItem text = result.files().get(i + 1).item();
            assertThat(docx.formatId()).isEqualTo("docx");
            assertThat(text.formatId()).isEqualTo("text");
            assertThat(text.reportId()).isEqualTo(docx.reportId());
            assertThat(text.path()).isEqualTo(docx.path().replaceFirst("\\.docx$", ".txt"));
            assertThat(sink.files.get(text.path()).toString(StandardCharsets.UTF_8)).isEqualTo(docx.reportId());
        }
    }

    @Test
    void theRequestAdjustmentAddsAppendicesAndANullRequestFailsWithItsOwnCode() {
        ProvinceBatchTest.MemorySink sink = new ProvinceBatchTest.MemorySink();
        BatchResult result = ProvinceBatch.builder().sink(sink)
                .requests(r -> r.noticeAppendices(NoticeAppendix.SERVICE)).build().run(three);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.files()).allSatisfy(f -> assertThat(DocxInspector.inspect(
                sink.files.get(f.path()).toByteArray()).outline()).anyMatch(h -> h.startsWith("附件")));

        BatchResult broken = ProvinceBatch.builder().sink(new ProvinceBatchTest.MemorySink()).requests(r -> null)
                .build().run(three);
        assertThat(broken.files()).isEmpty();
        assertThat(broken.failures()).hasSize(reports()).allSatisfy(f -> {
            assertThat(f.error().errorCode()).isEqualTo(BatchErrorCode.BATCH_STEP);
            assertThat(f.error().getMessage()).contains("CC-6301", f.item().path());
        });
    }

    @Test
    void aDirectExecutorRunsEverythingInTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Thread> seen = new ArrayList<>();
        BatchRun run = ProvinceBatch.builder().sink(new ProvinceBatchTest.MemorySink()).executor(Runnable::run)
                .parallelism(2).progressListener(e -> seen.add(Thread.currentThread())).build().start(three);
        assertThat(run.isDone()).isTrue();
        assertThat(run.join().files()).hasSize(reports());
        assertThat(seen).hasSize(ProvinceBatchTest.expectedSteps(three)).containsOnly(caller);
    }

    @Test
    void aTaskTheExecutorRejectsRunsInTheCallingThread() {
        Executor rejecting = task -> {
            throw new RejectedExecutionException("full");
        };
        BatchResult result = ProvinceBatch.builder().sink(new ProvinceBatchTest.MemorySink()).executor(rejecting)
                .parallelism(2).build().run(three);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.files()).hasSize(reports());
    }

    @Test
    void anExecutorThatFailsOtherwiseStillGetsTheWorkDone() {
        Executor broken = task -> {
            throw new IllegalStateException("not started");
        };
        BatchResult result = ProvinceBatch.builder().sink(new ProvinceBatchTest.MemorySink()).executor(broken)
                .build().run(three);
        assertThat(result.isComplete()).isTrue();
        assertThat(result.files()).hasSize(reports());
    }

    @Test
    void anExporterThatReturnsNoResultFailsAndItsFileIsDiscardedNotCommitted() {
        ProvinceBatchTest.MemorySink sink = new ProvinceBatchTest.MemorySink();
        ReportExporter silent = new TextExporter() {
            @Override
            public ExportResult write(ExportRequest request, OutputStream out) {
                return null;
            }
        };
        BatchResult result = ProvinceBatch.builder().sink(sink).exporters(silent).parallelism(1).build().run(three);
        assertThat(result.files()).isEmpty();
        assertThat(result.failures()).hasSize(reports()).allSatisfy(f ->
                assertThat(f.error().getMessage()).contains("CC-6301", "the exporter returned no result"));
        assertThat(sink.committed).isEmpty();
        assertThat(sink.discarded).hasSize(reports());
        assertThat(sink.files).isEmpty();
    }

    @Test
    void aListenerThatThrowsAnErrorHasItRethrown() {
        ProvinceBatch batch = ProvinceBatch.builder().sink(new ProvinceBatchTest.MemorySink()).parallelism(2)
                .progressListener(e -> {
                    throw new AssertionError("listener");
                }).build();
        assertThatThrownBy(() -> batch.run(three)).isInstanceOf(AssertionError.class).hasMessage("listener");
    }

    @Test
    void anInterruptedWaitCancelsTheBatchAndSaysSo() {
        List<Runnable> parked = new ArrayList<>();
        BatchRun run = ProvinceBatch.builder().sink(new ProvinceBatchTest.MemorySink()).executor(parked::add)
                .parallelism(1).build().start(three);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(run::join).isInstanceOf(BatchException.class).hasMessageContaining("CC-6303")
                    .satisfies(e -> assertThat(((BatchException) e).errorCode())
                            .isEqualTo(BatchErrorCode.BATCH_INTERRUPTED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(run.isCancelled()).isTrue();
        parked.forEach(Runnable::run);   // the executor gets round to it: every step is skipped
        BatchResult result = run.join();
        assertThat(result.cancelled()).isTrue();
        assertThat(result.files()).isEmpty();
        assertThat(result.notRun()).hasSize(ProvinceBatchTest.expectedSteps(three));
        assertThat(result.notRun()).filteredOn(i -> i.phase() == BatchPhase.CONSOLIDATION).isNotEmpty();
    }

    @Test
    void anErrorStopsTheBatchAndIsRethrownAsItIs() {
        ReportExporter failing = new TextExporter() {
            @Override
            public ExportResult write(ExportRequest request, OutputStream out) {
                throw new StackOverflowError("deep");
            }
        };
        ProvinceBatch batch = ProvinceBatch.builder().sink(new ProvinceBatchTest.MemorySink()).exporters(failing)
                .parallelism(1).build();
        assertThatThrownBy(() -> batch.run(three)).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }

    /** Writes the report's id as text. */
    static class TextExporter implements ReportExporter {
        @Override
        public String formatId() {
            return "text";
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public ExportResult write(ExportRequest request, OutputStream out) {
            byte[] bytes = request.report().id().getBytes(StandardCharsets.UTF_8);
            try {
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new ExportResult(formatId(), bytes.length, 0, List.of());
        }
    }
}
