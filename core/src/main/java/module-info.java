/**
 * CountyChain core (核心模块): the domain model of 闽科高〔2024〕135号, its rules, JSON binding, built-in reference
 * and sample data.
 *
 * <p>Every package is exported except the {@code internal} ones; {@code org.countychain.internal} (argument checks
 * shared by the modules) is exported only to the sibling modules that use it. The model packages are opened to
 * Jackson 2 and 3, which bind the records by reflection, and to Hibernate Validator, which reads their components.
 * Plug-in rules are {@link org.countychain.rules.spi.PolicyRule} services.
 *
 * @uses org.countychain.rules.spi.PolicyRule
 * @provides org.countychain.rules.spi.PolicyRule the built-in rules of the notice
 * @since 0.1.0
 */
// "module": the qualified opens name modules that are optional here (Jackson 3, Hibernate Validator).
@SuppressWarnings("module")
module org.countychain.core {
    requires transitive com.fasterxml.jackson.databind;
    // Nullness annotations: static, as nothing reads them at run time; transitive, so that a module compiled
    // against this one sees which parameters and results may be null (docs/architecture.md, "Nullness").
    requires static transitive org.jspecify;

    exports org.countychain;
    exports org.countychain.chain;
    exports org.countychain.consolidation;
    exports org.countychain.coverage;
    exports org.countychain.dataset;
    exports org.countychain.division;
    exports org.countychain.enterprise;
    exports org.countychain.industry;
    exports org.countychain.intermediary;
    exports org.countychain.investment;
    exports org.countychain.io;
    exports org.countychain.json;
    exports org.countychain.matching;
    exports org.countychain.platform;
    exports org.countychain.privacy;
    exports org.countychain.report;
    exports org.countychain.rules;
    exports org.countychain.rules.model;
    exports org.countychain.rules.notice;
    exports org.countychain.rules.spi;
    exports org.countychain.sample;
    exports org.countychain.talent;

    exports org.countychain.internal to org.countychain.poiexport, org.countychain.validation;

    opens org.countychain.chain to com.fasterxml.jackson.databind, tools.jackson.databind, org.hibernate.validator;
    opens org.countychain.consolidation to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.coverage to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.dataset to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.division to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.enterprise to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.industry to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.intermediary to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.investment to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.json to com.fasterxml.jackson.databind, tools.jackson.databind;
    opens org.countychain.platform to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.report to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.rules to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.rules.model to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;
    opens org.countychain.talent to com.fasterxml.jackson.databind, tools.jackson.databind,
            org.hibernate.validator;

    uses org.countychain.rules.spi.PolicyRule;

    provides org.countychain.rules.spi.PolicyRule with
            org.countychain.rules.notice.R01ReportCoverageRule,
            org.countychain.rules.notice.R02PilotChainRule,
            org.countychain.rules.notice.R04BottleneckRule,
            org.countychain.rules.notice.R05ResearchGapRule,
            org.countychain.rules.notice.R06IncentiveRule,
            org.countychain.rules.notice.R07PriorityRule,
            org.countychain.rules.notice.R08StatisticsConsistencyRule,
            org.countychain.rules.notice.R09ReserveFundRule,
            org.countychain.rules.notice.R11HighTechRule,
            org.countychain.rules.notice.R12WatchListRule,
            org.countychain.rules.notice.R13TalentTeamRule,
            org.countychain.rules.notice.R14InvestmentNeedRule,
            org.countychain.rules.notice.R16SubmissionDeadlineRule,
            org.countychain.rules.notice.FullCoverageRule;
}
