import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { faceRefusalReason } from './refusal';

describe('why a face was refused', () => {
  it("gives the face service's reason from details.reason", () => {
    const error = new ApiError(422, 'FACE_REJECTED', '人脸照片不符合要求，请按提示重新拍摄', { decision: 'NO_FACE', reason: '没有检测到人脸，请正对摄像头，保持光线充足' });
    expect(faceRefusalReason(error)).toBe('没有检测到人脸，请正对摄像头，保持光线充足');
  });

  it('gives nothing when the server names no reason (e.g. an ID number without an enrolled face)', () => {
    expect(faceRefusalReason(new ApiError(403, 'FACE_RESET_FAILED', '人脸核验未通过', null))).toBeNull();
    expect(faceRefusalReason(new ApiError(403, 'FACE_RESET_FAILED', '人脸核验未通过', { reason: '' }))).toBeNull();
    expect(faceRefusalReason(new Error('network'))).toBeNull();
  });
});
