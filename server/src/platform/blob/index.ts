export { createLocalBlobStore, BlobTooLargeError, type BlobInfo, type BlobStore, type ByteRange } from './blob-store.js';
export { createS3BlobStore, parseBlobUrl, type S3Location } from './s3-blob-store.js';
export { parseRange } from './http-range.js';
