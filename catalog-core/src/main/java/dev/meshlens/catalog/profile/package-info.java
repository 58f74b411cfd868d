/**
 * The read models behind asset profiles: usage statistics, the runs that produce a dataset, quality
 * history, and assets often used together.
 */
package dev.meshlens.catalog.profile;
