/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of every route of the HTTP API, built with
 * the swagger model from one table ({@link dev.meshlens.api.openapi.ApiRoutes}, one entry per
 * route) and the response records the handlers answer with.
 */
package dev.meshlens.api.openapi;
