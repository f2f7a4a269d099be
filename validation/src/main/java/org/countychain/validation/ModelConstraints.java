package org.countychain.validation;

import java.util.List;

import jakarta.validation.Payload;

import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.context.TypeConstraintMappingContext;

import org.countychain.chain.Achievement;
import org.countychain.chain.ChainActor;
import org.countychain.chain.ChainLink;
import org.countychain.chain.ChainMap;
import org.countychain.chain.ChainReference;
import org.countychain.chain.ChainStage;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CitySubmission;
import org.countychain.dataset.CountyDataset;
import org.countychain.dataset.ProvinceDataset;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;
import org.countychain.enterprise.RdStatisticsReport;
import org.countychain.enterprise.ServiceContact;
import org.countychain.intermediary.Intermediary;
import org.countychain.intermediary.IntermediaryWatchList;
import org.countychain.investment.InvestmentNeed;
import org.countychain.platform.HostOrganisation;
import org.countychain.platform.InnovationPlatform;
import org.countychain.report.ResearchReport;
import org.countychain.talent.ChallengeTask;
import org.countychain.talent.Commissioner;
import org.countychain.talent.TalentTeam;
import org.countychain.validation.cfg.BoundedTextDef;
import org.countychain.validation.cfg.CompleteReportDef;
import org.countychain.validation.cfg.CompleteTalentTeamDef;
import org.countychain.validation.cfg.ConsistentCitySubmissionDef;
import org.countychain.validation.cfg.ConsistentEnterpriseDef;
import org.countychain.validation.cfg.ConsistentNamesDef;
import org.countychain.validation.cfg.IndustryCodeDef;
import org.countychain.validation.cfg.PlausibleLocationsDef;
import org.countychain.validation.cfg.ConsistentRdFiguresDef;
import org.countychain.validation.cfg.ConsistentRdStatisticsDef;
import org.countychain.validation.cfg.ConsolidatedReportsDef;
import org.countychain.validation.cfg.ContactPhoneDef;
import org.countychain.validation.cfg.ValidCreditCodeDef;
import org.countychain.validation.cfg.ValidDivisionCodeDef;
import org.countychain.validation.cfg.ReportingUnitIdDef;
import org.countychain.validation.cfg.ResolvedReferencesDef;
import org.countychain.validation.cfg.ValidHighTechCertificateDef;
import org.countychain.validation.cfg.ValidPlatformDef;
import org.countychain.validation.cfg.ValidReportDef;
import org.countychain.validation.cfg.ValidTalentTeamDef;
import org.countychain.validation.cfg.YuanDef;
import org.countychain.validation.constraints.ValidCreditCode;
import org.countychain.validation.constraints.ValidDivisionCode;
import org.countychain.validation.constraints.IndustryCode;
import org.countychain.validation.constraints.ReportingUnitId;
import org.countychain.validation.constraints.Warning;

/**
 * The constraints of the CountyChain model, mapped onto core's records programmatically (core carries no
 * validation annotations and no validation dependency). {@link CountyChainValidator} uses it; an application that
 * bootstraps Hibernate Validator itself (Spring Boot, for instance) adds it to its own configuration:
 *
 * <pre>{@code
 * HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
 * config.addMapping(ModelConstraints.mapping(config, ModelConstraints.OrganisationCodeCheck.WARNING));
 * Validator validator = config.buildValidatorFactory().getValidator();
 * }</pre>
 *
 * <p>Which field gets which constraint is listed in {@code docs/validation.md}.
 *
 * @since 0.1.0
 */
public final class ModelConstraints {
    private ModelConstraints() {
    }

    /**
     * How the GB 11714 inner check of credit codes is reported.
     *
     * @since 0.1.0
     */
    public enum OrganisationCodeCheck {
        /** As an error. */
        ERROR,
        /** As a warning (the default: some real codes were issued with a bad inner check). */
        WARNING,
        /** Not at all. */
        OFF
    }

    /**
     * How Fujian's pilot-era credit codes (试点期代码) are reported: real codes whose check character follows the
     * Fuzhou and Xiamen pilot's rule, not GB 32100's (see {@code docs/validation.md}).
     *
     * @since 0.1.0
     */
    public enum PilotEraCheck {
        /** As a warning that says why the code is accepted (the default). */
        WARNING,
        /** As an error: the system does not accept pilot-era codes. */
        ERROR,
        /** Not at all: accepted silently. */
        OFF
    }

    /**
     * The mapping of every model type, pilot-era credit codes reported as warnings.
     *
     * @param configuration the configuration that will hold it
     * @param organisation  how to report the GB 11714 inner check of credit codes
     * @return the mapping; add it with {@link HibernateValidatorConfiguration#addMapping(ConstraintMapping)}
     */
    public static ConstraintMapping mapping(HibernateValidatorConfiguration configuration,
                                            OrganisationCodeCheck organisation) {
        return mapping(configuration, organisation, PilotEraCheck.WARNING);
    }

    /**
     * The types {@link #mapping} constrains, in the mapping's order, which begins at the roots (the data sets) and
     * comes down to the leaves; {@code ModelConstraintsTypesTest} checks it against the mapping.
     */
    static final List<Class<?>> MAPPED_TYPES = List.of(
            ProvinceDataset.class, CountyDataset.class, CitySubmission.class, InvestmentNeed.class,
            IndustryChain.class, ChainMap.class, ChainStage.class, ChainLink.class, ChainActor.class,
            TechnologyDemand.class, Achievement.class, Enterprise.class, HighTechCertificate.class,
            ServiceContact.class, AnnualRdFigures.class, RdStatisticsReport.class, TalentTeam.class,
            Commissioner.class, ChainReference.class, ChallengeTask.class, InnovationPlatform.class,
            HostOrganisation.class, IntermediaryWatchList.class, Intermediary.class, ResearchReport.class);

    /**
     * The mapping of every model type.
     *
     * @param configuration the configuration that will hold it
     * @param organisation  how to report the GB 11714 inner check of credit codes
     * @param pilotEra      how to report Fujian's pilot-era credit codes
     * @return the mapping; add it with {@link HibernateValidatorConfiguration#addMapping(ConstraintMapping)}
     */
    public static ConstraintMapping mapping(HibernateValidatorConfiguration configuration,
                                            OrganisationCodeCheck organisation, PilotEraCheck pilotEra) {
        CreditCodeChecks codes = new CreditCodeChecks(organisation, pilotEra);
        ConstraintMapping m = configuration.createConstraintMapping();
        Class<?>[] submission = {Submission.class};

        m.type(ProvinceDataset.class).field("counties").containerElementType().valid();
        // A county's data set, or a city's consolidated one (R3): ResolvedReferences puts each chain's county in
        // the context of the unit, and a city's data set should hold consolidated reports or the city's own.
        m.type(CountyDataset.class)
                .constraint(new ResolvedReferencesDef())
                .constraint(new ConsistentNamesDef())
                .constraint(new PlausibleLocationsDef().payload(warning()))
                .constraint(new BoundedTextDef())
                .constraint(new ConsolidatedReportsDef().payload(warning()))
                .field("unitId").constraint(new ReportingUnitIdDef().groups(submission))
                .field("chains").containerElementType().valid()
                .field("enterprises").containerElementType().valid()
                .field("teams").containerElementType().valid()
                .field("platforms").containerElementType().valid()
                .field("demands").containerElementType().valid()
                .field("achievements").containerElementType().valid()
                .field("reports").containerElementType().valid()
                .field("watchList").valid();
        m.type(CitySubmission.class)
                .constraint(new ConsistentCitySubmissionDef().groups(submission))
                .constraint(new ConsistentNamesDef())
                .constraint(new BoundedTextDef())
                .field("unitId").constraint(new ReportingUnitIdDef().kind(ReportingUnitId.Kind.CITY_LEVEL)
                        .groups(submission))
                .field("reports").containerElementType().valid()
                .field("investmentNeeds").containerElementType().valid();
        m.type(InvestmentNeed.class)
                .field("unitId").constraint(new ReportingUnitIdDef().groups(submission));

        industryCode(m.type(IndustryChain.class))
                .field("county").constraint(new ValidDivisionCodeDef().scope(
                        ValidDivisionCode.Scope.CURRENT_COUNTY_OR_CITY))
                .field("map").valid();
        m.type(ChainMap.class).field("stages").containerElementType().valid();
        m.type(ChainStage.class).field("links").containerElementType().valid();
        m.type(ChainLink.class).field("actors").containerElementType().valid();
        codes.on(m.type(ChainActor.class), "creditCode");
        TypeConstraintMappingContext<TechnologyDemand> demand = m.type(TechnologyDemand.class);
        industryCode(demand);
        industryCode(m.type(Achievement.class));
        demand.field("county").constraint(county());
        codes.on(demand, "proposerCode");

        industryCode(codes.on(m.type(Enterprise.class).constraint(new ConsistentEnterpriseDef()), "creditCode"))
                .field("county").constraint(county())
                .field("highTechCertificates").containerElementType().valid()
                .field("serviceContact").valid();
        // An enterprise's years are checked by @ConsistentEnterprise, which applies @ConsistentRdFigures to each
        // (statistics report included): a cascade into every year and report was most of the engine's work.
        m.type(HighTechCertificate.class).constraint(new ValidHighTechCertificateDef());
        m.type(ServiceContact.class).field("phone").constraint(new ContactPhoneDef());
        // A year's figures and its 107-2 report are forms: one class-level constraint checks each whole (amounts as
        // @Yuan does, and consistency), the year's including its report, so nothing cascades below them.
        m.type(AnnualRdFigures.class).constraint(new ConsistentRdFiguresDef());
        m.type(RdStatisticsReport.class).constraint(new ConsistentRdStatisticsDef());

        m.type(TalentTeam.class)
                .constraint(new ValidTalentTeamDef())
                .constraint(new CompleteTalentTeamDef().groups(submission))
                .field("county").constraint(county())
                .field("otherChains").containerElementType().valid()
                .field("leader").valid()
                .field("members").containerElementType().valid()
                .field("tasks").containerElementType().valid();
        m.type(Commissioner.class).field("phone").constraint(new ContactPhoneDef());
        m.type(ChainReference.class).field("county").constraint(county());
        yuan(m.type(ChallengeTask.class), "funding");

        TypeConstraintMappingContext<InnovationPlatform> platform = m.type(InnovationPlatform.class)
                .constraint(new ValidPlatformDef());
        platform.field("county").constraint(county());
        platform.field("hosts").containerElementType().valid();
        codes.on(platform, "operator");
        codes.on(m.type(HostOrganisation.class), "creditCode");
        m.type(IntermediaryWatchList.class).field("entries").containerElementType().valid()
                .field("earlier").containerElementType().valid();
        codes.on(m.type(Intermediary.class), "creditCode");

        m.type(ResearchReport.class)
                .constraint(new ValidReportDef())
                .constraint(new ConsistentNamesDef())
                .constraint(new CompleteReportDef().groups(submission))
                .field("unitId").constraint(new ReportingUnitIdDef().groups(submission))
                .field("coveredCounties").containerElementType().constraint(county());
        return m;
    }

    /** The credit-code constraints of every credit-code field, with the mapping's settings. */
    private record CreditCodeChecks(OrganisationCodeCheck organisation, PilotEraCheck pilotEra) {
        TypeConstraintMappingContext<?> on(TypeConstraintMappingContext<?> type, String field) {
            var property = type.field(field).constraint(new ValidCreditCodeDef());
            if (organisation != OrganisationCodeCheck.OFF) {
                ValidCreditCodeDef inner = new ValidCreditCodeDef().part(ValidCreditCode.Part.ORGANISATION_CODE);
                if (organisation == OrganisationCodeCheck.WARNING) {
                    inner.payload(warning());
                }
                property.constraint(inner);
            }
            if (pilotEra != PilotEraCheck.OFF) {
                ValidCreditCodeDef pilot = new ValidCreditCodeDef().part(ValidCreditCode.Part.PILOT_ERA);
                if (pilotEra == PilotEraCheck.WARNING) {
                    pilot.payload(warning());
                }
                property.constraint(pilot);
            }
            return type;
        }
    }

    /** The industry code of GB/T 4754-2017 (error), and a class only its 2011 edition had (warning). */
    private static TypeConstraintMappingContext<?> industryCode(TypeConstraintMappingContext<?> type) {
        type.field("industryCode").constraint(new IndustryCodeDef())
                .constraint(new IndustryCodeDef().part(IndustryCode.Part.EDITION_2011).payload(warning()));
        return type;
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Payload>[] warning() {
        return (Class<? extends Payload>[]) new Class<?>[] {Warning.class};
    }

    private static ValidDivisionCodeDef county() {
        return new ValidDivisionCodeDef().scope(ValidDivisionCode.Scope.CURRENT_COUNTY);
    }

    private static TypeConstraintMappingContext<?> yuan(TypeConstraintMappingContext<?> type, String... fields) {
        for (String field : fields) {
            type.field(field).constraint(new YuanDef());
        }
        return type;
    }
}
