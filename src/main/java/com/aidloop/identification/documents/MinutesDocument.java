package com.aidloop.identification.documents;

import com.aidloop.identification.application.review.ClassReview;
import com.aidloop.identification.application.review.Minutes;
import com.aidloop.identification.application.review.VerdictLine;
import com.aidloop.spreadsheet.OfficialSheet;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 班级评议记录: the minutes of one class review meeting, A4 portrait: class, date and members of
 * the review group, a numbered row per application (name, verdict, votes, opinion; nothing about
 * income, health or evidence), then the members' and the class teacher's signature lines.
 */
final class MinutesDocument {

    static final String TITLE = "家庭经济困难学生认定班级评议记录";
    private static final List<Integer> WIDTHS = List.of(6, 12, 10, 8, 8, 8, 32);

    private MinutesDocument() {}

    static void write(Minutes minutes, String schoolName, String recorder, OutputStream out) {
        ClassReview r = minutes.review();
        XSSFWorkbook book = new XSSFWorkbook();
        OfficialSheet sheet = new OfficialSheet(book, "评议记录", WIDTHS, false);
        sheet.title(schoolName + r.schoolYear() + "学年" + TITLE)
                .line("班级：" + r.className() + "　　评议日期：" + DocumentDates.chinese(r.heldOn()))
                .line("评议小组：班主任 " + r.classTeacher() + "；学生代表 " + r.studentReps() + "；家长代表 " + r.parentReps())
                .header(List.of("序号", "学生姓名", "评议结果", "同意票", "不同意票", "弃权票", "评议意见"));
        List<VerdictLine> lines = r.verdicts();
        for (int i = 0; i < lines.size(); i++) {
            VerdictLine v = lines.get(i);
            String name =
                    i < minutes.studentNames().size() ? minutes.studentNames().get(i) : "";
            sheet.row(List.of(
                    i + 1, name, v.verdict().label(), v.votesFor(), v.votesAgainst(), v.votesAbstain(), v.opinion()));
        }
        sheet.gap()
                .line("评议小组成员（签字）：")
                .line("班主任（签字）：　　　　　　　记录人：" + recorder + "　　　　记录日期："
                        + DocumentDates.chinese(LocalDate.ofInstant(minutes.recordedAt(), ZoneId.of("Asia/Shanghai"))));
        OfficialSheet.write(book, out);
    }
}
