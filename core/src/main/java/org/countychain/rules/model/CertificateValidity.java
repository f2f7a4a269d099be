package org.countychain.rules.model;

import java.time.LocalDate;

import org.countychain.Labelled;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.jspecify.annotations.Nullable;

/**
 * When a high-tech enterprise certificate counts as valid for a reporting year (证书有效的判定口径). The notice
 * speaks of high-tech enterprises "有效期内"; which day of the year that is judged on is a setting.
 *
 * @since 0.1.0
 */
public enum CertificateValidity implements Labelled {
    /**
     * Valid on at least one day of the year (年内任一日有效). A certificate that expires on 2024-06-30 counts for
     * 2024. The default for R8, R9 and R11: the enterprise was a high-tech enterprise in the year.
     */
    ANY_DAY("年内任一日有效"),
    /**
     * Valid on 31 December of the year (年末有效). The default for the income-tax reduction of R6: under
     * 国家税务总局公告2017年第24号 an enterprise whose certificate expires in the year and is not renewed by the year's
     * end pays the full rate for that year.
     */
    YEAR_END("年末有效"),
    /** Valid on every day of the year (全年有效). */
    WHOLE_YEAR("全年有效");

    private final String label;

    CertificateValidity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * Whether a certificate counts for a year.
     *
     * @param certificate the certificate
     * @param year        the year
     * @return true when it counts
     */
    public boolean test(HighTechCertificate certificate, int year) {
        // Compared field by field rather than through LocalDate.of(...): the rules call this for every
        // certificate of every enterprise.
        LocalDate from = certificate.issuedOn();
        LocalDate until = certificate.effectiveValidUntil();
        return switch (this) {
            case ANY_DAY -> from.getYear() <= year && until.getYear() >= year;
            case YEAR_END -> from.getYear() <= year && (until.getYear() > year || isLastDay(until, year));
            case WHOLE_YEAR -> (from.getYear() < year || isFirstDay(from, year))
                    && (until.getYear() > year || isLastDay(until, year));
        };
    }

    private static boolean isFirstDay(LocalDate d, int year) {
        return d.getYear() == year && d.getDayOfYear() == 1;
    }

    private static boolean isLastDay(LocalDate d, int year) {
        return d.getYear() == year && d.getMonthValue() == 12 && d.getDayOfMonth() == 31;
    }

    /**
     * The first of an enterprise's certificates that counts for a year.
     *
     * @param enterprise the enterprise
     * @param year       the year
     * @return the certificate, or {@code null} when none counts
     */
    public @Nullable HighTechCertificate certificate(Enterprise enterprise, int year) {
        for (HighTechCertificate c : enterprise.highTechCertificates()) {
            if (test(c, year)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Whether an enterprise is a high-tech enterprise for a year.
     *
     * @param enterprise the enterprise
     * @param year       the year
     * @return true when one of its certificates counts
     */
    public boolean holds(Enterprise enterprise, int year) {
        return certificate(enterprise, year) != null;
    }
}
