/**
 * Text in one place (文案): the message bundle of the application in Chinese and English ({@code
 * i18n/messages_zh.properties}, {@code i18n/messages_en.properties}) and the one class that reads
 * it. Labels of statuses, actions, channels, urgencies, callback results and reasons, the pages'
 * texts, notification texts and history-detail sentences all come from here. See {@code
 * docs/i18n.md}.
 */
package org.hotline.application.text;
