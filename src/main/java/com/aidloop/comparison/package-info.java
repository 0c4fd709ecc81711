/**
 * Department lists and what they show about students (双向摸底): lists from other departments
 * imported privately (only blind indexes of ID numbers kept), matched against students and their
 * households, and the special-difficulty register (特殊困难学生数据库) that identification reads.
 */
@org.springframework.modulith.ApplicationModule(displayName = "部门数据比对")
package com.aidloop.comparison;
