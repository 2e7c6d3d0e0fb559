import { defineErrors } from '../../platform/http/errors.js';

export const BackupErrors = defineErrors('backup', {
  BACKUP_MANIFEST_INVALID: { status: 400, message: '备份目录中没有有效的清单文件（manifest.json）' },
  BACKUP_CHECKSUM_MISMATCH: { status: 400, message: '备份文件校验和不符，备份已损坏，拒绝恢复' },
  BACKUP_TARGET_NOT_EMPTY: { status: 409, message: '目标实例不是空的，恢复只能写入空实例' },
  BACKUP_TOOL_FAILED: { status: 500, message: '数据库备份或恢复工具（pg_dump / pg_restore）执行失败' },
  BACKUP_ROW_COUNTS_DIFFER: { status: 500, message: '恢复后的数据行数与备份清单不一致' },
  BACKUP_BLOB_CORRUPT: { status: 500, message: '恢复的文件内容与其内容地址不符' },
});
