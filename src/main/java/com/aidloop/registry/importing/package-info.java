/**
 * The student-registration import (学籍导入): the export of the national student-registration system
 * read as it comes, students and their guardians registered or revised in one transaction, and the
 * students a school's file no longer lists reported.
 */
package com.aidloop.registry.importing;
