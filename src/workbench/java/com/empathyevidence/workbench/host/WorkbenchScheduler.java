package com.empathyevidence.workbench.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The atlassian-scheduler service of the workbench. Registered runners are the node's own (as on the hosts).
 *
 * <p><b>A single node</b> (no cluster): the scheduled jobs are kept in memory (one job per id) and run when asked
 * ({@link #runNow}), never on a timer, so tests and the admin endpoint decide when "a day has passed" — except the
 * jobs due when the node is up ({@link #startRuns}: interval schedules whose first run time is unset or past; a cron
 * schedule is first due at its next time, as with Caesium, so never at start), which run on the scheduler's own thread
 * as Caesium's workers do, never on the thread that starts the node: a node whose job has much to do serves at once.
 * One job never runs twice at the same time on a node (a second run waits for the first, as Caesium's per-job lock
 * does). Cron schedules: daily ones, {@code "S M H * * ?"} (a fixed time of day) in the schedule's time zone (the
 * default one when none), the next time computed as Caesium's cron parser would, daylight-saving changes included
 * ({@link #nextRunTime(Schedule, long)}); other cron expressions are refused.
 *
 * <p><b>A cluster node</b> ({@link #clustered}): {@code RUN_ONCE_PER_CLUSTER} jobs live in the shared database (table
 * {@value #JOBS}), as in Caesium's clustered job store; {@code RUN_LOCALLY} jobs stay in the node's memory. On every
 * cluster poll a node (1) renews the lease of the jobs it holds, (2) claims a job whose holder's lease has run out
 * (or that nobody holds) when it has the job's runner, and (3) runs each job it holds that is due. A run is claimed
 * with a compare-and-set on the job's next run time (the next time is written before the job runs, the way Caesium
 * moves {@code NEXT_RUN_TIME} with a version check), so one due time runs on exactly one node even if two nodes both
 * believed they held the job; a cron job's next time is its next time of day after the run. When the holder dies its lease ({@link #leaseMillis}) runs out and another node takes
 * the job over. Every run is recorded in {@value #RUNS} (which node, when, outcome). {@link #makeDue} is "a day has
 * passed" for the cluster: the job runs on the node that holds it.
 */
public final class WorkbenchScheduler implements SchedulerService {

    static final String JOBS = "WB_SCHEDULED_JOB";
    static final String RUNS = "WB_JOB_RUN";
    private static final Logger LOG = Logger.getLogger(WorkbenchScheduler.class.getName());

    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, JobConfig> jobs = new ConcurrentHashMap<>();
    private final PersonalAccessTokens.Connections connections;
    private final String nodeId;
    private final long leaseMillis;
    private final Map<JobId, Object> running = new ConcurrentHashMap<>();
    private final java.util.Set<JobId> inProgress = ConcurrentHashMap.newKeySet();
    private final Map<JobId, JobRunnerResponse> lastRuns = new ConcurrentHashMap<>();
    private volatile boolean stopping;
    private volatile java.util.function.Consumer<JobId> beforeEachRun = id -> { };
    private volatile java.util.concurrent.CompletableFuture<Void> startRuns = java.util.concurrent.CompletableFuture.completedFuture(null);

    /** A single node's scheduler. */
    public WorkbenchScheduler() {
        this.connections = null;
        this.nodeId = null;
        this.leaseMillis = 0;
    }

    /** A cluster node's scheduler; call {@link #tick()} on every cluster poll. */
    public WorkbenchScheduler(PersonalAccessTokens.Connections connections, String nodeId, long leaseMillis) {
        this.connections = connections;
        this.nodeId = nodeId;
        this.leaseMillis = leaseMillis;
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + JOBS + " (JOB_ID VARCHAR(255) PRIMARY KEY, RUNNER_KEY VARCHAR(255) NOT NULL,"
                    + " INTERVAL_MS BIGINT NOT NULL, NEXT_RUN BIGINT, CLAIMED_BY VARCHAR(64), LEASE_UNTIL BIGINT)");
            // cron schedules (a table made before them has neither column)
            s.execute("ALTER TABLE " + JOBS + " ADD COLUMN IF NOT EXISTS CRON VARCHAR(255)");
            s.execute("ALTER TABLE " + JOBS + " ADD COLUMN IF NOT EXISTS TIME_ZONE VARCHAR(64)");
            s.execute("CREATE TABLE IF NOT EXISTS " + RUNS + " (ID BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                    + " JOB_ID VARCHAR(255) NOT NULL, NODE_ID VARCHAR(64) NOT NULL, STARTED_AT BIGINT NOT NULL, OUTCOME VARCHAR(32),"
                    + " MESSAGE VARCHAR(4000))");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the scheduler tables: " + e.getMessage(), e);
        }
    }

    public boolean clustered() {
        return nodeId != null;
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        if (jobId == null || jobConfig == null) {
            throw new SchedulerServiceException("jobId and jobConfig are required");
        }
        Schedule schedule = jobConfig.getSchedule();
        long now = System.currentTimeMillis();
        Date nextRun = schedule.getType() == Schedule.Type.INTERVAL && schedule.getIntervalScheduleInfo().getFirstRunTime() == null
                ? new Date(now) : nextRunTime(schedule, now - 1); // refuses a cron expression the workbench cannot run
        if (!clustered() || jobConfig.getRunMode() != RunMode.RUN_ONCE_PER_CLUSTER) {
            jobs.put(jobId, jobConfig);
            return;
        }
        boolean cron = schedule.getType() == Schedule.Type.CRON_EXPRESSION;
        long interval = cron ? 0 : schedule.getIntervalScheduleInfo().getIntervalInMillis();
        String expression = cron ? schedule.getCronScheduleInfo().getCronExpression() : null;
        String zone = cron && schedule.getCronScheduleInfo().getTimeZone() != null ? schedule.getCronScheduleInfo().getTimeZone().getID() : null;
        long next = nextRun.getTime();
        // As Caesium: scheduling under an existing id replaces that job (its schedule and next run); the holder keeps it.
        try (Connection c = connections.open()) {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + JOBS + " SET RUNNER_KEY = ?, INTERVAL_MS = ?, NEXT_RUN = ?, CRON = ?,"
                    + " TIME_ZONE = ? WHERE JOB_ID = ?")) {
                u.setString(1, jobConfig.getJobRunnerKey().toString());
                u.setLong(2, interval);
                u.setLong(3, next);
                u.setString(4, expression);
                u.setString(5, zone);
                u.setString(6, jobId.toString());
                if (u.executeUpdate() == 1) {
                    return;
                }
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO " + JOBS + " (JOB_ID, RUNNER_KEY, INTERVAL_MS, NEXT_RUN, CRON, TIME_ZONE)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                i.setString(1, jobId.toString());
                i.setString(2, jobConfig.getJobRunnerKey().toString());
                i.setLong(3, interval);
                i.setLong(4, next);
                i.setString(5, expression);
                i.setString(6, zone);
                i.executeUpdate();
            }
        } catch (SQLException e) {
            throw new SchedulerServiceException("Cannot schedule " + jobId + " (another node may have scheduled it at the same moment): " + e.getMessage());
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        jobs.remove(jobId);
        if (clustered()) {
            update("DELETE FROM " + JOBS + " WHERE JOB_ID = ?", jobId.toString());
        }
    }

    /** The scheduled jobs, by id: what was scheduled, with which run mode and schedule (on a cluster, the shared ones too). */
    public Map<JobId, JobConfig> jobs() {
        Map<JobId, JobConfig> all = new HashMap<>(jobs);
        if (clustered()) {
            try (Connection c = connections.open(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MS, CRON, TIME_ZONE FROM " + JOBS)) {
                while (rs.next()) {
                    all.put(JobId.of(rs.getString(1)), JobConfig.forJobRunnerKey(JobRunnerKey.of(rs.getString(2)))
                            .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(schedule(rs.getLong(3), rs.getString(4), rs.getString(5))));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the scheduled jobs: " + e.getMessage(), e);
            }
        }
        return Map.copyOf(all);
    }

    /** Runs a scheduled job now, on this thread; its response, or null when there is no such job or runner. */
    public JobRunnerResponse runNow(JobId jobId) {
        JobConfig config = jobs().get(jobId);
        JobRunner runner = config == null ? null : runners.get(config.getJobRunnerKey());
        if (runner == null) {
            return null;
        }
        return run(jobId, config, runner);
    }

    /**
     * The node is up: each scheduled job's first run (interval schedules without a first run time are due at once), one
     * after another on the scheduler's own thread; returns at once.
     */
    public void startRuns() {
        long now = System.currentTimeMillis();
        List<JobId> due = new ArrayList<>();
        jobs().forEach((id, config) -> {
            Schedule schedule = config.getSchedule();
            if (schedule.getType() == Schedule.Type.INTERVAL && (schedule.getIntervalScheduleInfo().getFirstRunTime() == null
                    || schedule.getIntervalScheduleInfo().getFirstRunTime().getTime() <= now)) {
                due.add(id);
            }
        });
        startRuns = java.util.concurrent.CompletableFuture.runAsync(() -> due.forEach(this::runNow), task -> {
            Thread t = new Thread(task, "workbench-scheduler");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * The node is stopping: runs in progress are asked to stop ({@code isCancellationRequested}), and this waits a
     * little for the first runs to end so that none is cut off by the database going away.
     */
    public void stop() {
        stopping = true;
        try {
            startRuns.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warning("A job's first run had not stopped when the node stopped: " + e);
        }
    }

    /** Waits until the runs {@link #startRuns} began have ended (tests that read what the first run wrote). */
    public void awaitStartRuns() throws InterruptedException, java.util.concurrent.ExecutionException {
        startRuns.get();
    }

    /** The response of each job's last run on this node, by job id (none for a job that has not finished a run yet). */
    public Map<JobId, JobRunnerResponse> lastRuns() {
        return Map.copyOf(lastRuns);
    }

    /** Called on the running thread just before each run (tests hold a run there to see the node serve meanwhile). */
    public void beforeEachRun(java.util.function.Consumer<JobId> hook) {
        beforeEachRun = hook == null ? id -> { } : hook;
    }

    /** "A day has passed" on a cluster: every shared job is due now and runs on the node that holds it. */
    public List<JobId> makeDue() {
        List<JobId> due = new ArrayList<>();
        if (clustered()) {
            jobs().forEach((id, config) -> {
                if (config.getRunMode() == RunMode.RUN_ONCE_PER_CLUSTER) {
                    update("UPDATE " + JOBS + " SET NEXT_RUN = ? WHERE JOB_ID = ?", System.currentTimeMillis(), id.toString());
                    due.add(id);
                }
            });
        }
        return due;
    }

    /** One cluster poll: renew, claim, run what is due and held here. */
    public void tick() {
        if (!clustered()) {
            return;
        }
        long now = System.currentTimeMillis();
        update("UPDATE " + JOBS + " SET LEASE_UNTIL = ? WHERE CLAIMED_BY = ?", now + leaseMillis, nodeId);
        record Row(String id, String runner, Schedule schedule, Long next, String holder, long leaseUntil) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection c = connections.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MS, NEXT_RUN, CLAIMED_BY, LEASE_UNTIL, CRON, TIME_ZONE FROM " + JOBS)) {
            while (rs.next()) {
                long next = rs.getLong(4);
                Long nextRun = rs.wasNull() ? null : next;
                rows.add(new Row(rs.getString(1), rs.getString(2), schedule(rs.getLong(3), rs.getString(7), rs.getString(8)), nextRun,
                        rs.getString(5), rs.getLong(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the scheduled jobs: " + e.getMessage(), e);
        }
        for (Row row : rows) {
            JobRunner runner = runners.get(JobRunnerKey.of(row.runner()));
            if (runner == null) {
                continue; // only a node with the job's runner may hold it
            }
            boolean mine = nodeId.equals(row.holder());
            if (!mine && (row.holder() == null || row.leaseUntil() < now)) {
                mine = row.holder() == null
                        ? update("UPDATE " + JOBS + " SET CLAIMED_BY = ?, LEASE_UNTIL = ? WHERE JOB_ID = ? AND CLAIMED_BY IS NULL",
                                nodeId, now + leaseMillis, row.id()) == 1
                        // compare-and-set on the lapsed lease we read: of several nodes taking over, one wins
                        : update("UPDATE " + JOBS + " SET CLAIMED_BY = ?, LEASE_UNTIL = ? WHERE JOB_ID = ? AND CLAIMED_BY = ? AND LEASE_UNTIL = ?",
                                nodeId, now + leaseMillis, row.id(), row.holder(), row.leaseUntil()) == 1;
                if (mine) {
                    LOG.info("Node " + nodeId + " now holds job " + row.id() + (row.holder() == null ? "" : " (taken over from node " + row.holder() + ")"));
                }
            }
            JobId id = JobId.of(row.id());
            if (mine && row.next() != null && row.next() <= now && !inProgress.contains(id)) {
                Long following = following(row.schedule(), now);
                boolean claimedRun = update("UPDATE " + JOBS + " SET NEXT_RUN = ? WHERE JOB_ID = ? AND CLAIMED_BY = ? AND NEXT_RUN = ?",
                        following, row.id(), nodeId, row.next()) == 1;
                if (claimedRun) {
                    // On the scheduler's own thread, not the poll's: the poll goes on renewing the lease and delivering
                    // cache invalidations while a long run works.
                    JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of(row.runner())).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                            .withSchedule(row.schedule());
                    inProgress.add(id);
                    Thread worker = new Thread(() -> {
                        try {
                            run(id, config, runner);
                        } finally {
                            inProgress.remove(id);
                        }
                    }, "workbench-scheduler");
                    worker.setDaemon(true);
                    worker.start();
                }
            }
        }
    }

    /** The job's next run after one at {@code now}: the next time of a cron schedule, an interval later, or none (run once). */
    private static Long following(Schedule schedule, long now) {
        if (schedule.getType() == Schedule.Type.CRON_EXPRESSION) {
            try {
                return nextRunTime(schedule, now).getTime();
            } catch (SchedulerServiceException e) {
                throw new IllegalStateException(e.getMessage(), e); // refused when it was scheduled: not stored
            }
        }
        long interval = schedule.getIntervalScheduleInfo().getIntervalInMillis();
        return interval > 0 ? now + interval : null;
    }

    private static Schedule schedule(long interval, String cron, String zone) {
        return cron == null ? Schedule.forInterval(interval, null)
                : Schedule.forCronExpression(cron, zone == null ? null : java.util.TimeZone.getTimeZone(zone));
    }

    /**
     * The first time after {@code after} (epoch millis) at which the schedule runs: for an interval schedule, its first
     * run time when that is later, else the next multiple of the interval from it (now, when it has none); for a cron
     * schedule, its next time of day in its time zone (the default one when none), computed on local dates so that a
     * daylight-saving change keeps it at that time of day (a time the change skips runs at the first instant after it,
     * as Caesium's cron parser does).
     */
    public static Date nextRunTime(Schedule schedule, long after) throws SchedulerServiceException {
        if (schedule.getType() == Schedule.Type.INTERVAL) {
            Date first = schedule.getIntervalScheduleInfo().getFirstRunTime();
            long interval = schedule.getIntervalScheduleInfo().getIntervalInMillis();
            if (first == null) {
                return new Date(after + 1);
            }
            if (first.getTime() > after || interval <= 0) {
                return first;
            }
            return new Date(first.getTime() + ((after - first.getTime()) / interval + 1) * interval);
        }
        String expression = schedule.getCronScheduleInfo().getCronExpression();
        String[] f = expression.trim().split("\\s+");
        boolean daily = (f.length == 6 || f.length == 7 && f[6].equals("*")) && f[3].matches("[*?]") && f[4].equals("*")
                && f[5].matches("[*?]") && !(f[3].equals("?") && f[5].equals("?")) && f[0].matches("\\d{1,2}")
                && f[1].matches("\\d{1,2}") && f[2].matches("\\d{1,2}");
        int second = daily ? Integer.parseInt(f[0]) : -1;
        int minute = daily ? Integer.parseInt(f[1]) : -1;
        int hour = daily ? Integer.parseInt(f[2]) : -1;
        if (!daily || second > 59 || minute > 59 || hour > 23) {
            throw new SchedulerServiceException("The workbench's scheduler runs cron expressions of a fixed time every day only"
                    + " (\"S M H * * ?\"), not \"" + expression + "\"");
        }
        java.time.ZoneId zone = schedule.getCronScheduleInfo().getTimeZone() == null ? java.time.ZoneId.systemDefault()
                : schedule.getCronScheduleInfo().getTimeZone().toZoneId();
        java.time.LocalTime at = java.time.LocalTime.of(hour, minute, second);
        java.time.LocalDate day = java.time.Instant.ofEpochMilli(after).atZone(zone).toLocalDate();
        while (true) {
            java.time.ZonedDateTime candidate = day.atTime(at).atZone(zone); // in a skipped hour: moved after the gap
            if (candidate.toInstant().toEpochMilli() > after) {
                return Date.from(candidate.toInstant());
            }
            day = day.plusDays(1);
        }
    }

    private JobRunnerResponse run(JobId jobId, JobConfig config, JobRunner runner) {
        synchronized (running.computeIfAbsent(jobId, id -> new Object())) {
            beforeEachRun.accept(jobId);
            JobRunnerResponse response = runOnce(jobId, config, runner);
            lastRuns.put(jobId, response);
            return response;
        }
    }

    private JobRunnerResponse runOnce(JobId jobId, JobConfig config, JobRunner runner) {
        Date start = new Date();
        JobRunnerResponse response;
        try {
            response = runner.runJob(new JobRunnerRequest() {
                @Override
                public Date getStartTime() {
                    return start;
                }

                @Override
                public JobId getJobId() {
                    return jobId;
                }

                @Override
                public JobConfig getJobConfig() {
                    return config;
                }

                @Override
                public boolean isCancellationRequested() {
                    return stopping; // the node is stopping: a job that asks stops between its steps
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + jobId + " failed", e);
            response = JobRunnerResponse.failed(e.getMessage());
        }
        response = response == null ? JobRunnerResponse.success() : response;
        if (clustered()) {
            String message = response.getMessage();
            update("INSERT INTO " + RUNS + " (JOB_ID, NODE_ID, STARTED_AT, OUTCOME, MESSAGE) VALUES (?, ?, ?, ?, ?)", jobId.toString(), nodeId,
                    start.getTime(), String.valueOf(response.getRunOutcome()), message == null ? null : message.substring(0, Math.min(4000, message.length())));
        }
        return response;
    }

    private int update(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement u = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    u.setNull(i + 1, java.sql.Types.BIGINT); // the only null parameter: a job with no next run
                } else {
                    u.setObject(i + 1, params[i]);
                }
            }
            return u.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Scheduler database error: " + e.getMessage(), e);
        }
    }
}
