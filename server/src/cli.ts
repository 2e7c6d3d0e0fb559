import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp, openApiDocument } from './app.js';
import { ConfigError, loadConfig, type Config } from './platform/config.js';
import { AppError } from './platform/http/errors.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { systemClock } from './platform/clock.js';
import { createBackup, pruneBackups, restoreBackup } from './modules/backup/index.js';

/**
 * `xunkao` operator commands. Each reads the same configuration as the server
 * (environment variables). With the embedded database, stop the server first:
 * one data directory serves one process.
 */
const HELP = `用法：npx xunkao <命令>

  migrate           执行数据库迁移（仅向前）
  seed-demo         载入演示数据（已存在则跳过）
  verify-audit      重新计算审计哈希链并核验每日签名，指出第一条被破坏的记录
  sign-audit-head   立即对当前审计链头签名（每日任务也会执行）
  backup [目录]      备份数据库与文件存储（压缩，带校验清单），默认写入 BACKUP_DIR，并只保留最近 BACKUP_KEEP 份
  restore <备份目录>  把备份恢复到空实例（目标非空则拒绝）
  openapi           输出 OpenAPI 文档（JSON），供生成前端接口类型
  help              显示本帮助

配置来自环境变量：DATABASE_URL、XUNKAO_DATA_DIR 等（见 README）。`;

type Command = (config: Config, args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async migrate(config) {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const applied = await migrateToLatest(database.db);
      console.log(applied.length ? `已执行迁移：${applied.join(', ')}` : '数据库已是最新，无需迁移');
      return 0;
    } finally {
      await database.close();
    }
  },

  async 'seed-demo'(config) {
    const app = await buildApp({ config: { ...config, demo: true }, webDist: null });
    await app.close();
    console.log('演示数据已就绪（账号见 README）');
    return 0;
  },

  async 'verify-audit'(config) {
    const app = await buildApp({ config: { ...config, demo: false }, webDist: null });
    try {
      const result = await app.services.audit.verify();
      if (result.broken) {
        console.error(`审计链已被破坏：第一条异常记录 id=${result.broken.id}（${result.broken.reason === 'hash_mismatch' ? '内容与哈希不符' : '与上一条记录的链接不符'}）；此前 ${result.entries} 条记录完好`);
        return 2;
      }
      if (result.badHeads.length) {
        console.error(`审计链完好（${result.entries} 条），但以下日期的签名链头核验失败：${result.badHeads.join(', ')}`);
        return 2;
      }
      console.log(`审计链完好：共 ${result.entries} 条记录，签名链头全部核验通过`);
      return 0;
    } finally {
      await app.close();
    }
  },

  async 'sign-audit-head'(config) {
    const app = await buildApp({ config: { ...config, demo: false }, webDist: null });
    try {
      const head = await app.services.audit.signDailyHead();
      console.log(head ? `已签名 ${head.day} 的链头：id=${head.lastAuditId} hash=${head.headHash}` : '今日链头已签名或审计链为空');
      return 0;
    } finally {
      await app.close();
    }
  },

  async backup(config, [dir]) {
    const started = Date.now();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      const result = await createBackup({ database, databaseUrl: config.databaseUrl, blobDir: config.blobUrl ? null : config.blobDir }, dir ? path.resolve(dir) : config.backup.dir, systemClock);
      const pruned = dir ? [] : await pruneBackups(config.backup.dir, config.backup.keep);
      const rows = Object.values(result.manifest.rowCounts).reduce((a, b) => a + b, 0);
      console.log(`备份完成：${result.dir}`);
      console.log(`  数据库 ${result.manifest.database}，${rows} 行；文件 ${result.manifest.blobs} 个；共 ${(result.bytes / 1048576).toFixed(2)} MB；用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      if (pruned.length) console.log(`  已删除较旧的备份：${pruned.join(', ')}`);
      return 0;
    } finally {
      await database.close();
    }
  },

  async restore(config, [dir]) {
    if (!dir) {
      console.error('用法：npx xunkao restore <备份目录>');
      return 1;
    }
    const started = Date.now();
    try {
      const result = await restoreBackup(path.resolve(dir), { databaseUrl: config.databaseUrl, dataDir: config.dataDir, blobDir: config.blobDir });
      const rows = Object.values(result.rowCounts).reduce((a, b) => a + b, 0);
      console.log(`恢复完成：${Object.keys(result.rowCounts).length} 张表 ${rows} 行与备份清单一致；文件 ${result.blobs} 个内容校验通过；用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
      if (result.migrated.length) console.log(`  已执行较新的迁移：${result.migrated.join(', ')}`);
      console.log('请运行 npx xunkao verify-audit 核验审计链后再启动服务。');
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        console.error(`恢复未执行：${error.message}（${error.code}）${error.details ? ` ${JSON.stringify(error.details)}` : ''}`);
        return 2;
      }
      throw error;
    }
  },
};

/** The API document does not depend on data: build it on a throw-away embedded database. */
async function printOpenApi(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xunkao-openapi-'));
  try {
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test', XUNKAO_DATA_DIR: dir, XUNKAO_DEMO: '0', LOG_LEVEL: 'silent', OIDC_ISSUER: 'https://example.invalid' }), webDist: null });
    process.stdout.write(`${openApiDocument(app)}\n`);
    await app.close();
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const [name] = argv;
  if (name === 'openapi') return printOpenApi();
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log(HELP);
    return name && name !== 'help' ? 1 : 0;
  }
  return command(loadConfig(), argv.slice(1));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
