package com.aidloop.school;

import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Text;
import com.aidloop.spreadsheet.CellText;

/**
 * Where a school is and whom to call there: its address (地址), contact person (联系人) and contact
 * phone (联系电话), each optional. Text that a spreadsheet would run as a formula is refused, since
 * these values are written into workbooks again.
 */
public record SchoolContact(String address, String contactName, ContactPhone phone) {

    public static final int ADDRESS_MAX = 100;
    public static final int CONTACT_NAME_MAX = 30;
    public static final SchoolContact NONE = new SchoolContact(null, null, null);

    public SchoolContact {
        address = address(address);
        contactName = contactName(contactName);
    }

    /** The address as stored: blank is none; too long or formula-like is refused. */
    public static String address(String raw) {
        return checked(raw, ADDRESS_MAX, "school.address.length");
    }

    /** The contact person's name as stored: blank is none; too long or formula-like is refused. */
    public static String contactName(String raw) {
        return checked(raw, CONTACT_NAME_MAX, "school.contactName.length");
    }

    public SchoolContact withAddress(String newAddress) {
        return new SchoolContact(newAddress, contactName, phone);
    }

    public SchoolContact withContactName(String newName) {
        return new SchoolContact(address, newName, phone);
    }

    public SchoolContact withPhone(ContactPhone newPhone) {
        return new SchoolContact(address, contactName, newPhone);
    }

    /** The phone as lists show it, "" when there is none. */
    public String maskedPhone() {
        return phone == null ? "" : phone.masked();
    }

    /** Blank becomes null; a value longer than {@code max} or starting like a formula is refused. */
    private static String checked(String raw, int max, String tooLong) {
        String text = Text.normalize(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > max) {
            throw new InvalidValue(tooLong, max, text.length());
        }
        if (startsLikeAFormula(text)) {
            throw new InvalidValue("school.text.formula");
        }
        return text;
    }

    /** What Excel, WPS and LibreOffice would run as a formula, by the rule the workbooks are written with. */
    public static boolean startsLikeAFormula(String text) {
        return CellText.startsDangerously(text);
    }

    @Override
    public String toString() {
        return "SchoolContact[" + (address == null ? "" : address) + ", " + (contactName == null ? "" : contactName)
                + ", " + maskedPhone() + "]";
    }
}
