export { createUploadsService, type UploadsService } from './uploads.service.js';
export { uploadsRoutes } from './uploads.routes.js';
export { UploadErrors } from './uploads.errors.js';
export { CHUNK_BYTES, MAX_UPLOAD_BYTES } from './uploads.policy.js';
