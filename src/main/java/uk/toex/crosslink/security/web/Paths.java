package uk.toex.crosslink.security.web;

import jakarta.servlet.http.HttpServletRequest;

/** The endpoints security treats specially. */
final class Paths {

    static final String GRAPHQL = "/graphql";
    static final String INGEST = "/ingest";

    private Paths() {
    }

    static String of(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static boolean isGraphQl(HttpServletRequest request) {
        return GRAPHQL.equals(of(request));
    }

    static boolean isIngest(HttpServletRequest request) {
        String path = of(request);
        return path.equals(INGEST) || path.startsWith(INGEST + "/");
    }
}
