package org.countychain.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.countychain.chain.Achievement;
import org.countychain.chain.AchievementOrigin;
import org.countychain.chain.ChainReference;
import org.countychain.chain.ChainScale;
import org.countychain.chain.IndustryChain;
import org.countychain.chain.TechnologyDemand;
import org.countychain.dataset.CountyDataset;
import org.countychain.division.Division;
import org.countychain.division.DivisionCode;
import org.countychain.division.DivisionLevel;
import org.countychain.division.Divisions;
import org.countychain.division.ReportingUnit;
import org.countychain.enterprise.Enterprise;
import org.countychain.industry.IndustryClass;
import org.countychain.industry.IndustryClassification;
import org.countychain.report.ResearchReport;
import org.countychain.talent.TalentTeam;
import org.countychain.validation.constraints.PlausibleLocations;

/**
 * {@link PlausibleLocations}: what may be right but a reviewer would question — enterprises and demands outside the
 * data set's unit, an enterprise registered by an office that does not cover where it is, a credit code whose
 * registering-office part is no division, a report whose chain name is not its chain's, a chain's scale stated for
 * a year after the data set's.
 */
public final class PlausibleLocationsValidator extends ReportingValidator<PlausibleLocations, CountyDataset> {
    private static final String K = "PlausibleLocations.";
    /** The two-digit codes of China's provinces (GB/T 2260), and 10 for a national registration. */
    private static final Set<String> PROVINCES = Set.of("10", "11", "12", "13", "14", "15", "21", "22", "23", "31",
            "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65", "71", "81", "82");
    /** Taiwan, Hong Kong, Macao: outside the mainland, counted with achievements from abroad (境外). */
    private static final Set<String> ABROAD_REGIONS = Set.of("71", "81", "82");

    @Override
    protected void findProblems(CountyDataset d, Report report) {
        Divisions divisions = data().divisions();
        Optional<ReportingUnit> unit = divisions.reportingUnit(d.unitId());
        for (int i = 0; i < d.enterprises().size(); i++) {
            Enterprise e = d.enterprises().get(i);
            if (divisions.find(e.county()).isEmpty()) {
                continue; // a retired or unknown county: @ValidDivisionCode says so, and nothing can be compared with
                // it
            }
            if (unit.isPresent() && !Units.covers(unit.get(), e.county())) {
                report.add(Templates.pieces(K + "enterpriseOutsideUnit", e.name(),
                        Units.describe(divisions, e.county()), unit.get().toString()), "enterprises", i, "county");
            }
            office(report, divisions, e, i);
            industryName(report, e, i);
        }
        for (int i = 0; i < d.demands().size(); i++) {
            TechnologyDemand t = d.demands().get(i);
            if (unit.isPresent() && t.county() != null && divisions.find(t.county()).isPresent()
                    && !Units.covers(unit.get(), t.county())) {
                report.add(Templates.pieces(K + "demandOutsideUnit", t.id(), Units.describe(divisions, t.county()),
                        unit.get().toString()), "demands", i, "county");
            }
        }
        for (int i = 0; i < d.achievements().size(); i++) {
            origin(report, divisions, d.achievements().get(i), i);
        }
        for (int i = 0; i < d.teams().size(); i++) {
            otherChains(report, divisions, d.teams().get(i), i);
        }
        for (int i = 0; i < d.chains().size(); i++) {
            List<ChainScale> scale = d.chains().get(i).scale();
            for (int y = 0; y < scale.size(); y++) {
                // A figure of a later year than the data set's is a target or a typo, not a statement of scale.
                if (scale.get(y).year() > d.year()) {
                    report.add(Templates.pieces(K + "chainScaleAfterYear", d.chains().get(i).displayFullName(),
                            scale.get(y).year(), d.year()), "chains", i, "scale", y, "year");
                }
            }
        }
        Map<String, IndustryChain> chains = new HashMap<>();
        d.chains().forEach(c -> chains.put(c.id(), c));
        for (int i = 0; i < d.reports().size(); i++) {
            ResearchReport r = d.reports().get(i);
            IndustryChain c = chains.get(r.chainId());
            if (c != null && r.chainName() != null && !isNameOf(r.chainName(), c)) {
                report.add(Templates.pieces(K + "reportChainName", r.chainName(), c.id(), c.name()), "reports", i,
                        "chainName");
            }
        }
    }

    /** A stated industry name is the name GB/T 4754-2017 gives the code, when the code is known. */
    private static void industryName(Report report, Enterprise e, int index) {
        if (e.industryName() == null || e.industryCode() == null) {
            return;
        }
        IndustryClassification gbt4754 = IndustryClassification.builtIn();
        String code = gbt4754.normalise(e.industryCode());
        Optional<String> official = gbt4754.find(code).map(IndustryClass::name).or(() -> gbt4754.edition2011Only(code));
        if (official.isPresent() && !official.get().equals(e.industryName())) {
            report.add(Templates.pieces(K + "industryName", e.industryName(), code, official.get()), "enterprises",
                    index, "industryName");
        }
    }

    /** A city-level team serves the counties of its own city: another city's county is questionable. */
    private static void otherChains(Report report, Divisions divisions, TalentTeam team, int index) {
        Optional<DivisionCode> city = divisions.find(team.county()).map(Division::parent);
        if (city.isEmpty()) {
            return;
        }
        for (int j = 0; j < team.otherChains().size(); j++) {
            ChainReference r = team.otherChains().get(j);
            // Only a county can be placed in a city; anything else is @ValidDivisionCode's to report.
            Optional<DivisionCode> otherCity = divisions.find(r.county())
                    .filter(x -> x.level() == DivisionLevel.COUNTY).map(Division::parent);
            if (!r.county().equals(team.county()) && otherCity.isPresent() && !otherCity.get().equals(city.get())) {
                report.add(Templates.pieces(K + "otherChainOutsideCity", r.toString(),
                        Units.describe(divisions, r.county()), Units.describe(divisions, city.get())),
                        "teams", index, "otherChains", j);
            }
        }
    }

    /**
     * A stated origin fits the owner's region: a Fujian division (35) is 省内, Taiwan, Hong Kong and Macao (71, 81,
     * 82) are 境外 as the province counts them, every other division of China is 省外.
     */
    private static void origin(Report report, Divisions divisions, Achievement a, int index) {
        if (a.origin() == null || a.region() == null) {
            return;
        }
        String province = a.region().value().substring(0, 2);
        AchievementOrigin expected = province.equals("35") ? AchievementOrigin.IN_PROVINCE
                : ABROAD_REGIONS.contains(province) ? AchievementOrigin.ABROAD : AchievementOrigin.OUT_OF_PROVINCE;
        if (a.origin() != expected) {
            report.add(Templates.pieces(K + "achievementOrigin", a.origin().label(),
                    Units.describe(divisions, a.region()), expected.label()), "achievements", index, "origin");
        }
    }

    /** Whether the registering office in the credit code (characters 3–8) is a division and covers the county. */
    private static void office(Report report, Divisions divisions, Enterprise e, int index) {
        String part = e.creditCode().value().substring(2, 8);
        Optional<DivisionCode> code = e.creditCode().divisionPart();
        if (code.isEmpty() || !PROVINCES.contains(part.substring(0, 2))) {
            report.add(Templates.pieces(K + "unknownOffice", part), "enterprises", index, "creditCode");
            return;
        }
        if (!part.startsWith("35")) {
            // Another province's office: the enterprise moved to Fujian, keeping its code.
            report.add(Templates.pieces(K + "registeredElsewhere", e.name(), part,
                    Units.describe(divisions, e.county())), "enterprises", index, "creditCode");
            return;
        }
        Optional<Division> office = divisions.current(code.get());
        if (office.isEmpty()) {
            report.add(Templates.pieces(K + "unknownOffice", part), "enterprises", index, "creditCode");
            return;
        }
        Division o = office.get();
        Optional<Division> county = divisions.find(e.county());
        boolean covers = o.level() == DivisionLevel.PROVINCE || o.code().equals(e.county())
                || county.map(c -> o.code().equals(c.parent())).orElse(false);
        if (!covers) {
            String shown = o.code().value().equals(part) ? o.toString() : part + " → " + o;
            report.add(Templates.pieces(K + "registeredElsewhere", e.name(), shown,
                    Units.describe(divisions, e.county())), "enterprises", index, "creditCode");
        }
    }

    private static boolean isNameOf(String name, IndustryChain chain) {
        String n = strip(name);
        if (n.equals(strip(chain.name()))) {
            return true;
        }
        for (String alias : chain.aliases()) {
            if (n.equals(strip(alias))) {
                return true;
            }
        }
        return false;
    }

    /** The name without white space and the words every chain name may end with (产业链, 产业). */
    private static String strip(String name) {
        String s = name.replaceAll("\\s+", "");
        if (s.endsWith("产业链")) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("产业")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }
}
