package org.countychain.enterprise;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Characters 1 and 2 of a credit code decoded (登记管理部门 × 机构类别), for example {@code 9 1} = 工商 · 企业.
 *
 * @param departmentCode   character 1
 * @param departmentName   the registration department, in Chinese
 * @param categoryCode     character 2
 * @param categoryName     the organisation category, in Chinese
 * @param inOriginalTable  whether the pair is in GB 32100-2015's own table ({@code false}: later practice)
 * @since 0.1.0
 */
public record RegistrationCategory(char departmentCode, String departmentName, char categoryCode,
                                   String categoryName, boolean inOriginalTable) {
    /**
     * Whether this is a business registration (工商 · 企业), the case of every enterprise in the notice's work.
     *
     * @return true for {@code 91}
     */
    @JsonIgnore
    public boolean isEnterprise() {
        return departmentCode == '9' && categoryCode == '1';
    }
}
