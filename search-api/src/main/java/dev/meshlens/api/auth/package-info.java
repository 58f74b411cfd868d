/**
 * Who may see and do what over HTTP: the caller behind a request (its token's roles and domains),
 * the access every route requires, and the visibility of restricted assets.
 */
package dev.meshlens.api.auth;
