package org.countychain.rules.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.Enterprise;
import org.countychain.rules.model.CriterionStatus;
import org.countychain.rules.model.HighTechCriterion;
import org.countychain.rules.model.RuleSettings;
import org.countychain.rules.model.Share;
import org.countychain.rules.internal.Amounts;

/**
 * Measures an enterprise against the high-tech criteria (国科发火〔2016〕32号 第十一条) for R11's cultivation list:
 * the flat evidence values of an {@code R11-CULTIVATE} finding (3 counts, then status, actual, required, missing
 * per criterion). Only run for cultivation candidates, so it may allocate.
 */
final class HighTechCriteria {
    private final RuleSettings settings;
    private final int year;

    HighTechCriteria(RuleSettings settings, int year) {
        this.settings = settings;
        this.year = year;
    }

    Object[] assess(Enterprise e) {
        HighTechCriterion[] all = HighTechCriterion.values();
        Object[] values = new Object[3 + all.length * 4];
        AnnualRdFigures latest = Amounts.year(e, year);
        int met = 0;
        int notMet = 0;
        int undecidable = 0;
        for (HighTechCriterion c : all) {
            Object[] r = switch (c) {
                case REGISTERED_ONE_YEAR -> registered(e);
                case CORE_IP -> coreIp(latest);
                case RD_RATIO -> rdRatio(e, latest);
                case DOMESTIC_RD_SHARE -> domesticShare(e);
                case HIGH_TECH_PRODUCT_REVENUE -> productRevenue(latest);
                case SCIENCE_TECH_STAFF -> staff(latest);
            };
            System.arraycopy(r, 0, values, 3 + c.ordinal() * 4, 4);
            CriterionStatus s = (CriterionStatus) r[0];
            met += s == CriterionStatus.MET ? 1 : 0;
            notMet += s == CriterionStatus.NOT_MET ? 1 : 0;
            undecidable += s == CriterionStatus.UNDECIDABLE ? 1 : 0;
        }
        values[0] = met;
        values[1] = notMet;
        values[2] = undecidable;
        return values;
    }

    private static Object[] result(boolean met, String actual, String required) {
        return new Object[] {met ? CriterionStatus.MET : CriterionStatus.NOT_MET, actual, required, null};
    }

    private static Object[] undecidable(String actual, String required, String missing) {
        return new Object[] {CriterionStatus.UNDECIDABLE, actual, required, missing};
    }

    /** 注册成立一年以上: registered on or before 31 December, the given number of years before the year's end. */
    private Object[] registered(Enterprise e) {
        LocalDate latestAllowed = LocalDate.of(year - settings.minimumRegisteredYears(), 12, 31);
        String required = latestAllowed.toString();
        if (e.registeredOn() == null) {
            return undecidable(null, required, "registeredOn");
        }
        return result(!e.registeredOn().isAfter(latestAllowed), e.registeredOn().toString(), required);
    }

    /** 核心自主知识产权: the count of core IP; invention patents count as core IP when that count is missing. */
    private Object[] coreIp(AnnualRdFigures f) {
        String required = Integer.toString(settings.minimumCoreIp());
        if (f == null) {
            return undecidable(null, required, "coreIpCount " + year);
        }
        if (f.coreIpCount() != null) {
            return result(f.coreIpCount() >= settings.minimumCoreIp(), f.coreIpCount().toString(), required);
        }
        if (f.inventionPatents() != null && f.inventionPatents() > 0
                && f.inventionPatents() >= settings.minimumCoreIp()) {
            return result(true, f.inventionPatents().toString(), required);
        }
        return undecidable(null, required, "coreIpCount " + year);
    }

    /** The first year counted: the registration year when the enterprise is younger than the window. */
    private int firstYear(Enterprise e) {
        int first = year - settings.rdRatioYears() + 1;
        if (e.registeredOn() != null && e.registeredOn().getYear() > first) {
            first = e.registeredOn().getYear();
        }
        return first;
    }

    /** 近三年研发费用占同期销售收入比例, against the band of the latest year's revenue. */
    private Object[] rdRatio(Enterprise e, AnnualRdFigures latest) {
        BigDecimal latestRevenue = latest == null ? null : latest.operatingRevenue();
        String required = latestRevenue == null ? null
                : settings.requiredRdRatioPercent(latestRevenue).toPlainString();
        StringBuilder missing = new StringBuilder();
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        int first = firstYear(e);
        if (first > year) {
            return undecidable(null, required, "registeredOn");
        }
        for (int y = first; y <= year; y++) {
            AnnualRdFigures f = Amounts.year(e, y);
            if (f == null || f.operatingRevenue() == null) {
                append(missing, "operatingRevenue " + y);
            } else {
                revenue = revenue.add(f.operatingRevenue());
            }
            if (f == null || f.rdExpense() == null) {
                append(missing, "rdExpense " + y);
            } else {
                rd = rd.add(f.rdExpense());
            }
        }
        if (missing.length() > 0) {
            return undecidable(null, required, missing.toString());
        }
        if (revenue.signum() == 0) {
            return undecidable(null, required, "operatingRevenue = 0");
        }
        String actual = Share.of(rd, revenue).toString();
        return result(Amounts.atLeast(rd, revenue, settings.requiredRdRatioPercent(latestRevenue)), actual, required);
    }

    /** 境内研究开发费用占全部研究开发费用的比例, over the same years. */
    private Object[] domesticShare(Enterprise e) {
        String required = settings.domesticRdSharePercent().toPlainString();
        StringBuilder missing = new StringBuilder();
        BigDecimal rd = BigDecimal.ZERO;
        BigDecimal domestic = BigDecimal.ZERO;
        int first = firstYear(e);
        if (first > year) {
            return undecidable(null, required, "registeredOn");
        }
        for (int y = first; y <= year; y++) {
            AnnualRdFigures f = Amounts.year(e, y);
            if (f == null || f.domesticRdExpense() == null) {
                append(missing, "domesticRdExpense " + y);
            } else {
                domestic = domestic.add(f.domesticRdExpense());
            }
            if (f == null || f.rdExpense() == null) {
                append(missing, "rdExpense " + y);
            } else {
                rd = rd.add(f.rdExpense());
            }
        }
        if (missing.length() > 0) {
            return undecidable(null, required, missing.toString());
        }
        if (rd.signum() == 0) {
            return undecidable(null, required, "rdExpense = 0");
        }
        return result(Amounts.atLeast(domestic, rd, settings.domesticRdSharePercent()),
                Share.of(domestic, rd).toString(), required);
    }

    /** 近一年高新技术产品（服务）收入占同期总收入的比例. */
    private Object[] productRevenue(AnnualRdFigures f) {
        String required = settings.highTechProductRevenuePercent().toPlainString();
        StringBuilder missing = new StringBuilder();
        if (f == null || f.highTechProductRevenue() == null) {
            append(missing, "highTechProductRevenue " + year);
        }
        if (f == null || f.operatingRevenue() == null) {
            append(missing, "operatingRevenue " + year);
        }
        if (missing.length() > 0) {
            return undecidable(null, required, missing.toString());
        }
        if (f.operatingRevenue().signum() == 0) {
            return undecidable(null, required, "operatingRevenue = 0");
        }
        return result(Amounts.atLeast(f.highTechProductRevenue(), f.operatingRevenue(),
                settings.highTechProductRevenuePercent()),
                Share.of(f.highTechProductRevenue(), f.operatingRevenue()).toString(), required);
    }

    /** 从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例. */
    private Object[] staff(AnnualRdFigures f) {
        String required = settings.scienceTechStaffPercent().toPlainString();
        StringBuilder missing = new StringBuilder();
        if (f == null || f.scienceTechStaff() == null) {
            append(missing, "scienceTechStaff " + year);
        }
        if (f == null || f.employees() == null) {
            append(missing, "employees " + year);
        }
        if (missing.length() > 0) {
            return undecidable(null, required, missing.toString());
        }
        if (f.employees() == 0) {
            return undecidable(null, required, "employees = 0");
        }
        BigDecimal s = BigDecimal.valueOf(f.scienceTechStaff());
        BigDecimal all = BigDecimal.valueOf(f.employees());
        return result(Amounts.atLeast(s, all, settings.scienceTechStaffPercent()), Share.of(s, all).toString(),
                required);
    }

    private static void append(StringBuilder b, String what) {
        if (b.length() > 0) {
            b.append(", ");
        }
        b.append(what);
    }
}
