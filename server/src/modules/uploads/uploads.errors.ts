import { defineErrors } from '../../platform/http/errors.js';

export const UploadErrors = defineErrors('uploads', {
  UPLOAD_TOO_LARGE: { status: 413, message: '文件超过允许的大小（视频不超过2GB）' },
  UPLOAD_TYPE_NOT_ALLOWED: { status: 415, message: '不支持的文件类型，请上传 MP4 视频或 MP3/M4A 音频' },
  UPLOAD_NOT_FOUND: { status: 404, message: '未找到该上传任务，可能已过期，请重新上传' },
  UPLOAD_CHUNK_INVALID: { status: 400, message: '分片序号或大小不正确' },
  UPLOAD_INCOMPLETE: { status: 409, message: '文件尚未全部上传完毕' },
  UPLOAD_CLOSED: { status: 409, message: '该上传任务已完成，不能再写入' },
});
