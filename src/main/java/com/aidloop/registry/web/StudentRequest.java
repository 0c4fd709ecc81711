package com.aidloop.registry.web;

import com.aidloop.registry.StudentInput;
import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A student sent to the API. On PUT, {@code version} is the version last read; blank or missing
 * sensitive fields keep the stored values, members are recognised by {@code id}.
 */
@Schema(description = "学生信息（新增或修改）")
record StudentRequest(
        @Schema(description = "修改时必填：上次读取到的版本号") Integer version,
        @Schema(description = "姓名", example = "李明") String name,
        @Schema(description = "性别：男/女，居民身份证可不填") String gender,

        @Schema(description = "证件类型，默认居民身份证", example = "居民身份证")
        String idType,

        @Schema(description = "证件号码；修改时不填表示不变") String idNumber,
        @Schema(description = "学籍号（19位）；修改时不填表示不变") String studentNumber,
        @Schema(description = "学校ID") Long schoolId,
        @Schema(description = "年级", example = "三年级") String grade,
        @Schema(description = "班级", example = "2班") String className,
        @Schema(description = "户籍乡镇代码（9位）") String householdTownship,
        @Schema(description = "户籍村代码（12位）") String householdVillage,
        @Schema(description = "户籍性质：城镇/农村") String residence,
        @Schema(description = "家庭成员及监护人") List<MemberInput> household,
        @Schema(description = "资助卡；不填表示没有资助卡") CardInput aidCard) {

    StudentInput toInput() {
        return new StudentInput(
                name,
                gender,
                idType,
                idNumber,
                studentNumber,
                schoolId,
                grade,
                className,
                householdTownship,
                householdVillage,
                residence,
                household,
                aidCard);
    }

    @Override
    public String toString() {
        return "StudentRequest[v" + version + " " + toInput() + "]";
    }
}
