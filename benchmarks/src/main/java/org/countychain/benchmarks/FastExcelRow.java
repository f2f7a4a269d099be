package org.countychain.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.idev.excel.annotation.ExcelProperty;
import cn.idev.excel.annotation.format.DateTimeFormat;

/**
 * One row of the enterprise list as cn.idev.excel FastExcel binds it: a field per column of the library's template, matched by its
 * Chinese header, typed as the library types it (amounts as exact decimals, dates as dates, counts as integers;
 * yes/no columns stay text and are turned into booleans by the benchmark, as a cn.idev.excel FastExcel user would in a listener).
 * Getters and setters because cn.idev.excel FastExcel binds through bean properties.
 */
@SuppressWarnings("unused")
public class FastExcelRow {
    @ExcelProperty(value = "统一社会信用代码")
    private String creditCode;

    @ExcelProperty(value = "企业名称")
    private String name;

    @ExcelProperty(value = "所在县（市、区）")
    private String county;

    @ExcelProperty(value = "行业代码")
    private String industryCode;

    @ExcelProperty(value = "产业链编号")
    private String chainIds;

    @ExcelProperty(value = "是否规上企业")
    private String aboveScale;

    @ExcelProperty(value = "是否制造业")
    private String manufacturing;

    @ExcelProperty(value = "是否科技型中小企业")
    private String scienceTechSme;

    @ExcelProperty(value = "注册日期")
    @DateTimeFormat("yyyy-MM-dd")
    private LocalDate registeredOn;

    @ExcelProperty(value = "年度")
    private Integer year;

    @ExcelProperty(value = "营业收入（元）")
    private BigDecimal operatingRevenue;

    @ExcelProperty(value = "研发费用（元）")
    private BigDecimal rdExpense;

    @ExcelProperty(value = "自主研发费用（元）")
    private BigDecimal selfFundedRdExpense;

    @ExcelProperty(value = "境内研发费用（元）")
    private BigDecimal domesticRdExpense;

    @ExcelProperty(value = "高新技术产品（服务）收入（元）")
    private BigDecimal highTechProductRevenue;

    @ExcelProperty(value = "职工总数")
    private Integer employees;

    @ExcelProperty(value = "科技人员数")
    private Integer scienceTechStaff;

    @ExcelProperty(value = "有效发明专利数")
    private Integer inventionPatents;

    @ExcelProperty(value = "核心自主知识产权数")
    private Integer coreIpCount;

    @ExcelProperty(value = "研发机构名称")
    private String rdInstitutionNames;

    @ExcelProperty(value = "研发机构级别")
    private String rdInstitutionLevels;

    @ExcelProperty(value = "是否建立研发辅助帐")
    private String auxiliaryLedger;

    @ExcelProperty(value = "是否建立研发准备金制度")
    private String rdReserveFund;

    @ExcelProperty(value = "科技部门立项数")
    private Integer scienceDepartmentProjects;

    @ExcelProperty(value = "高新技术企业证书编号")
    private String highTechCertificateNumber;

    @ExcelProperty(value = "高企证书发证日期")
    @DateTimeFormat("yyyy-MM-dd")
    private LocalDate highTechCertificateIssuedOn;

    @ExcelProperty(value = "高企证书有效期至")
    @DateTimeFormat("yyyy-MM-dd")
    private LocalDate highTechCertificateValidUntil;

    /**
     * The row made from the values the library's writer writes for one row, in column order.
     *
     * @param values the values ({@code String}, {@code Integer}, {@code BigDecimal}, {@code LocalDate} or null)
     * @return the row
     */
    static FastExcelRow of(List<Object> values) {
        FastExcelRow r = new FastExcelRow();
        r.creditCode = (String) values.get(0);
        r.name = (String) values.get(1);
        r.county = (String) values.get(2);
        r.industryCode = (String) values.get(3);
        r.chainIds = (String) values.get(4);
        r.aboveScale = (String) values.get(5);
        r.manufacturing = (String) values.get(6);
        r.scienceTechSme = (String) values.get(7);
        r.registeredOn = (LocalDate) values.get(8);
        r.year = (Integer) values.get(9);
        r.operatingRevenue = (BigDecimal) values.get(10);
        r.rdExpense = (BigDecimal) values.get(11);
        r.selfFundedRdExpense = (BigDecimal) values.get(12);
        r.domesticRdExpense = (BigDecimal) values.get(13);
        r.highTechProductRevenue = (BigDecimal) values.get(14);
        r.employees = (Integer) values.get(15);
        r.scienceTechStaff = (Integer) values.get(16);
        r.inventionPatents = (Integer) values.get(17);
        r.coreIpCount = (Integer) values.get(18);
        r.rdInstitutionNames = (String) values.get(19);
        r.rdInstitutionLevels = (String) values.get(20);
        r.auxiliaryLedger = (String) values.get(21);
        r.rdReserveFund = (String) values.get(22);
        r.scienceDepartmentProjects = (Integer) values.get(23);
        r.highTechCertificateNumber = (String) values.get(24);
        r.highTechCertificateIssuedOn = (LocalDate) values.get(25);
        r.highTechCertificateValidUntil = (LocalDate) values.get(26);
        return r;
    }

    /**
     * A number that depends on every typed value of the row, so that nothing read can be optimised away.
     *
     * @return the checksum
     */
    long checksum() {
        long h = 0;
        h = 31 * h + (creditCode == null ? 0 : creditCode.hashCode());
        h = 31 * h + (name == null ? 0 : name.hashCode());
        h = 31 * h + (county == null ? 0 : county.hashCode());
        h = 31 * h + (industryCode == null ? 0 : industryCode.hashCode());
        h = 31 * h + (chainIds == null ? 0 : chainIds.hashCode());
        h = 31 * h + Boolean.hashCode("是".equals(aboveScale));
        h = 31 * h + Boolean.hashCode("是".equals(manufacturing));
        h = 31 * h + Boolean.hashCode("是".equals(scienceTechSme));
        h = 31 * h + (registeredOn == null ? 0 : registeredOn.hashCode());
        h = 31 * h + (year == null ? 0 : year.hashCode());
        h = 31 * h + (operatingRevenue == null ? 0 : operatingRevenue.hashCode());
        h = 31 * h + (rdExpense == null ? 0 : rdExpense.hashCode());
        h = 31 * h + (selfFundedRdExpense == null ? 0 : selfFundedRdExpense.hashCode());
        h = 31 * h + (domesticRdExpense == null ? 0 : domesticRdExpense.hashCode());
        h = 31 * h + (highTechProductRevenue == null ? 0 : highTechProductRevenue.hashCode());
        h = 31 * h + (employees == null ? 0 : employees.hashCode());
        h = 31 * h + (scienceTechStaff == null ? 0 : scienceTechStaff.hashCode());
        h = 31 * h + (inventionPatents == null ? 0 : inventionPatents.hashCode());
        h = 31 * h + (coreIpCount == null ? 0 : coreIpCount.hashCode());
        h = 31 * h + (rdInstitutionNames == null ? 0 : rdInstitutionNames.hashCode());
        h = 31 * h + (rdInstitutionLevels == null ? 0 : rdInstitutionLevels.hashCode());
        h = 31 * h + Boolean.hashCode("是".equals(auxiliaryLedger));
        h = 31 * h + Boolean.hashCode("是".equals(rdReserveFund));
        h = 31 * h + (scienceDepartmentProjects == null ? 0 : scienceDepartmentProjects.hashCode());
        h = 31 * h + (highTechCertificateNumber == null ? 0 : highTechCertificateNumber.hashCode());
        h = 31 * h + (highTechCertificateIssuedOn == null ? 0 : highTechCertificateIssuedOn.hashCode());
        h = 31 * h + (highTechCertificateValidUntil == null ? 0 : highTechCertificateValidUntil.hashCode());
        return h;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String v) {
        this.creditCode = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        this.name = v;
    }

    public String getCounty() {
        return county;
    }

    public void setCounty(String v) {
        this.county = v;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public void setIndustryCode(String v) {
        this.industryCode = v;
    }

    public String getChainIds() {
        return chainIds;
    }

    public void setChainIds(String v) {
        this.chainIds = v;
    }

    public String getAboveScale() {
        return aboveScale;
    }

    public void setAboveScale(String v) {
        this.aboveScale = v;
    }

    public String getManufacturing() {
        return manufacturing;
    }

    public void setManufacturing(String v) {
        this.manufacturing = v;
    }

    public String getScienceTechSme() {
        return scienceTechSme;
    }

    public void setScienceTechSme(String v) {
        this.scienceTechSme = v;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate v) {
        this.registeredOn = v;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer v) {
        this.year = v;
    }

    public BigDecimal getOperatingRevenue() {
        return operatingRevenue;
    }

    public void setOperatingRevenue(BigDecimal v) {
        this.operatingRevenue = v;
    }

    public BigDecimal getRdExpense() {
        return rdExpense;
    }

    public void setRdExpense(BigDecimal v) {
        this.rdExpense = v;
    }

    public BigDecimal getSelfFundedRdExpense() {
        return selfFundedRdExpense;
    }

    public void setSelfFundedRdExpense(BigDecimal v) {
        this.selfFundedRdExpense = v;
    }

    public BigDecimal getDomesticRdExpense() {
        return domesticRdExpense;
    }

    public void setDomesticRdExpense(BigDecimal v) {
        this.domesticRdExpense = v;
    }

    public BigDecimal getHighTechProductRevenue() {
        return highTechProductRevenue;
    }

    public void setHighTechProductRevenue(BigDecimal v) {
        this.highTechProductRevenue = v;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer v) {
        this.employees = v;
    }

    public Integer getScienceTechStaff() {
        return scienceTechStaff;
    }

    public void setScienceTechStaff(Integer v) {
        this.scienceTechStaff = v;
    }

    public Integer getInventionPatents() {
        return inventionPatents;
    }

    public void setInventionPatents(Integer v) {
        this.inventionPatents = v;
    }

    public Integer getCoreIpCount() {
        return coreIpCount;
    }

    public void setCoreIpCount(Integer v) {
        this.coreIpCount = v;
    }

    public String getRdInstitutionNames() {
        return rdInstitutionNames;
    }

    public void setRdInstitutionNames(String v) {
        this.rdInstitutionNames = v;
    }

    public String getRdInstitutionLevels() {
        return rdInstitutionLevels;
    }

    public void setRdInstitutionLevels(String v) {
        this.rdInstitutionLevels = v;
    }

    public String getAuxiliaryLedger() {
        return auxiliaryLedger;
    }

    public void setAuxiliaryLedger(String v) {
        this.auxiliaryLedger = v;
    }

    public String getRdReserveFund() {
        return rdReserveFund;
    }

    public void setRdReserveFund(String v) {
        this.rdReserveFund = v;
    }

    public Integer getScienceDepartmentProjects() {
        return scienceDepartmentProjects;
    }

    public void setScienceDepartmentProjects(Integer v) {
        this.scienceDepartmentProjects = v;
    }

    public String getHighTechCertificateNumber() {
        return highTechCertificateNumber;
    }

    public void setHighTechCertificateNumber(String v) {
        this.highTechCertificateNumber = v;
    }

    public LocalDate getHighTechCertificateIssuedOn() {
        return highTechCertificateIssuedOn;
    }

    public void setHighTechCertificateIssuedOn(LocalDate v) {
        this.highTechCertificateIssuedOn = v;
    }

    public LocalDate getHighTechCertificateValidUntil() {
        return highTechCertificateValidUntil;
    }

    public void setHighTechCertificateValidUntil(LocalDate v) {
        this.highTechCertificateValidUntil = v;
    }

}
