package com.atlassian.jira.web.bean;

// Mirrors https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/web/bean/PagerFilter.html (subset: start and max)
public class PagerFilter<T> {
    private int start;
    private int max;

    public PagerFilter() {
        this(0, 20);
    }

    public PagerFilter(int max) {
        this(0, max);
    }

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public void setStart(int start) {
        this.start = start;
    }

    public int getMax() {
        return max;
    }

    public void setMax(int max) {
        this.max = max;
    }
}
