export { inspectMedia, judgeMedia, type MediaCheck, type MediaCheckId, type MediaFacts, type MediaInspection, type MediaKind, type MediaVerdict } from './media-quality.js';
export { probeMedia, parseProbeJson, type AudioStreamFacts, type ProbeFacts, type VideoStreamFacts } from './ffprobe.js';
export { measureAudioLevels, parseEbur128Summary, parsePacketTimes, readVideoFrameTimes, type AudioLevels } from './ffmpeg-analysis.js';
export { summariseFrameTimes, type FrameTiming } from './frame-timing.js';
export { DEFAULT_MEDIA_TOOLS, MediaToolError, type MediaToolErrorCode, type MediaTools } from './media-tools.js';
export * as mediaQualityThresholds from './media-quality.thresholds.js';
