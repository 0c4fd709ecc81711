/** Reading a department's file into a list: rows checked, persons written by COPY. */
package com.aidloop.comparison.importing;
