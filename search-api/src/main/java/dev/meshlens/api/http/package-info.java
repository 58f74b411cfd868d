/**
 * What every endpoint shares: the JSON mapper, RFC 9457 problem details for every error (one table
 * maps exceptions to status codes), and parameter parsing that answers 400 with the reason.
 */
package dev.meshlens.api.http;
