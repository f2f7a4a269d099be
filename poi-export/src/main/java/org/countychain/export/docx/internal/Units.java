package org.countychain.export.docx.internal;

/** Unit conversions of WordprocessingML: twentieths of a point (twips), half points, EMU. */
final class Units {
    static final double MM_PER_INCH = 25.4;

    private Units() {
    }

    static int twips(double mm) {
        return (int) Math.round(mm / MM_PER_INCH * 1440);
    }

    static int twipsOfPoints(double pt) {
        return (int) Math.round(pt * 20);
    }

    static int halfPoints(double pt) {
        return (int) Math.round(pt * 2);
    }

    static long emu(double mm) {
        return Math.round(mm * 36000);
    }
}
