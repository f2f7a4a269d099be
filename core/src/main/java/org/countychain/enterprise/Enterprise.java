package org.countychain.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.industry.IndustryClass;
import org.countychain.industry.IndustryClassification;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise on a county's key industrial chain (企业), typically an above-scale manufacturing enterprise
 * (规上制造业企业), with its R&amp;D figures per reporting year.
 *
 * @param creditCode           统一社会信用代码 (identity)
 * @param name                 the registered name
 * @param county               the county-level unit it is located in
 * @param industryCode         GB/T 4754 industry class (国民经济行业分类, e.g. {@code C1951}), or {@code null}
 * @param industryName         the class's name as the county writes it (行业名称, e.g. {@code 皮鞋制造}), or
 *                             {@code null}: {@link #industryDisplayName()} then takes it from the classification
 * @param chainIds             the ids of the county's industrial chains it belongs to
 * @param aboveScale           规上: annual main-business revenue of at least 20 million yuan (statistics scope),
 *                             the enterprise's status where a year does not state its own
 *                             ({@link AnnualRdFigures#aboveScale()}); rules for year Y use {@link #aboveScaleIn(int)}
 * @param industrial           工业 (GB/T 4754 sections B mining, C manufacturing, D utilities), or {@code null} to
 *                             derive it ({@link #countsAsIndustrial()})
 * @param manufacturing        制造业 (GB/T 4754 section C)
 * @param scienceTechSme       科技型中小企业 / 科技型企业 as registered with the S&amp;T department (R11)
 * @param registeredOn         the date it was registered, or {@code null}
 * @param registeredAddress    注册地址, or {@code null}
 * @param highTechCertificates its high-tech enterprise certificates, oldest first
 * @param serviceContact       the bureau's assigned one-on-one contact (R5), or {@code null}
 * @param years                its R&amp;D figures, one per year, sorted by year
 * @since 0.1.0
 */
public record Enterprise(CreditCode creditCode, String name, DivisionCode county, @Nullable String industryCode,
                         @Nullable String industryName, List<String> chainIds, boolean aboveScale,
                         @Nullable Boolean industrial, boolean manufacturing, boolean scienceTechSme,
                         @Nullable LocalDate registeredOn, @Nullable String registeredAddress,
                         List<HighTechCertificate> highTechCertificates, @Nullable ServiceContact serviceContact,
                         List<AnnualRdFigures> years) {
    /**
     * Checks the invariants: identity present, chain ids and years unique, years sorted.
     */
    public Enterprise {
        Checks.required(creditCode, "creditCode");
        name = Checks.requiredText(name, "name");
        Checks.required(county, "county");
        industryCode = Checks.optionalText(industryCode);
        industryName = Checks.optionalText(industryName);
        registeredAddress = Checks.optionalText(registeredAddress);
        chainIds = Checks.uniqueList(chainIds, "chainIds", id -> id, Term.CHAIN_ID);
        highTechCertificates = Checks.list(highTechCertificates, "highTechCertificates");
        // Duplicates are found before sorting, so the index in a message is the one the caller gave.
        List<AnnualRdFigures> sorted = new ArrayList<>(Checks.uniqueList(years, "years", AnnualRdFigures::year,
                Term.YEAR));
        sorted.sort(Comparator.comparingInt(AnnualRdFigures::year));
        years = List.copyOf(sorted);
    }

    /**
     * An enterprise without the fields format version 2 added (industry name, industrial flag, registered address).
     *
     * @param creditCode           统一社会信用代码
     * @param name                 the registered name
     * @param county               the county-level unit
     * @param industryCode         GB/T 4754 industry class, or {@code null}
     * @param chainIds             chain ids
     * @param aboveScale           规上
     * @param manufacturing        制造业
     * @param scienceTechSme       科技型中小企业
     * @param registeredOn         the registration date, or {@code null}
     * @param highTechCertificates its high-tech certificates
     * @param serviceContact       its contact, or {@code null}
     * @param years                its figures
     */
    public Enterprise(CreditCode creditCode, String name, DivisionCode county, String industryCode,
                      List<String> chainIds, boolean aboveScale, boolean manufacturing, boolean scienceTechSme,
                      LocalDate registeredOn, List<HighTechCertificate> highTechCertificates,
                      ServiceContact serviceContact, List<AnnualRdFigures> years) {
        this(creditCode, name, county, industryCode, null, chainIds, aboveScale, null, manufacturing, scienceTechSme,
                registeredOn, null, highTechCertificates, serviceContact, years);
    }

    /**
     * A builder.
     *
     * @param creditCode the enterprise's credit code
     * @param name       its registered name
     * @param county     the county-level unit it is located in
     * @return a new builder
     */
    public static Builder builder(CreditCode creditCode, String name, DivisionCode county) {
        return new Builder(creditCode, name, county);
    }

    /**
     * A builder preset with this enterprise.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(creditCode, name, county);
        b.industryCode = industryCode;
        b.industryName = industryName;
        b.industrial = industrial;
        b.registeredAddress = registeredAddress;
        b.chainIds = chainIds;
        b.aboveScale = aboveScale;
        b.manufacturing = manufacturing;
        b.scienceTechSme = scienceTechSme;
        b.registeredOn = registeredOn;
        b.highTechCertificates = highTechCertificates;
        b.serviceContact = serviceContact;
        b.years = years;
        return b;
    }

    /**
     * Whether the enterprise was above scale (规上) in a year: the year's own status when its figures state one,
     * otherwise the enterprise's {@link #aboveScale()}. Rules screening year Y ask this for Y (and the
     * full-coverage comparison for Y − 1), so an enterprise that grew above scale in 2024 counts in 2024 only.
     *
     * @param year the year
     * @return the status that year
     */
    public boolean aboveScaleIn(int year) {
        for (AnnualRdFigures f : years) {
            if (f.year() == year) {
                return f.aboveScale() != null ? f.aboveScale() : aboveScale;
            }
        }
        return aboveScale;
    }

    /**
     * Whether the enterprise was above scale in the year of some of its figures: their own status when they state
     * one, otherwise the enterprise's. The same answer as {@link #aboveScaleIn(int)} for the figures' year, without
     * looking the year up; for rules that hold the figures already.
     *
     * @param figures figures of this enterprise, or {@code null} for a year it did not report
     * @return the status that year
     */
    public boolean isAboveScaleIn(AnnualRdFigures figures) {
        return (figures != null && figures.aboveScale() != null) ? figures.aboveScale() : aboveScale;
    }

    /**
     * Whether the enterprise is an above-scale manufacturing enterprise (规上制造业企业) in a year, the scope of
     * the notice's section 二.
     *
     * @param year the year
     * @return {@code aboveScaleIn(year) && manufacturing()}
     */
    public boolean aboveScaleManufacturingIn(int year) {
        return manufacturing && aboveScaleIn(year);
    }

    /**
     * Whether the enterprise is industrial (工业: mining, manufacturing, or electricity, heat, gas and water
     * supply; GB/T 4754 sections B, C, D): the {@link #industrial()} flag when given; otherwise true when it is
     * manufacturing or its industry code lies in section B, C or D.
     *
     * @return the industrial status
     */
    public boolean countsAsIndustrial() {
        if (industrial != null) {
            return industrial;
        }
        if (manufacturing) {
            return true;
        }
        return industryCode != null && IndustryClassification.builtIn().isIndustrial(industryCode);
    }

    /**
     * The industry's name to show: {@link #industryName()} when given, otherwise the name of
     * {@link #industryCode()} in the built-in GB/T 4754-2017.
     *
     * @return the name, or empty when neither is known
     */
    public Optional<String> industryDisplayName() {
        if (industryName != null) {
            return Optional.of(industryName);
        }
        if (industryCode == null) {
            return Optional.empty();
        }
        IndustryClassification gbt4754 = IndustryClassification.builtIn();
        return gbt4754.find(industryCode).map(IndustryClass::name).or(() -> gbt4754.edition2011Only(industryCode));
    }

    /**
     * The figures of one year.
     *
     * @param year the reporting year
     * @return the figures, or empty when that year is not reported
     */
    public Optional<AnnualRdFigures> year(int year) {
        for (AnnualRdFigures f : years) {
            if (f.year() == year) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The most recent year reported.
     *
     * @return the figures, or empty when no year is reported
     */
    public Optional<AnnualRdFigures> latestYear() {
        return years.isEmpty() ? Optional.empty() : Optional.of(years.get(years.size() - 1));
    }

    /**
     * The certificate valid on a day, if any.
     *
     * @param day the day
     * @return the certificate valid that day
     */
    public Optional<HighTechCertificate> highTechCertificateOn(LocalDate day) {
        return highTechCertificates.stream().filter(c -> c.isValidOn(day)).findFirst();
    }

    /**
     * Whether the enterprise held a valid high-tech certificate on some day of a year (有效期内的高新技术企业).
     *
     * @param year the year
     * @return true when a certificate's validity overlaps the year
     */
    public boolean isHighTechDuring(int year) {
        return highTechCertificates.stream().anyMatch(c -> c.isValidDuring(year));
    }

    /**
     * Whether the enterprise belongs to a chain.
     *
     * @param chainId the chain's id
     * @return true when listed on it
     */
    public boolean isOnChain(String chainId) {
        return chainIds.contains(chainId);
    }

    /**
     * Builds an {@link Enterprise}.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final CreditCode creditCode;
        private final String name;
        private final DivisionCode county;
        private @Nullable String industryCode;
        private @Nullable String industryName;
        private @Nullable Boolean industrial;
        private @Nullable String registeredAddress;
        private List<String> chainIds = List.of();
        private boolean aboveScale;
        private boolean manufacturing;
        private boolean scienceTechSme;
        private @Nullable LocalDate registeredOn;
        private List<HighTechCertificate> highTechCertificates = new ArrayList<>();
        private @Nullable ServiceContact serviceContact;
        private List<AnnualRdFigures> years = new ArrayList<>();

        private Builder(CreditCode creditCode, String name, DivisionCode county) {
            this.creditCode = creditCode;
            this.name = name;
            this.county = county;
        }

        /**
         * Sets the GB/T 4754 industry class.
         *
         * @param v the class, e.g. {@code C1951}, or {@code null} when not reported
         * @return this builder
         */
        public Builder industryCode(@Nullable String v) {
            industryCode = v;
            return this;
        }

        /**
         * Sets the industry's name as the county writes it.
         *
         * @param v the name, e.g. {@code 皮鞋制造}, or {@code null} when not reported
         * @return this builder
         */
        public Builder industryName(@Nullable String v) {
            industryName = v;
            return this;
        }

        /**
         * Sets whether the enterprise is industrial (工业), or {@code null} to derive it from the other fields.
         *
         * @param v 工业
         * @return this builder
         */
        public Builder industrial(@Nullable Boolean v) {
            industrial = v;
            return this;
        }

        /**
         * Sets the registered address.
         *
         * @param v 注册地址, or {@code null} when not reported
         * @return this builder
         */
        public Builder registeredAddress(@Nullable String v) {
            registeredAddress = v;
            return this;
        }

        /**
         * Sets the chains the enterprise belongs to.
         *
         * @param v chain ids
         * @return this builder
         */
        public Builder chainIds(List<String> v) {
            chainIds = v;
            return this;
        }

        /**
         * Sets whether the enterprise is above scale (default {@code false}, as when JSON leaves it out).
         *
         * @param v 规上
         * @return this builder
         */
        public Builder aboveScale(boolean v) {
            aboveScale = v;
            return this;
        }

        /**
         * Sets whether the enterprise is in manufacturing (default {@code false}, as when JSON leaves it out).
         *
         * @param v 制造业
         * @return this builder
         */
        public Builder manufacturing(boolean v) {
            manufacturing = v;
            return this;
        }

        /**
         * Sets whether the enterprise is a registered S&amp;T SME.
         *
         * @param v 科技型中小企业
         * @return this builder
         */
        public Builder scienceTechSme(boolean v) {
            scienceTechSme = v;
            return this;
        }

        /**
         * Sets the registration date.
         *
         * @param v the date, or {@code null} when not reported
         * @return this builder
         */
        public Builder registeredOn(@Nullable LocalDate v) {
            registeredOn = v;
            return this;
        }

        /**
         * Adds a high-tech certificate.
         *
         * @param v the certificate
         * @return this builder
         */
        public Builder highTechCertificate(HighTechCertificate v) {
            highTechCertificates = new ArrayList<>(highTechCertificates);
            highTechCertificates.add(v);
            return this;
        }

        /**
         * Sets the assigned one-on-one contact.
         *
         * @param v the contact, or {@code null} when not reported
         * @return this builder
         */
        public Builder serviceContact(@Nullable ServiceContact v) {
            serviceContact = v;
            return this;
        }

        /**
         * Replaces every year's figures, for a copy made with {@link Enterprise#toBuilder()} whose years change.
         *
         * @param v the figures, in order
         * @return this builder
         */
        public Builder years(List<AnnualRdFigures> v) {
            years = new ArrayList<>(v);
            return this;
        }

        /**
         * Adds a year's figures.
         *
         * @param v the figures
         * @return this builder
         */
        public Builder year(@Nullable AnnualRdFigures v) {
            years = new ArrayList<>(years);
            years.add(v);
            return this;
        }

        /**
         * Builds the enterprise.
         *
         * @return the enterprise
         * @throws org.countychain.InvalidInputException when a value breaks an invariant
         */
        public Enterprise build() {
            return new Enterprise(creditCode, name, county, industryCode, industryName, chainIds, aboveScale,
                    industrial, manufacturing, scienceTechSme, registeredOn, registeredAddress, highTechCertificates,
                    serviceContact, years);
        }
    }
}
