export { uploadEndpoint, DOCUMENT_ID_HEADER, UPLOADS_PATH, type UploadEndpoint } from './endpoint.js';
export { uploadRoutes } from './routes.js';
export { uploadStorage, type UploadStorage } from './storage.js';
export { eicarTestScanner, EICAR, type Scanner, type ScannedFile, type ScanResult } from './scanner.js';
