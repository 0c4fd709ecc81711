package com.aidloop.iam.login;

import com.aidloop.shared.Messages;
import org.springframework.security.authentication.AuthenticationServiceException;

/** A login refused because the platform is still doing its start-up work; not a wrong password. */
public final class PlatformStarting extends AuthenticationServiceException {

    public static final String CODE = "login.starting";

    PlatformStarting() {
        super(Messages.format(CODE));
    }
}
