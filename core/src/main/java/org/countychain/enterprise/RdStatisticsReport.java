package org.countychain.enterprise;

import java.math.BigDecimal;

import org.countychain.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What an enterprise filed in the R&amp;D statistics forms for a year (研发活动统计报表 107-1/107-2): the two figures
 * R8 compares — R&amp;D expenditure and project count — and, where known, the 107-2 detail that the consistency
 * checks of the validation module use. Money in yuan (the forms use 千元; importers convert). Any figure may be
 * {@code null}: not reported.
 *
 * @param rdExpenditure 研究开发费用合计 (107-2 二)
 * @param projectCount  研发项目数 (rows of 107-1)
 * @param projectPersonMonths 研发项目人员实际工作时间 of all 107-1 projects summed, person-months (人月); the
 *                      validation module's check S10 compares it with the R&amp;D staff, or {@code null}
 * @param staff         107-2 一, or {@code null}
 * @param expenses      107-2 二's items, or {@code null}
 * @param funding       107-2 四, or {@code null}
 * @param institutions  107-2 六, or {@code null}
 * @param outputs       107-2 七, or {@code null}
 * @param assets        107-2 三, or {@code null}
 * @since 0.1.0
 */
public record RdStatisticsReport(@Nullable BigDecimal rdExpenditure, @Nullable Integer projectCount,
                                 @Nullable BigDecimal projectPersonMonths, @Nullable Staff staff,
                                 @Nullable Expenses expenses, @Nullable Funding funding,
                                 @Nullable Institutions institutions, @Nullable Outputs outputs,
                                 @Nullable Assets assets) {
    /**
     * Checks the invariants.
     */
    public RdStatisticsReport {
        Checks.nonNegative(rdExpenditure, "rdExpenditure");
        Checks.nonNegative(projectCount, "projectCount");
        Checks.nonNegative(projectPersonMonths, "projectPersonMonths");
    }

    /**
     * A report without the 107-1 person-months (the form as 0.1.0 held it).
     *
     * @param rdExpenditure 研究开发费用合计 (107-2 二)
     * @param projectCount  研发项目数 (rows of 107-1)
     * @param staff         107-2 一, or {@code null}
     * @param expenses      107-2 二's items, or {@code null}
     * @param funding       107-2 四, or {@code null}
     * @param institutions  107-2 六, or {@code null}
     * @param outputs       107-2 七, or {@code null}
     * @param assets        107-2 三, or {@code null}
     */
    public RdStatisticsReport(BigDecimal rdExpenditure, Integer projectCount, Staff staff, Expenses expenses,
                              Funding funding, Institutions institutions, Outputs outputs, Assets assets) {
        this(rdExpenditure, projectCount, null, staff, expenses, funding, institutions, outputs, assets);
    }

    /**
     * This report with the 107-1 person-months replaced.
     *
     * @param personMonths the person-months of all 107-1 projects, or {@code null}
     * @return the report
     * @since 0.1.0
     */
    public RdStatisticsReport withProjectPersonMonths(BigDecimal personMonths) {
        return new RdStatisticsReport(rdExpenditure, projectCount, personMonths, staff, expenses, funding,
                institutions, outputs, assets);
    }

    /**
     * A report with only the two figures R8 compares.
     *
     * @param rdExpenditure 研究开发费用合计, yuan, or {@code null} for not reported
     * @param projectCount  研发项目数, or {@code null} for not reported
     * @return the report
     */
    public static RdStatisticsReport of(@Nullable BigDecimal rdExpenditure, @Nullable Integer projectCount) {
        return new RdStatisticsReport(rdExpenditure, projectCount, null, null, null, null, null, null, null);
    }

    /**
     * 107-2 一 研究开发人员 (persons).
     *
     * @param total            研究开发人员合计
     * @param managementAndService 其中：管理和服务人员
     * @param female           其中：女性
     * @param fullTime         其中：全职人员
     * @param bachelorOrAbove  其中：本科毕业及以上人员
     * @param external         其中：外聘人员
     */
    public record Staff(@Nullable Integer total, @Nullable Integer managementAndService, @Nullable Integer female,
                        @Nullable Integer fullTime, @Nullable Integer bachelorOrAbove, @Nullable Integer external) {
        /**
         * Checks the invariants.
         */
        public Staff {
            Checks.nonNegative(total, "total");
            Checks.nonNegative(managementAndService, "managementAndService");
            Checks.nonNegative(female, "female");
            Checks.nonNegative(fullTime, "fullTime");
            Checks.nonNegative(bachelorOrAbove, "bachelorOrAbove");
            Checks.nonNegative(external, "external");
        }
    }

    /**
     * 107-2 二 研究开发费用, by item (yuan). The total is {@link RdStatisticsReport#rdExpenditure()}.
     *
     * @param staffCost                 1 人员人工费用
     * @param directInputs              2 直接投入费用
     * @param depreciation              3 折旧费用与长期待摊费用
     * @param amortisation              4 无形资产摊销费用
     * @param design                    5 设计费用
     * @param equipmentAndTrials        6 装备调试费用与试验费用
     * @param commissioned              7 委托外部研究开发费用
     * @param other                     8 其他费用
     * @param commissionedToInstitutes  7① 委托境内研究机构
     * @param commissionedToUniversities 7② 委托境内高等学校
     * @param commissionedToEnterprises 7③ 委托境内企业
     * @param commissionedAbroad        7④ 委托境外机构
     */
    public record Expenses(@Nullable BigDecimal staffCost, @Nullable BigDecimal directInputs,
                           @Nullable BigDecimal depreciation, @Nullable BigDecimal amortisation,
                           @Nullable BigDecimal design, @Nullable BigDecimal equipmentAndTrials,
                           @Nullable BigDecimal commissioned, @Nullable BigDecimal other,
                           @Nullable BigDecimal commissionedToInstitutes,
                           @Nullable BigDecimal commissionedToUniversities,
                           @Nullable BigDecimal commissionedToEnterprises, @Nullable BigDecimal commissionedAbroad) {
        /**
         * Checks the invariants.
         */
        public Expenses {
            Checks.nonNegative(staffCost, "staffCost");
            Checks.nonNegative(directInputs, "directInputs");
            Checks.nonNegative(depreciation, "depreciation");
            Checks.nonNegative(amortisation, "amortisation");
            Checks.nonNegative(design, "design");
            Checks.nonNegative(equipmentAndTrials, "equipmentAndTrials");
            Checks.nonNegative(commissioned, "commissioned");
            Checks.nonNegative(other, "other");
            Checks.nonNegative(commissionedToInstitutes, "commissionedToInstitutes");
            Checks.nonNegative(commissionedToUniversities, "commissionedToUniversities");
            Checks.nonNegative(commissionedToEnterprises, "commissionedToEnterprises");
            Checks.nonNegative(commissionedAbroad, "commissionedAbroad");
        }
    }

    /**
     * 107-2 四 研究开发支出资金来源 (yuan).
     *
     * @param selfFunded  企业自筹
     * @param government  政府部门
     * @param bankLoans   银行贷款
     * @param ventureCapital 风险投资
     * @param other       其他渠道
     */
    public record Funding(@Nullable BigDecimal selfFunded, @Nullable BigDecimal government,
                          @Nullable BigDecimal bankLoans, @Nullable BigDecimal ventureCapital,
                          @Nullable BigDecimal other) {
        /**
         * Checks the invariants.
         */
        public Funding {
            Checks.nonNegative(selfFunded, "selfFunded");
            Checks.nonNegative(government, "government");
            Checks.nonNegative(bankLoans, "bankLoans");
            Checks.nonNegative(ventureCapital, "ventureCapital");
            Checks.nonNegative(other, "other");
        }
    }

    /**
     * 107-2 六 企业办研究开发机构（境内）.
     *
     * @param count            期末机构数
     * @param staff            机构研究开发人员
     * @param doctors          其中：博士毕业
     * @param masters          其中：硕士毕业
     * @param expenditure      机构研究开发费用 (yuan)
     * @param equipmentValue   期末仪器和设备原价 (yuan)
     */
    public record Institutions(@Nullable Integer count, @Nullable Integer staff, @Nullable Integer doctors,
                               @Nullable Integer masters, @Nullable BigDecimal expenditure,
                               @Nullable BigDecimal equipmentValue) {
        /**
         * Checks the invariants.
         */
        public Institutions {
            Checks.nonNegative(count, "count");
            Checks.nonNegative(staff, "staff");
            Checks.nonNegative(doctors, "doctors");
            Checks.nonNegative(masters, "masters");
            Checks.nonNegative(expenditure, "expenditure");
            Checks.nonNegative(equipmentValue, "equipmentValue");
        }
    }

    /**
     * 107-2 七 研究开发产出.
     *
     * @param patentApplications         当年专利申请数
     * @param inventionApplications      其中：发明专利
     * @param validInventionPatents      期末有效发明专利数
     * @param implementedInventionPatents 其中：已被实施
     * @param newProductRevenue          新产品销售收入 (yuan)
     * @param newProductExports          其中：出口 (yuan)
     */
    public record Outputs(@Nullable Integer patentApplications, @Nullable Integer inventionApplications,
                          @Nullable Integer validInventionPatents, @Nullable Integer implementedInventionPatents,
                          @Nullable BigDecimal newProductRevenue, @Nullable BigDecimal newProductExports) {
        /**
         * Checks the invariants.
         */
        public Outputs {
            Checks.nonNegative(patentApplications, "patentApplications");
            Checks.nonNegative(inventionApplications, "inventionApplications");
            Checks.nonNegative(validInventionPatents, "validInventionPatents");
            Checks.nonNegative(implementedInventionPatents, "implementedInventionPatents");
            Checks.nonNegative(newProductRevenue, "newProductRevenue");
            Checks.nonNegative(newProductExports, "newProductExports");
        }
    }

    /**
     * 107-2 三 研究开发资产 (yuan).
     *
     * @param fixedAssetsFormed 当年形成用于研究开发的固定资产
     * @param equipment         其中：仪器和设备
     */
    public record Assets(@Nullable BigDecimal fixedAssetsFormed, @Nullable BigDecimal equipment) {
        /**
         * Checks the invariants.
         */
        public Assets {
            Checks.nonNegative(fixedAssetsFormed, "fixedAssetsFormed");
            Checks.nonNegative(equipment, "equipment");
        }
    }
}
