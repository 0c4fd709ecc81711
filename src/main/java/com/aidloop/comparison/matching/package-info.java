/** The scheduled monthly matching run. */
package com.aidloop.comparison.matching;
