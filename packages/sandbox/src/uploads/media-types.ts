/**
 * The file formats the platform knows, by media type: the extensions a name may carry and a short
 * label for messages. A call lists accepted media types; this table says how to recognise them.
 */
export const MEDIA_TYPES: Record<string, { extensions: readonly string[]; label: string }> = {
  'application/pdf': { extensions: ['pdf'], label: 'PDF' },
  'image/png': { extensions: ['png'], label: 'PNG' },
  'image/jpeg': { extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  'application/vnd.oasis.opendocument.text': { extensions: ['odt'], label: 'ODT' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extensions: ['docx'], label: 'DOCX' },
};

export const labelOf = (mediaType: string): string => MEDIA_TYPES[mediaType]?.label ?? mediaType;

/** The media type a file name's extension stands for, if it is one we know. */
export function mediaTypeOfName(filename: string): string | undefined {
  const extension = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (!extension) return undefined;
  return Object.entries(MEDIA_TYPES).find(([, type]) => type.extensions.includes(extension))?.[0];
}

/** Declared types that say nothing (what browsers send for an unknown file). */
export const isGenericType = (type: string | undefined): boolean => !type || type === 'application/octet-stream';
