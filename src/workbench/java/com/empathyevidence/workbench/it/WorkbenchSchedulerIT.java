package com.empathyevidence.workbench.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import com.empathyevidence.workbench.host.WorkbenchScheduler;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.Test;

/** The workbench's scheduler honours the schedules the app uses as atlassian-scheduler would: a daily cron at midnight, a run once at start. */
public class WorkbenchSchedulerIT {

    private static final TimeZone BERLIN = TimeZone.getTimeZone("Europe/Berlin");

    private static ZonedDateTime next(Schedule schedule, ZonedDateTime after) throws SchedulerServiceException {
        return WorkbenchScheduler.nextRunTime(schedule, after.toInstant().toEpochMilli()).toInstant().atZone(after.getZone());
    }

    @Test
    public void aDailyCronRunsAtMidnightOfItsTimeZoneAcrossDaylightSavingChanges() throws Exception {
        Schedule midnight = Schedule.forCronExpression("0 0 0 * * ?", BERLIN);
        ZoneId berlin = BERLIN.toZoneId();
        ZonedDateTime afternoon = ZonedDateTime.of(2026, 3, 28, 15, 0, 0, 0, berlin);
        ZonedDateTime first = next(midnight, afternoon);
        assertEquals(ZonedDateTime.of(2026, 3, 29, 0, 0, 0, 0, berlin), first);
        // the clocks go forward at 02:00 on 29 March: the next midnight is 23 hours later, still at 00:00
        ZonedDateTime second = next(midnight, first);
        assertEquals(ZonedDateTime.of(2026, 3, 30, 0, 0, 0, 0, berlin), second);
        assertEquals(23, java.time.Duration.between(first, second).toHours());
        // back on 25 October: 25 hours
        ZonedDateTime october = next(midnight, ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, berlin));
        assertEquals(ZonedDateTime.of(2026, 10, 26, 0, 0, 0, 0, berlin), october);
        assertEquals(25, java.time.Duration.between(ZonedDateTime.of(2026, 10, 25, 0, 0, 0, 0, berlin), october).toHours());
        // exactly at midnight: the next one, a day later; a minute before: that midnight
        assertEquals(first, next(midnight, first.minusMinutes(1)));
        // no time zone: the server's default
        ZonedDateTime here = ZonedDateTime.now(ZoneId.systemDefault());
        assertEquals(here.toLocalDate().plusDays(1).atStartOfDay(ZoneId.systemDefault()),
                next(Schedule.forCronExpression("0 0 0 * * ?", null), here));
    }

    @Test
    public void aCronTheWorkbenchCannotRunIsRefusedWhenScheduled() {
        WorkbenchScheduler scheduler = new WorkbenchScheduler();
        for (String expression : List.of("0 0/5 * * * ?", "0 0 0 1 * ?", "0 0 0 ? * MON", "0 0 25 * * ?", "nonsense")) {
            try {
                scheduler.scheduleJob(JobId.of("refused"), JobConfig.forJobRunnerKey(JobRunnerKey.of("r"))
                        .withSchedule(Schedule.forCronExpression(expression, null)));
                fail("accepted " + expression);
            } catch (SchedulerServiceException expected) {
                assertTrue(expected.getMessage(), expected.getMessage().contains(expression));
            }
        }
        assertEquals(Set.of(), scheduler.jobs().keySet());
    }

    @Test
    public void whenTheNodeIsUpOnlyTheJobsDueThenRunAndADailyCronWaitsForItsTime() throws Exception {
        WorkbenchScheduler scheduler = new WorkbenchScheduler();
        List<JobId> ran = new CopyOnWriteArrayList<>();
        JobRunnerKey runner = JobRunnerKey.of("runner");
        scheduler.registerJobRunner(runner, request -> {
            ran.add(request.getJobId());
            return JobRunnerResponse.success();
        });
        JobId daily = JobId.of("daily");
        JobId atStart = JobId.of("start");
        JobId later = JobId.of("later");
        scheduler.scheduleJob(daily, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression("0 0 0 * * ?", null)));
        scheduler.scheduleJob(atStart, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.runOnce(null)));
        scheduler.scheduleJob(later, JobConfig.forJobRunnerKey(runner)
                .withSchedule(Schedule.forInterval(1000, new Date(System.currentTimeMillis() + 3_600_000))));
        scheduler.startRuns();
        scheduler.awaitStartRuns();
        assertEquals("only the job due at start ran", List.of(atStart), ran);
        assertEquals(Set.of(atStart), scheduler.lastRuns().keySet());
        // "a day has passed" (the admin endpoint): the daily job runs when asked
        assertEquals(com.atlassian.scheduler.status.RunOutcome.SUCCESS, scheduler.runNow(daily).getRunOutcome());
        assertEquals(List.of(atStart, daily), ran);
    }
}
