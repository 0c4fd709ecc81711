package com.aidloop.endtoend;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Fills in the application form's family members, as a guardian or a school does in the browser. */
final class FamilyForm {

    private FamilyForm() {}

    /** Fills in one row of 家庭成员: name, relation, age, yearly income and health. */
    static void member(
            Chromium browser, int row, String name, String relation, String age, String income, String health) {
        WebElement line = browser.find(".member[data-row='" + row + "']");
        line.findElement(By.cssSelector("input[name='members[" + row + "].name']"))
                .sendKeys(name);
        line.findElement(By.cssSelector("input[name='members[" + row + "].relation']"))
                .sendKeys(relation);
        line.findElement(By.cssSelector("input[name='members[" + row + "].age']"))
                .sendKeys(age);
        line.findElement(By.cssSelector("input[name='members[" + row + "].income']"))
                .sendKeys(income);
        new Select(line.findElement(By.cssSelector("select[name='members[" + row + "].health']")))
                .selectByVisibleText(health);
    }
}
