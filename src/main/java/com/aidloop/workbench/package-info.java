/** The staff home page (工作台): who you are, what you may see, and the work waiting for you. */
@org.springframework.modulith.ApplicationModule(displayName = "工作台")
package com.aidloop.workbench;
