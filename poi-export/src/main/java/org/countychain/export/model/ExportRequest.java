package org.countychain.export.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.countychain.InvalidInputException;
import org.countychain.Location;
import org.countychain.chain.IndustryChain;
import org.countychain.dataset.CountyDataset;
import org.countychain.enterprise.Enterprise;
import org.countychain.report.ReportTemplate;
import org.countychain.report.ReportTemplates;
import org.countychain.report.ResearchReport;
import org.countychain.privacy.PersonalData;
import org.countychain.rules.RuleEngine;
import org.countychain.validation.CountyChainValidator;
import org.jspecify.annotations.Nullable;

/**
 * What to export (导出请求): a research report, the data set its figures and appendices are drawn from, its template
 * edition, the mode, the appendices to add and the images its {@code IMAGE} figures name. Immutable; exporters of
 * every format take the same request.
 *
 * <pre>{@code
 * ExportRequest request = ExportRequest.builder(county.reports().get(0))
 *         .dataset(county)
 *         .mode(ExportMode.SUBMISSION)
 *         .noticeAppendices(NoticeAppendix.SERVICE, NoticeAppendix.PRIORITY)
 *         .build();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ExportRequest {
    private final ResearchReport report;
    private final @Nullable CountyDataset dataset;
    private final ReportTemplate template;
    private final ExportMode mode;
    private final List<NoticeAppendix> noticeAppendices;
    private final List<AppendixTable> extraAppendices;
    private final Map<String, byte[]> images;
    private final @Nullable CountyChainValidator validator;
    private final @Nullable RuleEngine ruleEngine;
    private final PersonalData personalData;

    private ExportRequest(Builder b) {
        this.report = b.report;
        this.dataset = b.dataset;
        this.template = b.template != null ? b.template : ReportTemplates.builtIn().require(
                b.report.templateEdition());
        this.mode = b.mode;
        this.noticeAppendices = List.copyOf(new LinkedHashSet<>(b.noticeAppendices));
        this.extraAppendices = List.copyOf(b.extraAppendices);
        this.images = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.images));
        this.validator = b.validator;
        this.ruleEngine = b.ruleEngine;
        this.personalData = b.personalData;
    }

    /**
     * A request for a report and the data set it belongs to, in draft mode without appendices.
     *
     * @param dataset the data set holding the report's chain and enterprises
     * @param report  the report
     * @return the request
     */
    public static ExportRequest of(CountyDataset dataset, ResearchReport report) {
        return builder(report).dataset(dataset).build();
    }

    /**
     * A builder for a report.
     *
     * @param report the report
     * @return a new builder
     */
    public static Builder builder(ResearchReport report) {
        return new Builder(Objects.requireNonNull(report, "report"));
    }

    /**
     * A builder preset with this request.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(report).dataset(dataset).template(template).mode(mode)
                .noticeAppendices(noticeAppendices).appendices(extraAppendices).validator(validator)
                .ruleEngine(ruleEngine).personalData(personalData);
        b.images.putAll(images);
        return b;
    }

    /**
     * The report.
     *
     * @return the report
     */
    public ResearchReport report() {
        return report;
    }

    /**
     * The data set the figures and appendices are drawn from.
     *
     * @return the data set, or empty when the request has none (figures then show a placeholder)
     */
    public Optional<CountyDataset> dataset() {
        return Optional.ofNullable(dataset);
    }

    /**
     * The report's template edition: the one set on the builder, or the built-in edition the report names.
     *
     * @return the template
     */
    public ReportTemplate template() {
        return template;
    }

    /**
     * The mode.
     *
     * @return draft or submission
     */
    public ExportMode mode() {
        return mode;
    }

    /**
     * The notice's lists to append, in the order asked for.
     *
     * @return the appendices
     */
    public List<NoticeAppendix> noticeAppendices() {
        return noticeAppendices;
    }

    /**
     * How personal data (phone numbers of contacts) is shown in the document: masked unless the caller chose
     * {@link PersonalData#FULL}.
     *
     * @return the policy, {@link PersonalData#MASKED} by default
     */
    public PersonalData personalData() {
        return personalData;
    }

    /**
     * Every appendix table to print, in order: the notice's lists first (the rule engine's verdicts on the data set
     * for the report's year, kept to the report's chain), then the caller's own. Each call screens the data set.
     *
     * @return the tables
     */
    public List<AppendixTable> appendices() {
        List<AppendixTable> all = new ArrayList<>(NoticeLists.tables(noticeAppendices, report, dataset,
                chainEnterprises(), ruleEngine, personalData));
        all.addAll(extraAppendices);
        return all;
    }

    /**
     * The caller's own appendix tables.
     *
     * @return the tables
     */
    public List<AppendixTable> extraAppendices() {
        return extraAppendices;
    }

    /**
     * An image an {@code IMAGE} figure names.
     *
     * @param name the figure's image name
     * @return the image's bytes (PNG or JPEG), or empty when not supplied
     */
    public Optional<byte[]> image(String name) {
        byte[] bytes = images.get(name);
        return bytes == null ? Optional.empty() : Optional.of(bytes.clone());
    }

    /**
     * The report's chain in the data set.
     *
     * @return the chain, or empty when there is no data set or it lacks the chain
     */
    public Optional<IndustryChain> chain() {
        return dataset().flatMap(d -> d.chain(report.chainId()));
    }

    /**
     * The enterprises of the data set on the report's chain, in data-set order.
     *
     * @return the enterprises, empty without a data set
     */
    public List<Enterprise> chainEnterprises() {
        return dataset().map(d -> d.enterprises().stream().filter(e -> e.isOnChain(report.chainId())).toList())
                .orElse(List.of());
    }

    /**
     * Refuses a report that is not fit for submission in {@link ExportMode#SUBMISSION}: the validation module's
     * facade validates it in its {@code Submission} group (completeness against its template edition, and every
     * draft rule). Does nothing in draft mode. Exporters call it before writing anything.
     *
     * @throws IncompleteReportException when submitting a report with errors or empty required items
     */
    public void checkSubmittable() {
        if (mode == ExportMode.SUBMISSION) {
            SubmissionCheck.requireComplete(report, template, validator);
        }
    }

    /**
     * Builds an {@link ExportRequest}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final ResearchReport report;
        private @Nullable CountyDataset dataset;
        private @Nullable ReportTemplate template;
        private ExportMode mode = ExportMode.DRAFT;
        private final List<NoticeAppendix> noticeAppendices = new ArrayList<>();
        private final List<AppendixTable> extraAppendices = new ArrayList<>();
        private final Map<String, byte[]> images = new LinkedHashMap<>();
        private @Nullable CountyChainValidator validator;
        private @Nullable RuleEngine ruleEngine;
        private PersonalData personalData = PersonalData.MASKED;

        private Builder(ResearchReport report) {
            this.report = report;
        }

        /**
         * Sets the data set holding the report's chain and enterprises.
         *
         * @param v the data set, or {@code null}
         * @return this builder
         */
        public Builder dataset(@Nullable CountyDataset v) {
            dataset = v;
            return this;
        }

        /**
         * Sets the template edition; by default the built-in edition the report names.
         *
         * @param v the template, or {@code null} for the default
         * @return this builder
         */
        public Builder template(@Nullable ReportTemplate v) {
            template = v;
            return this;
        }

        /**
         * Sets the mode, {@link ExportMode#DRAFT} by default.
         *
         * @param v the mode
         * @return this builder
         */
        public Builder mode(ExportMode v) {
            mode = Objects.requireNonNull(v, "mode");
            return this;
        }

        /**
         * Sets the notice's lists to append.
         *
         * @param v the appendices, in order
         * @return this builder
         */
        public Builder noticeAppendices(NoticeAppendix... v) {
            return noticeAppendices(Arrays.asList(v));
        }

        /**
         * Sets the notice's lists to append.
         *
         * @param v the appendices, in order
         * @return this builder
         */
        public Builder noticeAppendices(Collection<NoticeAppendix> v) {
            noticeAppendices.clear();
            noticeAppendices.addAll(v);
            return this;
        }

        /**
         * Sets the caller's own appendix tables, printed after the notice's lists.
         *
         * @param v the tables
         * @return this builder
         */
        public Builder appendices(Collection<AppendixTable> v) {
            extraAppendices.clear();
            extraAppendices.addAll(v);
            return this;
        }

        /**
         * Supplies an image an {@code IMAGE} figure names.
         *
         * @param name  the name the figure gives
         * @param bytes the PNG or JPEG bytes
         * @return this builder
         */
        public Builder image(String name, byte[] bytes) {
            images.put(Objects.requireNonNull(name, "name"), bytes.clone());
            return this;
        }

        /**
         * Sets the validator submission mode uses, for an application that configured its own (other divisions,
         * other template editions); by default one shared {@code CountyChainValidator.create()}, built when first
         * needed.
         *
         * @param v the validator, or {@code null} for the shared default
         * @return this builder
         */
        public Builder validator(@Nullable CountyChainValidator v) {
            validator = v;
            return this;
        }

        /**
         * Sets the rule engine the notice's appendices come from, for an application with its own settings
         * (thresholds) or rules; by default {@code RuleEngine.defaults()}, built when first needed.
         *
         * @param v the engine, or {@code null} for the default
         * @return this builder
         */
        public Builder ruleEngine(@Nullable RuleEngine v) {
            ruleEngine = v;
            return this;
        }

        /**
         * Builds the request.
         *
         * @return the request
         * @throws org.countychain.ReferenceDataException when no template is set and the report's edition is unknown
         * @throws InvalidInputException                  {@link ExportErrorCode#EXPORT_REQUEST} when the data set is
         *                                                another unit's than the report's: the figures and
         *                                                appendices would be drawn from the wrong county or city
         */
        public ExportRequest build() {
            if (dataset != null && !dataset.unitId().equals(report.unitId())) {
                throw new InvalidInputException(ExportErrorCode.EXPORT_REQUEST,
                        Location.ofPath("reports[" + report.id() + "].unitId"),
                        List.of(report.unitId() + " " + report.unitName(), dataset.unitId() + " " + dataset.unitName()),
                        null);
            }
            return new ExportRequest(this);
        }

        /**
         * Sets how personal data (the phone numbers of service contacts and of advantage units' contacts) is shown:
         * masked ({@code 138****5678}) by default; {@link PersonalData#FULL} prints it in full, for a document that
         * stays inside the bureau.
         *
         * @param v the policy
         * @return this builder
         */
        public Builder personalData(PersonalData v) {
            personalData = java.util.Objects.requireNonNull(v, "personalData");
            return this;
        }
    }
}
