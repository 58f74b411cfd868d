/**
 * Push endpoints' common ground and the generic push: {@link dev.meshlens.api.ingest.JsonBody}
 * reads a JSON request body (content type, gzip, size limit) the same way for every push endpoint;
 * {@code POST /api/v1/ingest} ({@link dev.meshlens.api.ingest.IngestHandler}) applies a Meshlens
 * batch that names its own source through {@link dev.meshlens.api.ingest.BatchIngest}.
 */
package dev.meshlens.api.ingest;
