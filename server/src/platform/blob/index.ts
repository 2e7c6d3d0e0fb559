export { createLocalBlobStore, BlobTooLargeError, type BlobInfo, type BlobStore, type ByteRange } from './blob-store.js';
export { parseRange } from './http-range.js';
