package com.aidloop.iam.family;

import com.aidloop.iam.Role;
import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A family's page session: granted ROLE_GUARDIAN only, which opens /family and nothing else. */
public final class FamilyAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final FamilyPrincipal principal;

    public FamilyAuthentication(FamilyPrincipal principal) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + Role.GUARDIAN.name())));
        this.principal = principal;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public FamilyPrincipal getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal.getDisplayName();
    }
}
