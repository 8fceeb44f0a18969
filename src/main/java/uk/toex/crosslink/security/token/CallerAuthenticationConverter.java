package uk.toex.crosslink.security.token;

import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import uk.toex.crosslink.security.Caller;
import uk.toex.crosslink.security.Role;

/** A validated token becomes an authentication whose authorities are the caller's roles, with the caller itself. */
@Component
public class CallerAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtCallers callers;

    public CallerAuthenticationConverter(JwtCallers callers) {
        this.callers = callers;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Caller caller = callers.fromJwt(jwt);
        List<SimpleGrantedAuthority> authorities = caller.roles().stream()
                .map(Role::authority).map(SimpleGrantedAuthority::new).toList();
        return new CallerAuthentication(jwt, authorities, caller);
    }
}
