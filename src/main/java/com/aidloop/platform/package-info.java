/** Runs the platform: database start-up, web layout, API description and start-up diagnostics. */
@org.springframework.modulith.ApplicationModule(displayName = "平台")
package com.aidloop.platform;
