import { describe, expect, it } from 'vitest';
import { faceQuality, imageProblem, verificationDecision, type FaceMeasurement } from '../../src/platform/face/face-decision.js';
import {
  MATCH_THRESHOLD,
  MAX_PITCH_RAD,
  MAX_YAW_RAD,
  MIN_ANTISPOOF,
  MIN_FACE_SIZE_PX,
  MIN_LIVENESS,
  SHARPNESS_FOR_FULL_QUALITY,
} from '../../src/platform/face/face-thresholds.js';

/** M24: which face checks pass, from what the models measured. */
const good: FaceMeasurement = { width: 220, confidence: 1, sharpness: 20, yaw: 0.05, pitch: -0.1, antispoof: 0.8, liveness: 0.95 };
const face = (change: Partial<FaceMeasurement>): FaceMeasurement => ({ ...good, ...change });

describe('face check decisions', () => {
  it('passes one large, sharp, frontal, live face that matches the template', () => {
    expect(imageProblem(1, good)).toBeNull();
    expect(verificationDecision(null, MATCH_THRESHOLD)).toBe('MATCH');
  });

  it('fails a face below the match threshold as MISMATCH', () => {
    expect(verificationDecision(null, MATCH_THRESHOLD - 0.001)).toBe('MISMATCH');
  });

  it('fails no face as NO_FACE and several as MULTIPLE_FACES, before anything else', () => {
    expect(imageProblem(0, undefined)).toBe('NO_FACE');
    expect(imageProblem(2, face({ antispoof: 0 }))).toBe('MULTIPLE_FACES');
  });

  it('asks for a better picture (LOW_QUALITY) for a small, turned, tilted or blurred face', () => {
    expect(imageProblem(1, face({ width: MIN_FACE_SIZE_PX - 1 }))).toBe('LOW_QUALITY');
    expect(imageProblem(1, face({ yaw: -(MAX_YAW_RAD + 0.01) }))).toBe('LOW_QUALITY');
    expect(imageProblem(1, face({ pitch: MAX_PITCH_RAD + 0.01 }))).toBe('LOW_QUALITY');
    expect(imageProblem(1, face({ sharpness: SHARPNESS_FOR_FULL_QUALITY * 0.3 }))).toBe('LOW_QUALITY');
  });

  it('judges quality before spoofing: the spoof models say nothing useful about a blurred image', () => {
    expect(imageProblem(1, face({ sharpness: 1, antispoof: 0 }))).toBe('LOW_QUALITY');
  });

  it('fails a photo or screen (SPOOF) on either the anti-spoofing or the liveness score', () => {
    expect(imageProblem(1, face({ antispoof: MIN_ANTISPOOF - 0.01 }))).toBe('SPOOF');
    expect(imageProblem(1, face({ liveness: MIN_LIVENESS - 0.01 }))).toBe('SPOOF');
  });

  it('never lets a problem image match, however similar', () => {
    for (const problem of ['NO_FACE', 'MULTIPLE_FACES', 'SPOOF', 'LOW_QUALITY'] as const) {
      expect(verificationDecision(problem, 1)).toBe(problem);
    }
  });

  it('rates quality 0..1 from confidence, sharpness and size', () => {
    expect(faceQuality(good)).toBe(1);
    expect(faceQuality(face({ sharpness: SHARPNESS_FOR_FULL_QUALITY / 2 }))).toBeCloseTo(0.5, 10);
    expect(faceQuality(face({ confidence: 0 }))).toBe(0);
  });
});
