package org.hotline.application.callback;

import java.util.List;

/** A page of the callback queue: the tasks, earliest due first, and how many match in all. */
public record CallbackTaskPage(List<CallbackTaskView> items, long total, int page, int size) {}
