import { defineErrors } from '../../platform/http/errors.js';

export const FaceErrors = defineErrors('faces', {
  FACE_NOT_ENROLLED: { status: 409, message: '您还没有采集人脸，请先完成人脸采集' },
  FACE_REJECTED: { status: 422, message: '人脸照片不符合要求，请按提示重新拍摄' },
  FACE_IMAGE_INVALID: { status: 400, message: '无法识别该照片，请使用摄像头重新拍摄' },
  FACE_SERVICE_UNAVAILABLE: { status: 503, message: '人脸核验服务暂时不可用，请稍后再试' },
  FACE_REENROL_DENIED: { status: 403, message: '已采集过人脸：重新采集须本人与原登记人脸一致；如需更换请联系培训机构核实身份' },
  FACE_RESET_FAILED: { status: 403, message: '人脸核验未通过，不能重置密码；也可请所在培训机构核实身份后重置' },
});

/** Plain words for each decision (learners are often not at ease with computers). */
export const FACE_DECISION_TEXT: Record<string, string> = {
  MATCH: '人脸核验通过',
  NO_FACE: '没有检测到人脸，请正对摄像头，保持光线充足',
  MULTIPLE_FACES: '画面中有多张人脸，请确保只有本人在镜头前',
  MISMATCH: '与实名登记的人脸不一致',
  SPOOF: '疑似照片或屏幕翻拍，请本人正对摄像头',
  LOW_QUALITY: '照片不够清晰，请靠近摄像头、保持光线充足后重试',
};

/** A SPOOF found by comparing the two frames of a check (a still picture, not a camera). */
export const STILL_PICTURE_TEXT = '画面完全静止，疑似照片或静态图片，请本人正对摄像头重试';
