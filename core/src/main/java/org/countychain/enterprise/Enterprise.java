package org.countychain.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.internal.Checks;

/**
 * An enterprise on a county's key industrial chain (企业), typically an above-scale manufacturing enterprise
 * (规上制造业企业), with its R&amp;D figures per reporting year.
 *
 * @param creditCode           统一社会信用代码 (identity)
 * @param name                 the registered name
 * @param county               the county-level unit it is located in
 * @param industryCode         GB/T 4754 industry class (国民经济行业分类, e.g. {@code C1951}), or {@code null}
 * @param chainIds             the ids of the county's industrial chains it belongs to
 * @param aboveScale           规上: annual main-business revenue of at least 20 million yuan (statistics scope)
 * @param manufacturing        制造业 (GB/T 4754 section C)
 * @param scienceTechSme       科技型中小企业 / 科技型企业 as registered with the S&amp;T department (R11)
 * @param registeredOn         the date it was registered, or {@code null}
 * @param highTechCertificates its high-tech enterprise certificates, oldest first
 * @param serviceContact       the bureau's assigned one-on-one contact (R5), or {@code null}
 * @param years                its R&amp;D figures, one per year, sorted by year
 * @since 0.1.0
 */
public record Enterprise(CreditCode creditCode, String name, DivisionCode county, String industryCode,
                         List<String> chainIds, boolean aboveScale, boolean manufacturing, boolean scienceTechSme,
                         LocalDate registeredOn, List<HighTechCertificate> highTechCertificates,
                         ServiceContact serviceContact, List<AnnualRdFigures> years) {
    /**
     * Checks the invariants: identity present, chain ids and years unique, years sorted.
     */
    public Enterprise {
        Checks.required(creditCode, "creditCode");
        name = Checks.requiredText(name, "name");
        Checks.required(county, "county");
        industryCode = Checks.optionalText(industryCode);
        chainIds = Checks.uniqueList(chainIds, "chainIds", id -> id, Term.CHAIN_ID);
        highTechCertificates = Checks.list(highTechCertificates, "highTechCertificates");
        // Duplicates are found before sorting, so the index in a message is the one the caller gave.
        List<AnnualRdFigures> sorted = new ArrayList<>(Checks.uniqueList(years, "years", AnnualRdFigures::year,
                Term.YEAR));
        sorted.sort(Comparator.comparingInt(AnnualRdFigures::year));
        years = List.copyOf(sorted);
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
        private String industryCode;
        private List<String> chainIds = List.of();
        private boolean aboveScale;
        private boolean manufacturing;
        private boolean scienceTechSme;
        private LocalDate registeredOn;
        private List<HighTechCertificate> highTechCertificates = new ArrayList<>();
        private ServiceContact serviceContact;
        private List<AnnualRdFigures> years = new ArrayList<>();

        private Builder(CreditCode creditCode, String name, DivisionCode county) {
            this.creditCode = creditCode;
            this.name = name;
            this.county = county;
        }

        /**
         * Sets the GB/T 4754 industry class.
         *
         * @param v the class, e.g. {@code C1951}
         * @return this builder
         */
        public Builder industryCode(String v) {
            industryCode = v;
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
         * @param v the date
         * @return this builder
         */
        public Builder registeredOn(LocalDate v) {
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
         * @param v the contact
         * @return this builder
         */
        public Builder serviceContact(ServiceContact v) {
            serviceContact = v;
            return this;
        }

        /**
         * Adds a year's figures.
         *
         * @param v the figures
         * @return this builder
         */
        public Builder year(AnnualRdFigures v) {
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
            return new Enterprise(creditCode, name, county, industryCode, chainIds, aboveScale, manufacturing,
                    scienceTechSme, registeredOn, highTechCertificates, serviceContact, years);
        }
    }
}
