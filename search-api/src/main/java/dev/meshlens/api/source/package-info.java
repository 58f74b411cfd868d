/**
 * The crawl sources over HTTP: what each configured source is (secrets masked), when it runs next,
 * whether it runs now and how its last run went; its run history; and running it now.
 */
package dev.meshlens.api.source;
