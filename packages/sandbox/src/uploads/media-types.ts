/**
 * The formats themselves (extensions, names) are the document rules' (@qmi/validators'
 * `mediaTypeOfName`, @qmi/core's `mediaTypeName`), so that the platform and a page read a file name
 * alike. What is left here is the platform's own reading of a declared type.
 */

/** Declared types that say nothing (what browsers send for an unknown file). */
export const isGenericType = (type: string | undefined): boolean => !type || type === 'application/octet-stream';
