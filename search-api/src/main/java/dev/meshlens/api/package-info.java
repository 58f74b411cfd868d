/**
 * The Meshlens server: the HTTP API on Javalin, the command line, and the one place where every
 * module is wired together by hand ({@link dev.meshlens.api.Meshlens}).
 */
package dev.meshlens.api;
