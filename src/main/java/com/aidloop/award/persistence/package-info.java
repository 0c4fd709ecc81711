/** Import records and problems, and the award writes of imports (COPY, batched updates). */
package com.aidloop.award.persistence;
