/** Who may see and do what: API tokens (stored hashed) with their roles, and the audit log. */
package dev.meshlens.catalog.access;
