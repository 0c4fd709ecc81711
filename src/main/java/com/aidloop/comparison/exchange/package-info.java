/**
 * Private exchange with a department (docs/comparison.md): a request file of keyed hashes of the
 * county's students' and household members' ID numbers, the department's answer of matches only,
 * imported as a list of the chosen type.
 * Exposed (the demo county's exchanges use it).
 */
@org.springframework.modulith.NamedInterface("exchange")
package com.aidloop.comparison.exchange;
