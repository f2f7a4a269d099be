package org.countychain.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.validation.constraints.ValidPlatform;

/**
 * {@link ValidPlatform}: recognised no earlier than set up; a host's credit code given once (two hosts with
 * different names and one code are one organisation written twice, or a mistyped code).
 */
public final class ValidPlatformValidator extends ReportingValidator<ValidPlatform, InnovationPlatform> {
    private static final String K = "ValidPlatform.";

    @Override
    protected void findProblems(InnovationPlatform platform, Report report) {
        if (platform.establishedOn() != null && platform.recognisedOn() != null
                && platform.recognisedOn().isBefore(platform.establishedOn())) {
            report.add(Templates.pieces(K + "recognisedBeforeEstablished", platform.recognisedOn(),
                    platform.establishedOn()), "recognisedOn");
        }
        List<HostOrganisation> hosts = platform.hosts();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < hosts.size(); i++) {
            HostOrganisation h = hosts.get(i);
            if (h.creditCode() != null && !codes.add(h.creditCode().value())) {
                report.add(Templates.pieces(K + "duplicateHostCode", h.creditCode().value(), h.name()), "hosts", i,
                        "creditCode");
            }
        }
    }
}
