package uk.toex.crosslink.resolution.engine;

import uk.toex.crosslink.resolution.normalise.DobComparison;

/** Fills the comparison vector of a pair of prepared records, feature by feature, setting each level by name. */
final class PairComparator {

    private static final Level DOC_MATCH = Level.of(Feature.DOCUMENT, "MATCH");
    private static final Level DOC_TYPO = Level.of(Feature.DOCUMENT, "TYPO");
    private static final Level DOC_CONFLICT = Level.of(Feature.DOCUMENT, "CONFLICT");
    private static final Level DOC_NO_COMMON_TYPE = Level.of(Feature.DOCUMENT, "NO_COMMON_TYPE");
    private static final Level SAME_ADDRESS = Level.of(Feature.ADDRESS, "SAME_ADDRESS");
    private static final Level SIMILAR_ADDRESS = Level.of(Feature.ADDRESS, "SIMILAR_ADDRESS");
    private static final Level SAME_POSTCODE = Level.of(Feature.ADDRESS, "SAME_POSTCODE");
    private static final Level SAME_DISTRICT = Level.of(Feature.ADDRESS, "SAME_DISTRICT");
    private static final Level ADDRESS_DIFFERENT = Level.of(Feature.ADDRESS, "DIFFERENT");
    private static final Level EMAIL_SIMILAR = Level.of(Feature.EMAIL, "SIMILAR");
    /** The DOB level of each {@link DobComparison}, matched by name. */
    private static final int[] DOB_LEVEL = java.util.Arrays.stream(DobComparison.values())
            .mapToInt(d -> Feature.DOB.level(d.name())).toArray();
    /** The MATCH level of features that only match or differ. */
    private static final int[] MATCH = java.util.Arrays.stream(Feature.ALL)
            .mapToInt(f -> f.levels().indexOf("MATCH")).toArray();

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
        set(out, Feature.DOB, DOB_LEVEL[dob.ordinal()],
                dob == DobComparison.EXACT ? frequency(vocabulary.dobs, a.dobId) : 0);
        shared(out, Feature.PHONE, a.phones, b.phones, vocabulary.phones);
        shared(out, Feature.EMAIL, a.emails, b.emails, vocabulary.emails);
        if (out.level(Feature.EMAIL) == Feature.EMAIL.disagreement() && similarEmails(a.emails, b.emails)) {
            set(out, Feature.EMAIL, EMAIL_SIMILAR.index(), 0);
        }
        documents(a, b, out);
        address(a, b, out);
        same(out, Feature.GENDER, a.gender != 0 && b.gender != 0, a.gender == b.gender);
        same(out, Feature.NATIONALITY, a.nationality >= 0 && b.nationality >= 0, a.nationality == b.nationality);
        extras(a, b, out);
    }

    /** The deployment's extra comparisons, after the built-in features; a frequency where one value is shared. */
    private void extras(PreparedRecord a, PreparedRecord b, Comparison out) {
        FeatureSet features = out.features;
        for (int i = 0; i < a.extras.length; i++) {
            int f = Feature.COUNT + i;
            int x = a.extras[i];
            int y = b.extras[i];
            Interner field = vocabulary.extras[i];
            if (x < 0 || y < 0) {
                out.level[f] = features.missing(f);
                out.frequency[f] = 0;
            } else {
                out.level[f] = x == y ? 0 : features.extra(f).kind().level(field.value(x), field.value(y));
                out.frequency[f] = x == y ? frequency(field, x) : 0;
            }
        }
    }

    private static void same(Comparison out, Feature f, boolean known, boolean equal) {
        set(out, f, !known ? f.missing() : equal ? MATCH[f.ordinal()] : f.disagreement(), 0);
    }

    /** Addresses a typist could have made of one another: one or two edits. */
    private boolean similarEmails(int[] a, int[] b) {
        for (int x : a) {
            for (int y : b) {
                if (TWO_EDITS.apply(vocabulary.emails.value(x), vocabulary.emails.value(y)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private void shared(Comparison out, Feature f, int[] a, int[] b, Interner field) {
        if (a.length == 0 || b.length == 0) {
            set(out, f, f.missing(), 0);
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
        set(out, f, rarest >= 0 ? MATCH[f.ordinal()] : f.disagreement(), rarest >= 0 ? frequency(field, rarest) : 0);
    }

    private void documents(PreparedRecord a, PreparedRecord b, Comparison out) {
        if (a.documents.length == 0 || b.documents.length == 0) {
            set(out, Feature.DOCUMENT, Feature.DOCUMENT.missing(), 0);
            return;
        }
        int level = DOC_NO_COMMON_TYPE.index();
        int matched = -1;
        for (int i = 0; i < a.documents.length; i++) {
            for (int j = 0; j < b.documents.length; j++) {
                if (a.documents[i] == b.documents[j]) {
                    level = DOC_MATCH.index();
                    matched = a.documents[i];
                } else if (a.documentTypes[i] == b.documentTypes[j] && a.documentTypes[i] != Vocabulary.OTHER_DOCUMENT) {
                    boolean typo = typingError(vocabulary.documents.value(a.documents[i]), vocabulary.documents.value(b.documents[j]));
                    level = Math.min(level, typo ? DOC_TYPO.index() : DOC_CONFLICT.index());
                }
            }
        }
        set(out, Feature.DOCUMENT, level, matched >= 0 ? frequency(vocabulary.documents, matched) : 0);
    }

    private void address(PreparedRecord a, PreparedRecord b, Comparison out) {
        boolean postcodes = a.postcode >= 0 && b.postcode >= 0;
        if (a.street >= 0 && a.street == b.street && (!postcodes || a.postcode == b.postcode)) {
            set(out, Feature.ADDRESS, SAME_ADDRESS.index(), a.address == b.address ? frequency(vocabulary.addresses, a.address)
                    : frequency(vocabulary.streets, a.street));
        } else if (a.street >= 0 && b.street >= 0 && (!postcodes || a.postcode == b.postcode)
                && vocabulary.streetsOneSlipApart(a.street, b.street)) {
            set(out, Feature.ADDRESS, SIMILAR_ADDRESS.index(), 0);
        } else if (postcodes && a.postcode == b.postcode) {
            set(out, Feature.ADDRESS, SAME_POSTCODE.index(), frequency(vocabulary.postcodes, a.postcode));
        } else if (a.outward >= 0 && a.outward == b.outward) {
            set(out, Feature.ADDRESS, SAME_DISTRICT.index(), 0);
        } else if ((a.street >= 0 || a.postcode >= 0) && (b.street >= 0 || b.postcode >= 0)) {
            set(out, Feature.ADDRESS, ADDRESS_DIFFERENT.index(), 0);
        } else {
            set(out, Feature.ADDRESS, Feature.ADDRESS.missing(), 0);
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
        if (editsAtLeast(x, y) > 2) {
            return false; // most pairs of different numbers: no edit distance to work out
        }
        if (Math.min(x.length(), y.length()) >= 8) {
            return TWO_EDITS.apply(x, y) >= 0;
        }
        return oneEditApart(x, y);
    }

    /**
     * A lower bound of the edit distance: every character one string has beyond the other's must be
     * edited. Characters are paired off greedily, the used ones of {@code x} marked in one word, so
     * the bound needs no allocation for numbers of up to 64 characters (longer ones are not a
     * document number; they get the count by character classes).
     */
    static int editsAtLeast(String x, String y) {
        if (x.length() > 64) {
            return editsAtLeastByCounts(x, y);
        }
        long used = 0;
        int shared = 0;
        for (int j = 0; j < y.length(); j++) {
            char c = y.charAt(j);
            for (int i = 0; i < x.length(); i++) {
                if ((used & (1L << i)) == 0 && x.charAt(i) == c) {
                    used |= 1L << i;
                    shared++;
                    break;
                }
            }
        }
        return Math.max(x.length(), y.length()) - shared;
    }

    private static int editsAtLeastByCounts(String x, String y) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        int shared = 0;
        for (int i = 0; i < y.length(); i++) {
            char c = y.charAt(i);
            if (c >= 128) {
                shared += other > 0 ? 1 : 0;
                other--;
            } else if (counts[c]-- > 0) {
                shared++;
            }
        }
        return Math.max(x.length(), y.length()) - shared;
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
