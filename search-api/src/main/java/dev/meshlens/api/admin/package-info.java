/**
 * Administration over HTTP: issuing, listing and revoking API tokens, reading the audit log, and
 * telling a caller who they are.
 */
package dev.meshlens.api.admin;
