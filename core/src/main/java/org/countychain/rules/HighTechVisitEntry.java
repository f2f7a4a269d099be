package org.countychain.rules;

import java.time.LocalDate;
import java.util.Objects;

import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.ServiceContact;
import org.countychain.internal.Checks;
import org.countychain.rules.model.Finding;
import org.countychain.rules.model.Subject;
import org.jspecify.annotations.Nullable;

/**
 * An entry of R11's high-tech visit list (高新技术企业入企普查服务清单): a high-tech enterprise valid in the reporting
 * year, which the notice (四.1) has the bureau visit once, with the certificate that makes it one and the contact who
 * serves it.
 *
 * @param enterprise  the enterprise
 * @param certificate of its certificates that count for the year, the one that ends last
 * @param contact     its service contact, or {@code null} when none is assigned; the contact's
 *                    {@link ServiceContact#role() role} and {@link ServiceContact#belongsToTalentTeam() team} say
 *                    whether a bureau's staff or an S&amp;T commissioner of a talent team makes the visit
 * @since 0.2.0
 */
public record HighTechVisitEntry(Subject enterprise, HighTechCertificate certificate,
                                 @Nullable ServiceContact contact) {
    /**
     * Checks the invariants.
     */
    public HighTechVisitEntry {
        Checks.required(enterprise, "enterprise");
        Checks.required(certificate, "certificate");
    }

    /**
     * Reads an entry from an {@code R11-VISIT} finding.
     *
     * @param f the finding
     * @return the entry
     */
    public static HighTechVisitEntry from(Finding f) {
        HighTechCertificate certificate = new HighTechCertificate(
                (String) Objects.requireNonNull(f.value(0), "certificateNumber"),
                (LocalDate) Objects.requireNonNull(f.value(1), "issuedOn"), (LocalDate) f.value(2));
        return new HighTechVisitEntry(f.subject(), certificate, (ServiceContact) f.value(3));
    }
}
