/**
 * The {@code meshlens} command line: {@code serve} (the default), {@code generate}, and the
 * one-shot operations an external scheduler calls.
 */
package dev.meshlens.api.cli;
