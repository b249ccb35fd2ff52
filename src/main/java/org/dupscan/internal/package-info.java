/**
 * Internal helpers shared by several packages of dupscan. Not API: anything here may change or go
 * without notice.
 */
package org.dupscan.internal;
