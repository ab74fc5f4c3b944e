package org.hotline.application.callback;

import java.util.List;

/**
 * 服务记录批量接收开始: fired as a synchronous CDI event, inside the batch's transaction, before any record
 * of a batch of service records ({@code POST /api/service-records} or an upload) is stored. The SMS
 * survey observes it to lock the rows of the batch's numbers in one fixed order (同号码限发), so that
 * two batches sharing numbers wait for each other instead of deadlocking.
 *
 * @param phonesE164 the batch's citizens' numbers in E.164 (e.g. {@code +8613812345678}); entries
 *     may be null (a number that is missing or not a mobile)
 */
public record ServiceRecordBatchStarting(List<String> phonesE164) {}
