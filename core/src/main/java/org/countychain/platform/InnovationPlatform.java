package org.countychain.platform;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import org.countychain.Term;
import org.countychain.division.DivisionCode;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.InstitutionLevel;
import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An innovation platform registered for a county (创新平台, R10).
 *
 * @param id       a stable id
 * @param name     the platform's name
 * @param type     its type
 * @param level    its recognition level
 * @param county   the county it serves
 * @param chainIds the chains it serves
 * @param operator the credit code of the organisation running it, or {@code null}
 * @param enclave  where it sits when it is an enclave platform (飞地), or {@code null} when local
 * @param targetIds the ids of the bottlenecks (断点/堵点/难点) or key technologies of its chains' maps it serves;
 *                  one aimed at a technology is aimed at the technology's bottlenecks too
 * @param hosts    the organisations it is built on (依托单位/共建单位), each with its credit code, in the order the county
 *                 lists them (the first is the lead host); unique by name
 * @param linkIds  the links of its chains' maps it serves (服务的产业链环节), unique; empty when it serves its chains
 *                 as a whole
 * @param establishedOn the day it was set up (成立日期), or {@code null}
 * @param recognisedOn  the day it was recognised at its {@code level} (认定日期), or {@code null}; not before it
 *                      was set up
 * @param services the services it offers (中试熟化, 检验检测, 概念验证 …), as the county words them
 * @since 0.1.0
 */
// isEnclave() would be an is-getter of the property "enclave" itself; ignoring it with @JsonIgnore drops the whole
// property, so is-getters are simply not auto-detected here.
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record InnovationPlatform(String id, String name, PlatformType type, InstitutionLevel level, DivisionCode county,
                                 List<String> chainIds, @Nullable CreditCode operator,
                                 @Nullable EnclaveLocation enclave, List<String> targetIds,
                                 List<HostOrganisation> hosts, List<String> linkIds, @Nullable LocalDate establishedOn,
                                 @Nullable LocalDate recognisedOn, List<String> services) {
    /**
     * Checks the invariants.
     */
    public InnovationPlatform {
        id = Checks.requiredText(id, "id");
        name = Checks.requiredText(name, "name");
        Checks.required(type, "type");
        Checks.required(level, "level");
        Checks.required(county, "county");
        chainIds = Checks.list(chainIds, "chainIds");
        targetIds = Checks.uniqueList(targetIds, "targetIds", t -> t, Term.TARGET_ID);
        hosts = Checks.uniqueList(hosts, "hosts", HostOrganisation::name, Term.HOST_NAME);
        linkIds = Checks.uniqueList(linkIds, "linkIds", l -> l, Term.LINK_ID);
        services = Checks.uniqueList(services, "services", x -> x, Term.SERVICE);
    }

    /**
     * A platform with targets, without the hosts, links, dates and services format version 2 added.
     *
     * @param id        a stable id
     * @param name      the platform's name
     * @param type      its type
     * @param level     its recognition level
     * @param county    the county it serves
     * @param chainIds  the chains it serves
     * @param operator  the operator's credit code, or {@code null}
     * @param enclave   its enclave location, or {@code null}
     * @param targetIds the bottlenecks or technologies it serves
     */
    public InnovationPlatform(String id, String name, PlatformType type, InstitutionLevel level, DivisionCode county,
                              List<String> chainIds, CreditCode operator, EnclaveLocation enclave,
                              List<String> targetIds) {
        this(id, name, type, level, county, chainIds, operator, enclave, targetIds, List.of(), List.of(), null, null,
                List.of());
    }

    /**
     * A platform without targets (format version 1's form).
     *
     * @param id       a stable id
     * @param name     the platform's name
     * @param type     its type
     * @param level    its recognition level
     * @param county   the county it serves
     * @param chainIds the chains it serves
     * @param operator the operator's credit code, or {@code null}
     * @param enclave  its enclave location, or {@code null}
     */
    public InnovationPlatform(String id, String name, PlatformType type, InstitutionLevel level, DivisionCode county,
                              List<String> chainIds, @Nullable CreditCode operator, @Nullable EnclaveLocation enclave) {
        this(id, name, type, level, county, chainIds, operator, enclave, List.of(), List.of(), List.of(), null, null,
                List.of());
    }

    /**
     * Whether the platform is an enclave (飞地/异地) platform.
     *
     * @return true when it sits away from its county
     */
    public boolean isEnclave() {
        return enclave != null;
    }
}
