package uk.toex.crosslink.resolution.normalise;

/**
 * How two dates of birth agree, best level first. Typing errors that keep a date recognisable
 * (day and month swapped, one digit wrong, the year one out) are their own levels, so a
 * mistyped date still counts as evidence rather than as a contradiction.
 */
public enum DobComparison {
    EXACT, PARTIAL, TRANSPOSED, ONE_DIGIT, YEAR_OFF_BY_ONE, DIFFERENT, MISSING;

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
            return DIFFERENT;
        }
        int years = Math.abs(x.year() - y.year());
        if (years == 1 && (x.month() == 0 || y.month() == 0 || x.month() == y.month())) {
            return YEAR_OFF_BY_ONE;
        }
        return years > 0 && digitsDiffering(x.year(), y.year()) == 1 && x.month() == y.month() ? ONE_DIGIT : DIFFERENT;
    }

    /** Years apart when the two dates clearly belong to different people, else 0. */
    public static int yearsApart(int a, int b) {
        if (a == 0 || b == 0 || compare(a, b) != DIFFERENT) {
            return 0;
        }
        return Math.abs(a / 10000 - b / 10000);
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
