/**
 * Value types every module speaks: identity documents, money, region codes, terms and the
 * masking of personal data. Plain Java, no framework.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "共享值类型",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.aidloop.shared;
