package uk.toex.crosslink.resolution.normalise;

/**
 * How two dates of birth agree, best level first. Typing errors that keep a date recognisable
 * (day and month swapped, one digit wrong, the year one out) are their own levels, and so are
 * dates that are merely close (within a year, within three), so a mistyped or approximate date
 * still counts as evidence and its weight is learnt from the data, not ruled on here. A date ten or
 * a hundred years out but otherwise within a month ({@code 1978-02-24} / {@code 1988-03-02},
 * {@code 2002-11-18} / {@code 1992-11-30}) is {@link #DECADE_SLIP}: the decade or century mistyped or
 * misread, which a relative a decade older cannot be told from by date alone, so it is its own level
 * (and no contradiction) whose weight the data decides.
 */
public enum DobComparison {
    EXACT, PARTIAL, TRANSPOSED, ONE_DIGIT, YEAR_OFF_BY_ONE, WITHIN_YEAR, WITHIN_3_YEARS, DECADE_SLIP, DIFFERENT, MISSING;

    /** Years apart up to which two dates are {@link #WITHIN_3_YEARS}; further apart they are DIFFERENT. */
    public static final int FEW_YEARS = 3;

    /** Packed dates ({@link DateOfBirth#pack()}), 0 meaning unknown. */
    public static DobComparison compare(int a, int b) {
        if (a == 0 || b == 0) {
            return MISSING;
        }
        if (a == b) {
            return bothFull(a, b) ? EXACT : PARTIAL;
        }
        DateOfBirth x = DateOfBirth.unpack(a);
        DateOfBirth y = DateOfBirth.unpack(b);
        if (consistent(x, y) || (x.year() == y.year() && (firstOfJanuary(x) || firstOfJanuary(y)))) {
            return PARTIAL; // 1 January often stands for "year known, day unknown"
        }
        if (x.full() && y.full()) {
            if (x.year() == y.year() && x.month() == y.day() && x.day() == y.month()) {
                return TRANSPOSED;
            }
            if (Math.abs(x.year() - y.year()) == 1 && x.month() == y.month() && x.day() == y.day()) {
                return YEAR_OFF_BY_ONE;
            }
            if (digitsDiffering(a, b) == 1) {
                return ONE_DIGIT;
            }
            return close(x, y);
        }
        int years = Math.abs(x.year() - y.year());
        if (years == 1 && (x.month() == 0 || y.month() == 0 || x.month() == y.month())) {
            return YEAR_OFF_BY_ONE;
        }
        return years > 0 && digitsDiffering(x.year(), y.year()) == 1 && x.month() == y.month() ? ONE_DIGIT : close(x, y);
    }

    /** Neither equal nor a recognisable typo: how close, in months where both are known. */
    private static DobComparison close(DateOfBirth x, DateOfBirth y) {
        int months = Math.abs((x.year() * 12 + Math.max(x.month(), 1)) - (y.year() * 12 + Math.max(y.month(), 1)));
        if (x.year() == y.year() || (x.month() > 0 && y.month() > 0 && months <= 12)) {
            return WITHIN_YEAR;
        }
        if (Math.abs(x.year() - y.year()) <= FEW_YEARS) {
            return WITHIN_3_YEARS;
        }
        return decadeSlip(x, y, 10) || decadeSlip(x, y, 100) ? DECADE_SLIP : DIFFERENT;
    }

    /** Most days a slipped date may also be out by (a day or month typed wrong as well). */
    static final int SLIP_DAYS = 45;

    /** {@code years} apart (either way) to within {@link #SLIP_DAYS}; a date without a month never qualifies. */
    private static boolean decadeSlip(DateOfBirth x, DateOfBirth y, int years) {
        if (x.month() == 0 || y.month() == 0) {
            return false;
        }
        double apart = Math.abs(days(x) - days(y));
        return Math.abs(apart - years * 365.25) <= SLIP_DAYS + (x.full() && y.full() ? 0 : 31);
    }

    /** Approximate days since year 0, a month without a day taken at its middle. */
    private static double days(DateOfBirth d) {
        return d.year() * 365.25 + (d.month() - 1) * 30.44 + (d.full() ? d.day() : 15);
    }

    private static boolean firstOfJanuary(DateOfBirth d) {
        return d.month() == 1 && d.day() == 1;
    }

    private static boolean bothFull(int a, int b) {
        return a % 100 != 0 && b % 100 != 0;
    }

    /** Equal wherever both are known ({@code 1984} and {@code 1984-03-07}). */
    private static boolean consistent(DateOfBirth x, DateOfBirth y) {
        return x.year() == y.year()
                && (x.month() == 0 || y.month() == 0 || x.month() == y.month())
                && (x.day() == 0 || y.day() == 0 || x.day() == y.day());
    }

    private static int digitsDiffering(int a, int b) {
        int differing = 0;
        while (a > 0 || b > 0) {
            if (a % 10 != b % 10) {
                differing++;
            }
            a /= 10;
            b /= 10;
        }
        return differing;
    }
}
