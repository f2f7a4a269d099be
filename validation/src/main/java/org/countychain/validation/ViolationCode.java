package org.countychain.validation;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The stable codes of the violations the validation module reports (校验问题代码). A code is never reused for
 * another meaning; integrators may match on {@link #code()} and translate messages themselves.
 *
 * <p>Ranges: {@code CV-01xx} identifiers (credit codes, division codes, phones, reporting units),
 * {@code CV-02xx} amounts and ratios, {@code CV-03xx} an enterprise's yearly figures, {@code CV-04xx} the R&amp;D
 * statistics report (107-2), {@code CV-05xx} enterprises and certificates, {@code CV-06xx} talent teams,
 * {@code CV-07xx} references inside a data set, {@code CV-08xx} reports and city submissions, {@code CV-09xx} real
 * data: industry codes, names against codes, locations and registering offices. {@code CV-0000} is
 * any constraint that is not CountyChain's (an integrator's own {@code @NotNull}, …).
 *
 * @since 0.1.0
 */
public enum ViolationCode {
    /** A constraint that is not CountyChain's. */
    OTHER("CV-0000", null),

    /** {@code @ValidCreditCode} with an overridden message. */
    CREDIT_CODE("CV-0101", "ValidCreditCode.message"),
    /** A credit code is not 18 characters long. */
    CREDIT_CODE_LENGTH("CV-0102", "ValidCreditCode.length"),
    /** A credit code holds a character outside the GB 32100 set. */
    CREDIT_CODE_CHARACTER("CV-0103", "ValidCreditCode.character"),
    /** A credit code's check character (character 18) is wrong. */
    CREDIT_CODE_CHECK_CHARACTER("CV-0104", "ValidCreditCode.checkCharacter"),
    /** The GB 11714 check character of a credit code's organisation code (character 17) is wrong. */
    CREDIT_CODE_ORGANISATION_CODE("CV-0105", "ValidCreditCode.organisationCode"),
    /**
     * A Fujian pilot-era credit code (试点期代码): real, its check character follows the pilot's rule, not GB 32100's.
     * A warning in the model's mapping by default (the message says why it is accepted); an error when the
     * validator is built to reject such codes (message key {@code CreditCode.pilotEraRejected}, same code).
     */
    CREDIT_CODE_PILOT_ERA("CV-0106", "ValidCreditCode.pilotEra"),
    /** {@code @ValidDivisionCode} with an overridden message. */
    DIVISION_CODE("CV-0111", "ValidDivisionCode.message"),
    /** A division code is not six digits. */
    DIVISION_CODE_FORMAT("CV-0112", "ValidDivisionCode.format"),
    /** A division code is not in the reference data. */
    DIVISION_CODE_UNKNOWN("CV-0113", "ValidDivisionCode.unknown"),
    /** A division code is retired; the message names its successor. */
    DIVISION_CODE_RETIRED("CV-0114", "ValidDivisionCode.retired"),
    /** A division code is not a county-level unit where one is required. */
    DIVISION_CODE_NOT_COUNTY("CV-0115", "ValidDivisionCode.notCounty"),
    /** A division code is neither a county-level unit nor a city where one of them is required. */
    DIVISION_CODE_NOT_COUNTY_OR_CITY("CV-0116", "ValidDivisionCode.notCountyOrCity"),
    /** A contact phone number is not a mobile number or a landline with area code. */
    CONTACT_PHONE("CV-0121", "ContactPhone.message"),
    /** {@code @ReportingUnitId} with an overridden message. */
    REPORTING_UNIT("CV-0131", "ReportingUnitId.message"),
    /** An id is not a reporting unit of the notice's work. */
    REPORTING_UNIT_UNKNOWN("CV-0132", "ReportingUnitId.unknown"),
    /** A reporting unit is not county-level where a county is required. */
    REPORTING_UNIT_NOT_COUNTY("CV-0133", "ReportingUnitId.notCounty"),
    /** A reporting unit is not city-level where a city-level unit is required. */
    REPORTING_UNIT_NOT_CITY_LEVEL("CV-0134", "ReportingUnitId.notCityLevel"),

    /** {@code @Yuan} with an overridden message. */
    YUAN("CV-0201", "Yuan.message"),
    /** An amount is negative. */
    YUAN_NEGATIVE("CV-0202", "Yuan.negative"),
    /** An amount has more than two decimals. */
    YUAN_DECIMALS("CV-0203", "Yuan.decimals"),
    /** An amount is above the plausible bound. */
    YUAN_TOO_LARGE("CV-0204", "Yuan.tooLarge"),
    /** A percentage is outside 0–100. */
    PERCENTAGE("CV-0211", "Percentage.message"),

    /** {@code @ConsistentRdFigures} with an overridden message. */
    RD_FIGURES("CV-0301", "ConsistentRdFigures.message"),
    /** Self-funded R&amp;D above total R&amp;D. */
    RD_SELF_FUNDED_ABOVE_TOTAL("CV-0302", "ConsistentRdFigures.selfFundedAboveTotal"),
    /** R&amp;D spent in China above total R&amp;D. */
    RD_DOMESTIC_ABOVE_TOTAL("CV-0303", "ConsistentRdFigures.domesticAboveTotal"),
    /** R&amp;D above operating revenue, not marked as explained. */
    RD_ABOVE_REVENUE("CV-0304", "ConsistentRdFigures.rdAboveRevenue"),
    /** High-tech product revenue above operating revenue. */
    RD_HIGH_TECH_REVENUE_ABOVE_REVENUE("CV-0305", "ConsistentRdFigures.highTechRevenueAboveRevenue"),
    /** S&amp;T staff above employees. */
    RD_STAFF_ABOVE_EMPLOYEES("CV-0306", "ConsistentRdFigures.staffAboveEmployees"),
    /** A ledger style without a ledger. */
    RD_LEDGER_STYLE_WITHOUT_LEDGER("CV-0307", "ConsistentRdFigures.styleWithoutLedger"),

    /** {@code @ConsistentRdStatistics} with an overridden message. */
    STATISTICS("CV-0401", "ConsistentRdStatistics.message"),
    /** 107-2 S1: an "of which" of the R&amp;D staff above the total. */
    STATISTICS_STAFF_PART_ABOVE_TOTAL("CV-0402", "ConsistentRdStatistics.staffPartAboveTotal", ViolationSeverity.WARNING),
    /** 107-2 S2: institutions' staff above total staff. */
    STATISTICS_INSTITUTION_STAFF_ABOVE_TOTAL("CV-0403", "ConsistentRdStatistics.institutionStaffAboveTotal", ViolationSeverity.WARNING),
    /** 107-2 S2: doctors and masters above institutions' staff. */
    STATISTICS_GRADUATES_ABOVE_INSTITUTION_STAFF("CV-0404", "ConsistentRdStatistics.graduatesAboveInstitutionStaff", ViolationSeverity.WARNING),
    /** 107-2 S2: doctors and masters above staff with a bachelor's degree or above. */
    STATISTICS_GRADUATES_ABOVE_BACHELORS("CV-0405", "ConsistentRdStatistics.graduatesAboveBachelors", ViolationSeverity.WARNING),
    /** 107-2 S3: the expense items do not sum to the total. */
    STATISTICS_EXPENSES_SUM("CV-0406", "ConsistentRdStatistics.expensesSum", ViolationSeverity.WARNING),
    /** 107-2 S3: institutions' expenditure above the total. */
    STATISTICS_INSTITUTION_EXPENDITURE_ABOVE_TOTAL("CV-0407",
            "ConsistentRdStatistics.institutionExpenditureAboveTotal", ViolationSeverity.WARNING),
    /** 107-2 S4: staff but no staff cost. */
    STATISTICS_STAFF_WITHOUT_COST("CV-0408", "ConsistentRdStatistics.staffWithoutCost", ViolationSeverity.WARNING),
    /** 107-2 S4: staff cost but no staff. */
    STATISTICS_COST_WITHOUT_STAFF("CV-0409", "ConsistentRdStatistics.costWithoutStaff", ViolationSeverity.WARNING),
    /** 107-2 S5: commissioned R&amp;D is not the sum of its four destinations. */
    STATISTICS_COMMISSIONED_SUM("CV-0410", "ConsistentRdStatistics.commissionedSum", ViolationSeverity.WARNING),
    /** 107-2 S6: equipment above the fixed assets formed. */
    STATISTICS_EQUIPMENT_ABOVE_FIXED_ASSETS("CV-0411", "ConsistentRdStatistics.equipmentAboveFixedAssets", ViolationSeverity.WARNING),
    /** 107-2 S7: institutions' equipment but no institution. */
    STATISTICS_EQUIPMENT_WITHOUT_INSTITUTION("CV-0412", "ConsistentRdStatistics.equipmentWithoutInstitution", ViolationSeverity.WARNING),
    /** 107-2 S8: invention applications above applications. */
    STATISTICS_INVENTION_APPLICATIONS("CV-0413", "ConsistentRdStatistics.inventionApplicationsAboveApplications", ViolationSeverity.WARNING),
    /** 107-2 S8: implemented patents above valid patents. */
    STATISTICS_IMPLEMENTED_ABOVE_VALID("CV-0414", "ConsistentRdStatistics.implementedAboveValid", ViolationSeverity.WARNING),
    /** 107-2 S8: new-product exports above new-product revenue. */
    STATISTICS_EXPORTS_ABOVE_REVENUE("CV-0415", "ConsistentRdStatistics.exportsAboveNewProductRevenue", ViolationSeverity.WARNING),
    /** 107-2 S9: the funding sources do not sum to the total. */
    STATISTICS_FUNDING_SUM("CV-0416", "ConsistentRdStatistics.fundingSum", ViolationSeverity.WARNING),
    /** 107-2 S10: the 107-1 projects' person-months above twelve months of every R&amp;D staff member. */
    STATISTICS_PERSON_MONTHS_ABOVE_STAFF("CV-0417", "ConsistentRdStatistics.personMonthsAboveStaff",
            ViolationSeverity.WARNING),

    /** {@code @ValidHighTechCertificate} with an overridden message. */
    CERTIFICATE("CV-0501", "ValidHighTechCertificate.message"),
    /** A certificate issued after its last valid day. */
    CERTIFICATE_DATES_REVERSED("CV-0502", "ValidHighTechCertificate.datesReversed"),
    /** A certificate valid for more than three years. */
    CERTIFICATE_LONGER_THAN_THREE_YEARS("CV-0503", "ValidHighTechCertificate.longerThanThreeYears"),
    /** {@code @ConsistentEnterprise} with an overridden message. */
    ENTERPRISE("CV-0511", "ConsistentEnterprise.message"),
    /** The high-tech tax reduction claimed in a year without a valid certificate. */
    ENTERPRISE_HIGH_TECH_CLAIM("CV-0512", "ConsistentEnterprise.highTechClaimWithoutCertificate"),

    /**
     * The manufacturing flag disagrees with the industry code: marked manufacturing with a code outside divisions
     * 13–43 (message key {@code ConsistentEnterprise.notManufacturing}), or not marked with a code inside them.
     */
    ENTERPRISE_MANUFACTURING_FLAG("CV-0906", "ConsistentEnterprise.manufacturing"),

    /**
     * The industrial flag disagrees with the industry code: marked industrial with a code outside sections B, C, D
     * (message key {@code ConsistentEnterprise.notIndustrial}), or marked not industrial with a code inside them.
     *
     * @since 0.2.0
     */
    ENTERPRISE_INDUSTRIAL_FLAG("CV-1001", "ConsistentEnterprise.industrialFlag"),
    /**
     * Marked manufacturing and not industrial.
     *
     * @since 0.2.0
     */
    ENTERPRISE_MANUFACTURING_NOT_INDUSTRIAL("CV-1002", "ConsistentEnterprise.manufacturingNotIndustrial"),
    /**
     * An industry name that is not the name GB/T 4754-2017 gives the code (a warning).
     *
     * @since 0.2.0
     */
    LOCATIONS_INDUSTRY_NAME("CV-1003", "PlausibleLocations.industryName"),
    /**
     * An achievement's origin (省内/省外/境外) that does not fit the region of its owner (a warning).
     *
     * @since 0.2.0
     */
    LOCATIONS_ACHIEVEMENT_ORIGIN("CV-1011", "PlausibleLocations.achievementOrigin"),
    /**
     * A service contact's talent team that is not in the data set.
     *
     * @since 0.2.0
     */
    REFERENCE_UNKNOWN_TEAM("CV-1004", "ResolvedReferences.unknownTeam"),
    /**
     * A target id (of a demand, achievement, challenge task or platform) that names no bottleneck or key technology
     * on the maps of the chains it concerns.
     *
     * @since 0.2.0
     */
    REFERENCE_UNKNOWN_TARGET("CV-1010", "ResolvedReferences.unknownTarget"),
    /**
     * {@code @ValidPlatform} with an overridden message.
     *
     * @since 0.2.0
     */
    PLATFORM("CV-1012", "ValidPlatform.message"),
    /**
     * A platform recognised before it was set up.
     *
     * @since 0.2.0
     */
    PLATFORM_RECOGNISED_BEFORE_ESTABLISHED("CV-1013", "ValidPlatform.recognisedBeforeEstablished"),
    /**
     * Two host organisations of a platform with the same credit code.
     *
     * @since 0.2.0
     */
    PLATFORM_DUPLICATE_HOST_CODE("CV-1014", "ValidPlatform.duplicateHostCode"),
    /**
     * A talent team's chain of another county that is of the team's own county (it belongs in {@code chainIds}).
     *
     * @since 0.2.0
     */
    REFERENCE_OTHER_CHAIN_OF_OWN_COUNTY("CV-1015", "ResolvedReferences.otherChainOfOwnCounty"),
    /**
     * A talent team's chain of another county outside the team's city (a warning).
     *
     * @since 0.2.0
     */
    LOCATIONS_OTHER_CHAIN_OUTSIDE_CITY("CV-1016", "PlausibleLocations.otherChainOutsideCity"),
    /**
     * A challenge task due before it starts ({@code tasks[i].dueOn} before {@code startOn}; due the day it starts is
     * allowed).
     *
     * @since 0.2.0
     */
    TEAM_TASK_DUE_BEFORE_START("CV-1050", "ValidTalentTeam.taskDueBeforeStart"),
    /**
     * Two challenge tasks of one team with the same id.
     *
     * @since 0.2.0
     */
    TEAM_DUPLICATE_TASK_ID("CV-1051", "ValidTalentTeam.duplicateTaskId"),
    /**
     * A team result whose {@code taskId} names none of the team's challenge tasks.
     *
     * @since 0.2.0
     */
    TEAM_RESULT_UNKNOWN_TASK("CV-1052", "ValidTalentTeam.resultUnknownTask"),
    /**
     * A team's period of service that ends before it starts.
     *
     * @since 0.2.0
     */
    TEAM_SERVICE_PERIOD_REVERSED("CV-1053", "ValidTalentTeam.servicePeriodReversed"),
    /**
     * A chain's scale stated for a year after the data set's year (a warning).
     *
     * @since 0.2.0
     */
    CHAIN_SCALE_AFTER_YEAR("CV-1054", "PlausibleLocations.chainScaleAfterYear"),

    /** {@code @ValidTalentTeam} with an overridden message. */
    TEAM("CV-0601", "ValidTalentTeam.message"),
    /** A member listed twice. */
    TEAM_DUPLICATE_MEMBER("CV-0602", "ValidTalentTeam.duplicateMember"),
    /** The leader also listed as a member. */
    TEAM_LEADER_IS_MEMBER("CV-0603", "ValidTalentTeam.leaderIsMember"),
    /** A one-chain team serving several chains. */
    TEAM_ONE_CHAIN("CV-0604", "ValidTalentTeam.oneChainTeam"),
    /** {@code @CompleteTalentTeam} with an overridden message. */
    TEAM_INCOMPLETE("CV-0611", "CompleteTalentTeam.message"),
    /** No leader (submission). */
    TEAM_LEADER_MISSING("CV-0612", "CompleteTalentTeam.leaderMissing"),
    /** No chain served (submission). */
    TEAM_NO_CHAIN("CV-0613", "CompleteTalentTeam.noChain"),

    /** {@code @ResolvedReferences} with an overridden message. */
    REFERENCE("CV-0701", "ResolvedReferences.message"),
    /** A chain id that names no chain of the data set. */
    REFERENCE_UNKNOWN_CHAIN("CV-0702", "ResolvedReferences.unknownChain"),
    /** A link id that names no link of the chain's map. */
    REFERENCE_UNKNOWN_LINK("CV-0703", "ResolvedReferences.unknownLink"),
    /**
     * A chain's county outside the data set's unit: another county in a county's data set, or neither the city
     * nor one of its counties in a city's (consolidated, R3) data set.
     */
    REFERENCE_CHAIN_OUTSIDE_UNIT("CV-0704", "ResolvedReferences.chainOutsideUnit"),

    /** {@code @ValidReport} with an overridden message. */
    REPORT("CV-0801", "ValidReport.message"),
    /** An unknown template edition. */
    REPORT_UNKNOWN_EDITION("CV-0802", "ValidReport.unknownEdition"),
    /** An item id that is not in the edition. */
    REPORT_UNKNOWN_ITEM("CV-0803", "ValidReport.unknownItem"),
    /** {@code @CompleteReport} with an overridden message. */
    REPORT_INCOMPLETE("CV-0811", "CompleteReport.message"),
    /** A required item without content (submission). */
    REPORT_REQUIRED_ITEM_MISSING("CV-0812", "CompleteReport.requiredItemMissing"),
    /** The advantage-unit table (三.3) without a unit (submission). */
    REPORT_UNIT_TABLE_EMPTY("CV-0813", "CompleteReport.unitTableEmpty"),
    /** A report covering no county (submission). */
    REPORT_NO_COUNTY("CV-0814", "CompleteReport.noCounty"),
    /** {@code @ConsistentCitySubmission} with an overridden message. */
    CITY_SUBMISSION("CV-0821", "ConsistentCitySubmission.message"),
    /** A report of another year than the submission. */
    CITY_SUBMISSION_YEAR("CV-0822", "ConsistentCitySubmission.yearMismatch"),
    /** A report written by a unit outside the city. */
    CITY_SUBMISSION_FOREIGN_REPORT("CV-0823", "ConsistentCitySubmission.reportOutsideCity"),
    /** A report covering a county outside the city. */
    CITY_SUBMISSION_FOREIGN_COUNTY("CV-0824", "ConsistentCitySubmission.countyOutsideCity"),
    /** {@code @ConsolidatedReports} with an overridden message. */
    CONSOLIDATED_REPORTS("CV-0831", "ConsolidatedReports.message"),
    /** A county's own, unconsolidated report in a city's data set (a warning in the model's mapping). */
    CONSOLIDATED_REPORTS_COUNTY_REPORT("CV-0832", "ConsolidatedReports.countyReport"),

    /** {@code @IndustryCode} with an overridden message. */
    INDUSTRY_CODE("CV-0901", "IndustryCode.message"),
    /** An industry code of the right form that GB/T 4754-2017 does not have (nor 2011). */
    INDUSTRY_CODE_UNKNOWN("CV-0902", "IndustryCode.unknown"),
    /** An industry code that is not a section letter with two to four digits. */
    INDUSTRY_CODE_FORMAT("CV-0903", "IndustryCode.format"),
    /** An industry code whose section letter is not its division's ({@code C6431}: 64 is in section I). */
    INDUSTRY_CODE_SECTION("CV-0904", "IndustryCode.section"),
    /** A class that only GB/T 4754-2011 had (a warning in the model's mapping). */
    INDUSTRY_CODE_EDITION_2011("CV-0905", "IndustryCode.edition2011"),
    /** {@code @ConsistentNames} with an overridden message. */
    NAMES("CV-0920", "ConsistentNames.message"),
    /** A unit name that is not the name of the unit id. */
    NAMES_UNIT_NAME("CV-0907", "ConsistentNames.unitName"),
    /** A platform of a county data set that serves another county. */
    NAMES_PLATFORM_OUTSIDE_UNIT("CV-0908", "ConsistentNames.platformOutsideUnit"),
    /** A talent team of a county data set that serves another county. */
    NAMES_TEAM_OUTSIDE_UNIT("CV-0909", "ConsistentNames.teamOutsideUnit"),
    /** {@code @PlausibleLocations} with an overridden message. */
    LOCATIONS("CV-0921", "PlausibleLocations.message"),
    /** An enterprise located outside the data set's unit (a warning). */
    LOCATIONS_ENTERPRISE_OUTSIDE_UNIT("CV-0910", "PlausibleLocations.enterpriseOutsideUnit"),
    /** A technology demand from outside the data set's unit (a warning). */
    LOCATIONS_DEMAND_OUTSIDE_UNIT("CV-0911", "PlausibleLocations.demandOutsideUnit"),
    /** An enterprise registered by an office that does not cover where it is (a warning: it may have moved). */
    LOCATIONS_REGISTERED_ELSEWHERE("CV-0912", "PlausibleLocations.registeredElsewhere"),
    /** A credit code whose characters 3–8 are no Fujian division (current or retired) and no province. */
    LOCATIONS_UNKNOWN_OFFICE("CV-0913", "PlausibleLocations.unknownOffice"),
    /** A report whose chain name is neither the name nor an alias of its chain (a warning). */
    LOCATIONS_REPORT_CHAIN_NAME("CV-0914", "PlausibleLocations.reportChainName"),
    /** {@code @BoundedText} with an overridden message. */
    TEXT("CV-0931", "BoundedText.message"),
    /** A text longer than its field allows. */
    TEXT_TOO_LONG("CV-0930", "BoundedText.tooLong");

    private static final String PREFIX = "org.countychain.validation.constraints.";
    private static final Map<String, ViolationCode> BY_KEY = new HashMap<>();
    private static final Map<String, ViolationCode> BY_CONSTRAINT = new HashMap<>();

    static {
        // A second message for the same finding: the pilot-era code reported as an error.
        BY_KEY.put(PREFIX + "ValidCreditCode.pilotEraRejected", CREDIT_CODE_PILOT_ERA);
        BY_KEY.put(PREFIX + "ConsistentEnterprise.notManufacturing", ENTERPRISE_MANUFACTURING_FLAG);
        BY_KEY.put(PREFIX + "ConsistentEnterprise.notIndustrial", ENTERPRISE_INDUSTRIAL_FLAG);
        for (ViolationCode c : values()) {
            if (c.key != null) {
                BY_KEY.put(PREFIX + c.key, c);
                if (c.key.endsWith(".message")) {
                    BY_CONSTRAINT.put(PREFIX + c.key.substring(0, c.key.length() - ".message".length()), c);
                }
            }
        }
    }

    private final String code;
    private final @Nullable String key;
    private final ViolationSeverity severity;

    ViolationCode(String code, @Nullable String key) {
        this(code, key, ViolationSeverity.ERROR);
    }

    ViolationCode(String code, @Nullable String key, ViolationSeverity severity) {
        this.code = code;
        this.key = key;
        this.severity = severity;
    }

    /**
     * How serious a violation with this code is when its constraint does not say otherwise: {@code WARNING} for the
     * consistency checks of the 107-2 form (统计报表的审核关系是提示，不是错误: a statistics office queries them, the
     * enterprise may confirm the figures), {@code ERROR} for everything else. A constraint declared with the
     * {@link org.countychain.validation.constraints.Warning} payload makes any of its codes a warning.
     *
     * @return the severity
     * @since 0.1.0
     */
    public ViolationSeverity defaultSeverity() {
        return severity;
    }

    /**
     * The stable code, for example {@code CV-0104}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The fully qualified message key, for example
     * {@code org.countychain.validation.constraints.ValidCreditCode.checkCharacter}; a message that names values is
     * split into pieces under this key ({@code .0}, {@code .1}, …).
     *
     * @return the key, or {@code null} for {@link #OTHER}
     */
    public @Nullable String messageKey() {
        return key == null ? null : PREFIX + key;
    }

    /**
     * The code of a violation from its message template and its constraint's annotation type.
     *
     * @param template       the message template
     * @param constraintType the annotation type's fully qualified name
     * @return the code; the constraint's generic code when the template is not one of the library's keys;
     *         {@link #OTHER} for constraints that are not the library's
     */
    static ViolationCode of(String template, String constraintType) {
        if (template != null && template.startsWith("{" + PREFIX)) {
            int end = template.indexOf('}');
            if (end > 0) {
                String key = template.substring(1, end);
                ViolationCode byKey = BY_KEY.get(key);
                if (byKey == null && key.endsWith(".0")) {
                    byKey = BY_KEY.get(key.substring(0, key.length() - 2));
                }
                if (byKey != null) {
                    return byKey;
                }
            }
        }
        ViolationCode byConstraint = BY_CONSTRAINT.get(constraintType);
        return byConstraint == null ? OTHER : byConstraint;
    }
}
