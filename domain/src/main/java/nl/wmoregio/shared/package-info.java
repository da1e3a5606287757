/**
 * Shared kernel: value types and exceptions every component may use. Holds no business component's logic.
 */
package nl.wmoregio.shared;
