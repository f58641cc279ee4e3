/**
 * How a file name says its format: the extensions of each media type a call may accept. The
 * platform judges an upload's format on its name (then on its bytes); a page picking a file judges
 * it on the same table, so both refuse the same names.
 */
export const MEDIA_TYPE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
};

/** The media type a file name's extension stands for, if it is one we know ("Lettre.PDF" is a PDF). */
export function mediaTypeOfName(filename: string): string | undefined {
  const extension = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (!extension) return undefined;
  return Object.entries(MEDIA_TYPE_EXTENSIONS).find(([, extensions]) => extensions.includes(extension))?.[0];
}
