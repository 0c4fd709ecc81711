/** The identification figures' page, its JSON and its workbook download. */
package com.aidloop.identification.figures.web;
