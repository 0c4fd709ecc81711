/**
 * The school import (学校批量导入): the template, the row rules (plain Java), the pass over a file
 * and the records of each upload. Used through {@link com.aidloop.school.ImportingSchools}.
 */
package com.aidloop.school.importing;
