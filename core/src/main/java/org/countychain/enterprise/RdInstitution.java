package org.countychain.enterprise;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's own R&amp;D institution (企业研发机构: 企业技术中心, 工程技术研究中心, 重点实验室, …).
 *
 * @param name  the institution's name
 * @param kind  what it is, in Chinese (企业技术中心, 工程技术研究中心, 重点实验室, 研发中心, …); may be {@code null}
 * @param level its recognition level
 * @since 0.1.0
 */
public record RdInstitution(String name, @Nullable String kind, InstitutionLevel level) {
    /**
     * Checks the invariants.
     */
    public RdInstitution {
        name = Checks.requiredText(name, "name");
        kind = Checks.optionalText(kind);
        Checks.required(level, "level");
    }
}
