package uk.toex.crosslink.cli;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.token.JwtCallers;

/**
 * The caller a bearer token given on the command line names, checked as over HTTP. Apart from
 * the command so that listing the commands ({@code --help}) never loads the JWT classes: picocli
 * reflects over every command class, and the JVM then loads the types its handlers catch.
 */
final class TokenCaller {

    private TokenCaller() {
    }

    static Caller of(CommandContext context, String token) {
        try {
            return context.bean(JwtCallers.class).fromJwt(context.bean(JwtDecoder.class).decode(token));
        } catch (JwtException e) {
            throw new BadInputException("--token: not a valid token for this service");
        }
    }
}
