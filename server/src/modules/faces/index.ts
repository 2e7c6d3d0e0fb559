export { createFacesService, type FacesService } from './faces.service.js';
export { facesRoutes } from './faces.routes.js';
export { facesJobs } from './faces.jobs.js';
export { FaceErrors } from './faces.errors.js';
export { decodeFrame, Frame, FRAME_BODY_LIMIT, liveCapture, LiveFrames, type LiveCapture } from './faces.capture.js';
