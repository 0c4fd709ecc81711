/** The web security set-up: the page and API filter chains, their errors and the forbidden page. */
package com.aidloop.iam.security;
