/** The indicator model pages and their workbook import and export. */
package com.aidloop.identification.web;
