package uk.toex.crosslink.resolution.engine;

import uk.toex.crosslink.resolution.normalise.DobComparison;

/** Fills the comparison vector of a pair of prepared records, feature by feature. */
final class PairComparator {

    private final Vocabulary vocabulary;
    private final NameComparator names;

    PairComparator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.names = new NameComparator(vocabulary);
    }

    /** Compares in a canonical order, so a pair gets the same vector whichever way round it is met. */
    void compare(PreparedRecord x, PreparedRecord y, Comparison out) {
        boolean inOrder = x.before(y);
        compareOrdered(inOrder ? x : y, inOrder ? y : x, out);
    }

    private void compareOrdered(PreparedRecord a, PreparedRecord b, Comparison out) {
        out.reset();
        names.compare(a, b, out);
        DobComparison dob = DobComparison.compare(a.dob, b.dob);
        set(out, Feature.DOB, dob.ordinal(), dob == DobComparison.EXACT ? frequency(vocabulary.dobs, a.dobId) : 0);
        out.dobYearsApart = dob == DobComparison.DIFFERENT ? Math.abs(a.birthYear() - b.birthYear()) : 0;
        shared(out, Feature.PHONE, a.phones, b.phones, vocabulary.phones);
        shared(out, Feature.EMAIL, a.emails, b.emails, vocabulary.emails);
        documents(a, b, out);
        address(a, b, out);
        set(out, Feature.GENDER, a.gender == 0 || b.gender == 0 ? 2 : a.gender == b.gender ? 0 : 1, 0);
        set(out, Feature.NATIONALITY, a.nationality < 0 || b.nationality < 0 ? 2 : a.nationality == b.nationality ? 0 : 1, 0);
    }

    private void shared(Comparison out, Feature f, int[] a, int[] b, Interner field) {
        if (a.length == 0 || b.length == 0) {
            set(out, f, 2, 0);
            return;
        }
        int rarest = -1;
        for (int x : a) {
            for (int y : b) {
                if (x == y && (rarest < 0 || field.frequencyCount(x) < field.frequencyCount(rarest))) {
                    rarest = x;
                }
            }
        }
        set(out, f, rarest >= 0 ? 0 : 1, rarest >= 0 ? frequency(field, rarest) : 0);
    }

    private void documents(PreparedRecord a, PreparedRecord b, Comparison out) {
        if (a.documents.length == 0 || b.documents.length == 0) {
            set(out, Feature.DOCUMENT, 4, 0);
            return;
        }
        int level = 3;
        int matched = -1;
        for (int i = 0; i < a.documents.length; i++) {
            for (int j = 0; j < b.documents.length; j++) {
                if (a.documents[i] == b.documents[j]) {
                    level = 0;
                    matched = a.documents[i];
                } else if (a.documentTypes[i] == b.documentTypes[j] && a.documentTypes[i] != Vocabulary.OTHER_DOCUMENT) {
                    boolean typo = typingError(vocabulary.documents.value(a.documents[i]), vocabulary.documents.value(b.documents[j]));
                    level = Math.min(level, typo ? 1 : 2);
                }
            }
        }
        set(out, Feature.DOCUMENT, level, matched >= 0 ? frequency(vocabulary.documents, matched) : 0);
    }

    private void address(PreparedRecord a, PreparedRecord b, Comparison out) {
        boolean postcodes = a.postcode >= 0 && b.postcode >= 0;
        if (a.street >= 0 && a.street == b.street && (!postcodes || a.postcode == b.postcode)) {
            set(out, Feature.ADDRESS, 0, a.address == b.address ? frequency(vocabulary.addresses, a.address)
                    : frequency(vocabulary.streets, a.street));
        } else if (postcodes && a.postcode == b.postcode) {
            set(out, Feature.ADDRESS, 1, frequency(vocabulary.postcodes, a.postcode));
        } else if (a.outward >= 0 && a.outward == b.outward) {
            set(out, Feature.ADDRESS, 2, 0);
        } else if ((a.street >= 0 || a.postcode >= 0) && (b.street >= 0 || b.postcode >= 0)) {
            set(out, Feature.ADDRESS, 3, 0);
        } else {
            set(out, Feature.ADDRESS, 4, 0);
        }
    }

    private double frequency(Interner field, int id) {
        return field.frequencyCount(id) / (double) field.frequencyTotal(vocabulary.records());
    }

    private static void set(Comparison out, Feature f, int level, double frequency) {
        out.level[f.ordinal()] = level;
        out.frequency[f.ordinal()] = frequency;
    }

    /** Numbers that differ by what typing does: one edit, or two in a number of eight characters or more. */
    static boolean typingError(String x, String y) {
        if (Math.min(x.length(), y.length()) >= 8) {
            return TWO_EDITS.apply(x, y) >= 0;
        }
        return oneEditApart(x, y);
    }

    private static final org.apache.commons.text.similarity.LevenshteinDistance TWO_EDITS =
            new org.apache.commons.text.similarity.LevenshteinDistance(2);

    /** One character replaced, added, dropped, or two neighbours swapped. */
    static boolean oneEditApart(String x, String y) {
        int lx = x.length();
        int ly = y.length();
        if (Math.abs(lx - ly) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(lx, ly) && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (lx == ly) {
            if (x.substring(i + 1).equals(y.substring(i + 1))) {
                return true;
            }
            return i + 1 < lx && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
        }
        return lx > ly ? x.substring(i + 1).equals(y.substring(i)) : x.substring(i).equals(y.substring(i + 1));
    }
}
