package com.aidloop.identification.window;

/** Where a window stands on a day. */
public enum WindowState {
    NOT_STARTED("未开始"),
    OPEN("申请中"),
    ENDED("已截止"),
    CLOSED("已关闭");

    private final String label;

    WindowState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
