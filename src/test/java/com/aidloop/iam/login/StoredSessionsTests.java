package com.aidloop.iam.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.Role;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A page session stored in the database by the version before the session generation still reads after the upgrade. */
class StoredSessionsTests {

    /** An {@code AccountPrincipal} of account 7 (county, version 3) as the version without a session generation serialised it. */
    private static final String STORED_BEFORE_THE_UPGRADE =
            "rO0ABXNyACZjb20uYWlkbG9vcC5pYW0ubG9naW4uQWNjb3VudFByaW5jaXBhbPcnT0uf/Xf8AgAKWgAHZW5hYmxlZEoAAmlk"
                    + "WgASbXVzdENoYW5nZVBhc3N3b3JkSQAHdmVyc2lvbkwAC2Rpc3BsYXlOYW1ldAASTGphdmEvbGFuZy9TdHJpbmc7TAAMcGFz"
                    + "c3dvcmRIYXNocQB+AAFMAApyZWdpb25Db2RlcQB+AAFMAAVyb2xlc3QAD0xqYXZhL3V0aWwvU2V0O0wACHNjaG9vbElkdAAQ"
                    + "TGphdmEvbGFuZy9Mb25nO0wACHVzZXJuYW1lcQB+AAF4cAEAAAAAAAAABwAAAAADdAAD5Y6/dAAJe2JjcnlwdH14cHNyACRq"
                    + "YXZhLnV0aWwuRW51bVNldCRTZXJpYWxpemF0aW9uUHJveHkFB9PbdlTK0QIAAkwAC2VsZW1lbnRUeXBldAARTGphdmEvbGFu"
                    + "Zy9DbGFzcztbAAhlbGVtZW50c3QAEVtMamF2YS9sYW5nL0VudW07eHB2cgAUY29tLmFpZGxvb3AuaWFtLlJvbGUAAAAAAAAA"
                    + "ABIAAHhyAA5qYXZhLmxhbmcuRW51bQAAAAAAAAAAEgAAeHB1cgARW0xqYXZhLmxhbmcuRW51bTuojeotM9IvmAIAAHhwAAAA"
                    + "AX5xAH4AC3QADENPVU5UWV9TVEFGRnB0AAZjb3VudHk=";

    @Test
    void aPrincipalStoredBeforeTheSessionGenerationReadsAsGenerationZero() throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(Base64.getDecoder().decode(STORED_BEFORE_THE_UPGRADE)))) {
            AccountPrincipal principal = (AccountPrincipal) in.readObject();
            assertThat(principal.id()).isEqualTo(7);
            assertThat(principal.getUsername()).isEqualTo("county");
            assertThat(principal.roles()).containsExactly(Role.COUNTY_STAFF);
            assertThat(principal.version()).isEqualTo(3);
            assertThat(principal.sessionGeneration()).isZero();
        }
    }
}
