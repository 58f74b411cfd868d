package dev.meshlens.sample.mesh;

import dev.meshlens.sample.mesh.model.Job;
import java.time.Instant;

/**
 * One run of a job.
 *
 * @param job the job
 * @param runId the run's UUID
 * @param nominal the scheduled time
 * @param started when it started
 * @param ended when it completed or failed
 * @param failed whether it failed
 * @param error the error message of a failed run, or null
 */
record Run(
    Job job,
    String runId,
    Instant nominal,
    Instant started,
    Instant ended,
    boolean failed,
    String error) {}
