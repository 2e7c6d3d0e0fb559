import { defineErrors } from '../../platform/http/errors.js';

export const ArchiveErrors = defineErrors('archives', {
  ARCHIVE_NOT_FOUND: { status: 404, message: '未找到该学员的档案，或不在您的查看范围内' },
  ARCHIVE_FRAME_NOT_FOUND: { status: 404, message: '未找到该人脸核验的留档照片' },
  ARCHIVE_BUNDLE_INVALID: { status: 422, message: '档案包无法读取：缺少清单或格式不正确' },
  ARCHIVE_BUNDLE_SIGNATURE_INVALID: { status: 422, message: '档案包签名与给定的平台公钥不符，未导入' },
  ARCHIVE_BUNDLE_HASH_MISMATCH: { status: 422, message: '档案包中的文件与清单记录的摘要不符（文件被改动或缺失），未导入' },
});
