/**
 * The student registry (学生信息、家庭成员、资助卡): students, their household members and
 * guardians and their aid cards, with identity, card and phone numbers, income and health sealed
 * at rest and shown masked unless an audited reveal asks for them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "学生信息")
package com.aidloop.registry;
