/** Assets over HTTP: one asset with its merged aspects and sources, and paged listings. */
package dev.meshlens.api.asset;
