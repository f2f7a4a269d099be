package org.countychain.export.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.countychain.ErrorCode;
import org.countychain.enterprise.AnnualRdFigures;
import org.countychain.enterprise.CreditCode;
import org.countychain.enterprise.Enterprise;
import org.countychain.enterprise.HighTechCertificate;

/**
 * Merges the rows of one credit code, on one sheet or several, into one enterprise with several years (合并同一信用代码的
 * 多行): a row whose identity (name, county, …) differs from the first row's, or that repeats a year, is rejected
 * with an error naming the first row. Enterprises come out in the order of their first rows.
 */
final class EnterpriseMerger {
    /** An enterprise being assembled from its rows. */
    private static final class Pending {
        final String firstSheet;
        final int firstRow;
        final RowParser.Identity identity;
        /** The row of each year so far. */
        final Map<Integer, Where> yearRows = new HashMap<>();
        final List<AnnualRdFigures> years = new ArrayList<>();
        final List<HighTechCertificate> certificates = new ArrayList<>();

        Pending(String firstSheet, int firstRow, RowParser.Identity identity) {
            this.firstSheet = firstSheet;
            this.firstRow = firstRow;
            this.identity = identity;
        }
    }

    /** A row of a sheet. */
    private record Where(String sheet, int row) {
        /** As an error on a row of {@code currentSheet} names it: its number, with its sheet when another. */
        String from(String currentSheet) {
            return sheet.equals(currentSheet) ? String.valueOf(row) : sheet + "!" + row;
        }
    }

    private final Map<CreditCode, Pending> pending = new LinkedHashMap<>();

    /**
     * Takes a row without errors: it joins its credit code's enterprise, or gets an error (and is left out) when
     * it conflicts with an earlier row.
     *
     * @param sheet the row's sheet
     * @param p     the parsed row, without errors
     */
    void add(String sheet, RowParser.Row p) {
        CreditCode code = p.acceptedCode();
        RowParser.Identity identity = p.acceptedIdentity();
        int rowNumber = p.row;
        Pending existing = pending.get(code);
        if (existing == null) {
            existing = new Pending(sheet, rowNumber, identity);
            pending.put(code, existing);
        } else {
            Where sameYear = p.figures == null ? null : existing.yearRows.get(p.figures.year());
            List<EnterpriseColumn> conflict = conflict(existing.identity, identity);
            if (!conflict.isEmpty()) {
                StringBuilder headers = new StringBuilder();
                StringBuilder refs = new StringBuilder();
                StringBuilder values = new StringBuilder();
                for (EnterpriseColumn c : conflict) {
                    String sep = headers.length() == 0 ? "" : "、";
                    headers.append(sep).append(p.header(c));
                    refs.append(sep).append(p.ref(c));
                    values.append(sep).append(p.header(c)).append("「").append(p.raw(c)).append("」");
                }
                p.rowErrors.add(RowError.of(sheet, rowNumber, headers.toString(), refs.toString(),
                        values.toString(), ErrorCode.DUPLICATE, "excel.identityConflict",
                        List.of(code.value(), existing.firstSheet + "!" + existing.firstRow, headers, values)));
            } else if (p.figures != null && sameYear != null) {
                p.error(EnterpriseColumn.YEAR, ErrorCode.DUPLICATE, "excel.duplicateYear", code.value(),
                        p.figures.year(), sameYear.from(sheet));
            }
        }
        if (p.rowErrors.isEmpty()) {
            if (p.figures != null) {
                existing.years.add(p.figures);
                existing.yearRows.put(p.figures.year(), new Where(sheet, rowNumber));
            }
            if (p.certificate != null && !existing.certificates.contains(p.certificate)) {
                existing.certificates.add(p.certificate);
            }
        }
    }

    /**
     * The enterprises, in the order of their first rows.
     *
     * @return the enterprises
     */
    List<Enterprise> enterprises() {
        List<Enterprise> enterprises = new ArrayList<>(pending.size());
        for (Map.Entry<CreditCode, Pending> e : pending.entrySet()) {
            Pending p = e.getValue();
            Enterprise.Builder b = builder(e.getKey(), p.identity);
            p.years.forEach(b::year);
            p.certificates.forEach(b::highTechCertificate);
            enterprises.add(b.build());
        }
        return enterprises;
    }

    /**
     * A builder of the enterprise a row's identity describes.
     *
     * @param code the credit code
     * @param id   the identity
     * @return the builder
     */
    static Enterprise.Builder builder(CreditCode code, RowParser.Identity id) {
        // Only rows without errors are built: an empty name or county cell is an error of its row.
        return Enterprise.builder(code, Objects.requireNonNull(id.name(), "name"),
                        Objects.requireNonNull(id.county(), "county")).industryCode(id.industryCode())
                .chainIds(id.chainIds()).aboveScale(id.aboveScale()).manufacturing(id.manufacturing())
                .scienceTechSme(id.scienceTechSme()).registeredOn(id.registeredOn()).industryName(id.industryName())
                .industrial(id.industrial()).registeredAddress(id.registeredAddress());
    }

    private static List<EnterpriseColumn> conflict(RowParser.Identity a, RowParser.Identity b) {
        List<EnterpriseColumn> out = new ArrayList<>();
        if (!Objects.equals(a.name(), b.name())) {
            out.add(EnterpriseColumn.NAME);
        }
        if (!Objects.equals(a.county(), b.county())) {
            out.add(EnterpriseColumn.COUNTY);
        }
        if (!Objects.equals(a.industryCode(), b.industryCode())) {
            out.add(EnterpriseColumn.INDUSTRY_CODE);
        }
        if (!a.chainIds().equals(b.chainIds())) {
            out.add(EnterpriseColumn.CHAIN_IDS);
        }
        if (a.aboveScale() != b.aboveScale()) {
            out.add(EnterpriseColumn.ABOVE_SCALE);
        }
        if (a.manufacturing() != b.manufacturing()) {
            out.add(EnterpriseColumn.MANUFACTURING);
        }
        if (a.scienceTechSme() != b.scienceTechSme()) {
            out.add(EnterpriseColumn.SCIENCE_TECH_SME);
        }
        if (!Objects.equals(a.registeredOn(), b.registeredOn())) {
            out.add(EnterpriseColumn.REGISTERED_ON);
        }
        if (!Objects.equals(a.industryName(), b.industryName())) {
            out.add(EnterpriseColumn.INDUSTRY_NAME);
        }
        if (!Objects.equals(a.industrial(), b.industrial())) {
            out.add(EnterpriseColumn.INDUSTRIAL);
        }
        if (!Objects.equals(a.registeredAddress(), b.registeredAddress())) {
            out.add(EnterpriseColumn.REGISTERED_ADDRESS);
        }
        return out;
    }
}
