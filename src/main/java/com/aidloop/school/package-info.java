/**
 * Schools (学校): their 10-digit school identifier, the stages they teach and the township they
 * stand in, which decides who may see them and their students.
 */
@org.springframework.modulith.ApplicationModule(displayName = "学校")
package com.aidloop.school;
