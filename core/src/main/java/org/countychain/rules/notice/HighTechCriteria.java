package org.countychain.rules.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.internal.Amounts;
import org.countychain.rules.model.CriterionStatus;
import org.countychain.rules.model.HighTechCriterion;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.model.Share;
import org.jspecify.annotations.Nullable;

/**
 * Measures an enterprise against the high-tech criteria (国科发火〔2016〕32号 第十一条) for R11's cultivation list:
 * the flat evidence values of an {@code R11-CULTIVATE} finding (3 counts, then status, actual, required, missing
 * per criterion). The actual values stay raw ({@link Share}, {@link LocalDate}, {@link Integer}) and are rendered
 * only when read; the required values are rendered once per run.
 */
final class HighTechCriteria {
    private static final int COUNTS = 3;
    private static final int PER_CRITERION = 4;
    private static final int CRITERIA = HighTechCriterion.values().length;

    private final RuleSettings settings;
    private final int year;
    private final LocalDate latestRegistration;
    private final String registrationRequired;
    private final String coreIpRequired;
    private final String domesticRequired;
    private final String productRequired;
    private final String staffRequired;
    private final String lowBand;
    private final String middleBand;
    private final String highBand;
    private final String missingCoreIp;
    private final String missingProduct;
    private final String missingStaff;

    HighTechCriteria(RuleSettings settings, int year) {
        this.settings = settings;
        this.year = year;
        this.latestRegistration = LocalDate.of(year - settings.minimumRegisteredYears(), 12, 31);
        this.registrationRequired = latestRegistration.toString();
        this.coreIpRequired = Integer.toString(settings.minimumCoreIp());
        this.domesticRequired = settings.domesticRdSharePercent().toPlainString();
        this.productRequired = settings.highTechProductRevenuePercent().toPlainString();
        this.staffRequired = settings.scienceTechStaffPercent().toPlainString();
        this.lowBand = settings.lowBandRdRatioPercent().toPlainString();
        this.middleBand = settings.middleBandRdRatioPercent().toPlainString();
        this.highBand = settings.highBandRdRatioPercent().toPlainString();
        this.missingCoreIp = "coreIpCount " + year;
        this.missingProduct = "highTechProductRevenue " + year;
        this.missingStaff = "scienceTechStaff " + year;
    }

    /**
     * The evidence values of an enterprise.
     *
     * @param e      the enterprise
     * @param latest its figures of the reporting year, or {@code null}
     * @return the values, a new array
     */
    @Nullable Object[] assess(Enterprise e, AnnualRdFigures latest) {
        @Nullable Object[] v = new Object[COUNTS + CRITERIA * PER_CRITERION];
        registered(e, v, slot(HighTechCriterion.REGISTERED_ONE_YEAR));
        coreIp(latest, v, slot(HighTechCriterion.CORE_IP));
        rdRatio(e, latest, v, slot(HighTechCriterion.RD_RATIO));
        domesticShare(e, v, slot(HighTechCriterion.DOMESTIC_RD_SHARE));
        productRevenue(latest, v, slot(HighTechCriterion.HIGH_TECH_PRODUCT_REVENUE));
        staff(latest, v, slot(HighTechCriterion.SCIENCE_TECH_STAFF));
        int met = 0;
        int notMet = 0;
        for (int i = COUNTS; i < v.length; i += PER_CRITERION) {
            met += v[i] == CriterionStatus.MET ? 1 : 0;
            notMet += v[i] == CriterionStatus.NOT_MET ? 1 : 0;
        }
        v[0] = met;
        v[1] = notMet;
        v[2] = CRITERIA - met - notMet;
        return v;
    }

    private static int slot(HighTechCriterion c) {
        return COUNTS + c.ordinal() * PER_CRITERION;
    }

    private static void result(@Nullable Object[] v, int at, boolean met, Object actual, @Nullable String required) {
        v[at] = met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
        v[at + 1] = actual;
        v[at + 2] = required;
    }

    private static void undecidable(@Nullable Object[] v, int at, @Nullable String required, String missing) {
        v[at] = CriterionStatus.UNDECIDABLE;
        v[at + 2] = required;
        v[at + 3] = missing;
    }

    /** 注册成立一年以上: registered on or before 31 December, the given number of years before the year's end. */
    private void registered(Enterprise e, @Nullable Object[] v, int at) {
        if (e.registeredOn() == null) {
            undecidable(v, at, registrationRequired, "registeredOn");
        } else {
            result(v, at, !e.registeredOn().isAfter(latestRegistration), e.registeredOn(), registrationRequired);
        }
    }

    /** 核心自主知识产权: the count of core IP; valid invention patents count as core IP when that count is missing. */
    private void coreIp(AnnualRdFigures f, @Nullable Object[] v, int at) {
        if (f != null && f.coreIpCount() != null) {
            result(v, at, f.coreIpCount() >= settings.minimumCoreIp(), f.coreIpCount(), coreIpRequired);
        } else if (f != null && f.inventionPatents() != null && f.inventionPatents() > 0
                && f.inventionPatents() >= settings.minimumCoreIp()) {
            result(v, at, true, f.inventionPatents(), coreIpRequired);
        } else {
            undecidable(v, at, coreIpRequired, missingCoreIp);
        }
    }

    /** The first year counted: the registration year when the enterprise is younger than the window. */
    private int firstYear(Enterprise e) {
        int first = year - settings.rdRatioYears() + 1;
        if (e.registeredOn() != null && e.registeredOn().getYear() > first) {
            first = e.registeredOn().getYear();
        }
        return first;
    }

    private String band(BigDecimal latestRevenue) {
        BigDecimal p = settings.requiredRdRatioPercent(latestRevenue);
        return p == settings.lowBandRdRatioPercent() ? lowBand
                : p == settings.middleBandRdRatioPercent() ? middleBand : highBand;
    }

    /** 近三年研发费用占同期销售收入比例, against the band of the latest year's revenue. */
    private void rdRatio(Enterprise e, AnnualRdFigures latest, @Nullable Object[] v, int at) {
        BigDecimal latestRevenue = latest == null ? null : latest.operatingRevenue();
        String required = latestRevenue == null ? null : band(latestRevenue);
        int first = firstYear(e);
        if (first > year) {
            undecidable(v, at, required, "registeredOn");
            return;
        }
        StringBuilder missing = null;
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        for (int y = first; y <= year; y++) {
            AnnualRdFigures f = y == year ? latest : Amounts.year(e, y);
            if (f == null || f.operatingRevenue() == null) {
                missing = append(missing, "operatingRevenue ", y);
            } else {
                revenue = revenue.add(f.operatingRevenue());
            }
            if (f == null || f.rdExpense() == null) {
                missing = append(missing, "rdExpense ", y);
            } else {
                rd = rd.add(f.rdExpense());
            }
        }
        if (missing != null) {
            undecidable(v, at, required, missing.toString());
        } else if (revenue.signum() == 0) {
            undecidable(v, at, required, "operatingRevenue = 0");
        } else {
            result(v, at, Amounts.atLeast(rd, revenue, settings.requiredRdRatioPercent(latestRevenue)),
                    Share.of(rd, revenue), required);
        }
    }

    /** 境内研究开发费用占全部研究开发费用的比例, over the same years. */
    private void domesticShare(Enterprise e, @Nullable Object[] v, int at) {
        int first = firstYear(e);
        if (first > year) {
            undecidable(v, at, domesticRequired, "registeredOn");
            return;
        }
        StringBuilder missing = null;
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal domestic = BigDecimal.ZERO;
        for (int y = first; y <= year; y++) {
            AnnualRdFigures f = Amounts.year(e, y);
            if (f == null || f.domesticRdExpense() == null) {
                missing = append(missing, "domesticRdExpense ", y);
            } else {
                domestic = domestic.add(f.domesticRdExpense());
            }
            if (f == null || f.rdExpense() == null) {
                missing = append(missing, "rdExpense ", y);
            } else {
                rd = rd.add(f.rdExpense());
            }
        }
        if (missing != null) {
            undecidable(v, at, domesticRequired, missing.toString());
        } else if (rd.signum() == 0) {
            undecidable(v, at, domesticRequired, "rdExpense = 0");
        } else {
            result(v, at, Amounts.atLeast(domestic, rd, settings.domesticRdSharePercent()), Share.of(domestic, rd),
                    domesticRequired);
        }
    }

    /** 近一年高新技术产品（服务）收入占同期总收入的比例. */
    private void productRevenue(@Nullable AnnualRdFigures f, @Nullable Object[] v, int at) {
        BigDecimal product = f == null ? null : f.highTechProductRevenue();
        BigDecimal revenue = f == null ? null : f.operatingRevenue();
        if (product == null || revenue == null) {
            undecidable(v, at, productRequired, revenue == null ? product == null
                    ? missingProduct + ", operatingRevenue " + year : "operatingRevenue " + year : missingProduct);
        } else if (revenue.signum() == 0) {
            undecidable(v, at, productRequired, "operatingRevenue = 0");
        } else {
            result(v, at, Amounts.atLeast(product, revenue, settings.highTechProductRevenuePercent()),
                    Share.of(product, revenue), productRequired);
        }
    }

    /** 从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例. */
    private void staff(@Nullable AnnualRdFigures f, @Nullable Object[] v, int at) {
        Integer staff = f == null ? null : f.scienceTechStaff();
        Integer employees = f == null ? null : f.employees();
        if (staff == null || employees == null) {
            undecidable(v, at, staffRequired, employees == null ? staff == null
                    ? missingStaff + ", employees " + year : "employees " + year : missingStaff);
        } else if (employees == 0) {
            undecidable(v, at, staffRequired, "employees = 0");
        } else {
            BigDecimal s = BigDecimal.valueOf(staff);
            BigDecimal all = BigDecimal.valueOf(employees);
            result(v, at, Amounts.atLeast(s, all, settings.scienceTechStaffPercent()), Share.of(s, all),
                    staffRequired);
        }
    }

    private static StringBuilder append(@Nullable StringBuilder b, String what, int y) {
        StringBuilder out = b == null ? new StringBuilder() : b.append(", ");
        return out.append(what).append(y);
    }
}
