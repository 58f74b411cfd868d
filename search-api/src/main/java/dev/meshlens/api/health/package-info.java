/** Liveness and readiness of the server, with the store's status and the startup load's. */
package dev.meshlens.api.health;
