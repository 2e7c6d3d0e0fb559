import fs from 'node:fs';
import { finished } from 'node:stream/promises';
import os from 'node:os';
import path from 'node:path';
import { buildApp, openApiDocument } from './app.js';
import { ConfigError, loadConfig, type Config } from './platform/config.js';
import { AppError } from './platform/http/errors.js';
import { openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { verifyDrawCommand } from './modules/exams/draw/draw.cli.js';
import { createSigner } from './platform/crypto/signing.js';
import type { ExportScope } from './modules/archives/index.js';
import { SYSTEM_ACTOR } from './modules/audit/index.js';
import { verifyPayloadOffline, verifyPdfOffline, type OfflineVerdict } from './modules/certificates/index.js';
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
  verify-draw <包>  由公布的数据包（文件或网址）重新计算交叉考试随机分配并比对（无需数据库）
  verify-certificate <PDF 文件 | 二维码数据 | 核验网址> [--public-key 公钥.pem]
                    离线核验学时证明的签名（默认使用本平台公钥）
  issue-certificates
                    为已完成学时与考核但尚无学时证明的学员补发（每10分钟的任务也会执行）
  export-archive --institution <机构ID> | --learner <学员ID> | --all [--out 档案包.zip]
                    导出学员电子档案包（档案 JSON、学时证明 PDF、核验照片、签名清单），用于移交（M26）
  import-archive <档案包.zip> --public-key <来源平台公钥.pem>
                    核验签名与摘要后，以只读方式导入另一平台移交的档案包
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

  async 'verify-certificate'(config, args) {
    const { options, positional } = parseArgs(args);
    const input = positional[0];
    if (!input) {
      console.error('请给出 PDF 文件、二维码数据或核验网址');
      return 1;
    }
    const publicKeyPem = typeof options['public-key'] === 'string' ? fs.readFileSync(options['public-key'], 'utf8') : createSigner(config.secrets.signingKey).publicKeyPem;
    const verdict = fs.existsSync(input) ? await verifyPdfOffline(fs.readFileSync(input), publicKeyPem) : verifyPayloadOffline(input, publicKeyPem);
    printVerdict(verdict);
    return verdict.valid ? 0 : 2;
  },

  async 'issue-certificates'(config) {
    const app = await buildApp({ config: { ...config, demo: false }, webDist: null });
    try {
      const issued = await app.services.certificates.issueMissing();
      console.log(issued.length ? `已补发 ${issued.length} 份学时证明：${issued.join(', ')}` : '没有需要补发的学时证明');
      return 0;
    } finally {
      await app.close();
    }
  },

  async 'export-archive'(config, args) {
    const { options } = parseArgs(args);
    const scope: ExportScope | null =
      typeof options.institution === 'string' ? { kind: 'institution', id: options.institution } : typeof options.learner === 'string' ? { kind: 'learner', id: options.learner } : options.all ? { kind: 'all' } : null;
    if (!scope) {
      console.error('请指定 --institution <机构ID>、--learner <学员ID> 或 --all');
      return 1;
    }
    const out = typeof options.out === 'string' ? options.out : `xunkao-archive-${new Date().toISOString().slice(0, 10)}.zip`;
    const app = await buildApp({ config: { ...config, demo: false }, webDist: null });
    try {
      const file = fs.createWriteStream(out);
      const bundle = await app.services.archives.exportBundle(scope, { ...SYSTEM_ACTOR, role: 'operator:cli', scope: 'export-archive' }, file);
      await finished(file);
      console.log(`已导出 ${bundle.learners} 名学员的电子档案（${bundle.files} 个文件）到 ${out}`);
      return 0;
    } finally {
      await app.close();
    }
  },

  async 'import-archive'(config, args) {
    const { options, positional } = parseArgs(args);
    const file = positional[0];
    if (!file || typeof options['public-key'] !== 'string') {
      console.error('用法：npx xunkao import-archive <档案包.zip> --public-key <来源平台公钥.pem>');
      return 1;
    }
    const app = await buildApp({ config: { ...config, demo: false }, webDist: null });
    try {
      const result = await app.services.archives.importBundle(fs.readFileSync(file), fs.readFileSync(options['public-key'], 'utf8'), { ...SYSTEM_ACTOR, role: 'operator:cli', scope: 'import-archive' });
      console.log(`签名与摘要核验通过；导入 ${result.imported} 份档案${result.alreadyImported ? `，${result.alreadyImported} 份此前已导入` : ''}（档案包 ${result.bundleHash.slice(0, 16)}）`);
      return 0;
    } catch (error) {
      if (error instanceof AppError) {
        console.error(`未导入：${error.message}${error.details?.path ? `（${String(error.details.path)}）` : ''}`);
        return 2;
      }
      throw error;
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
  if (name === 'verify-draw') return verifyDrawCommand(argv[1]);
  const command = name ? commands[name] : undefined;
  if (!command) {
    console.log(HELP);
    return name && name !== 'help' ? 1 : 0;
  }
  return command(loadConfig(), argv.slice(1));
}

/** `--name value` options and the remaining positional arguments. */
function parseArgs(args: string[]): { options: Record<string, string | true>; positional: string[] } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (args[i + 1] !== undefined && !args[i + 1]!.startsWith('--')) options[arg.slice(2)] = args[++i]!;
    else options[arg.slice(2)] = true;
  }
  return { options, positional };
}

function printVerdict(v: OfflineVerdict): void {
  const fields = v.fields;
  if (v.valid) {
    console.log(`签名有效：本${v.source === 'pdf' ? ' PDF' : '二维码数据'}由训考平台签发，内容未被改动`);
  } else {
    console.error('核验失败：');
    for (const p of v.problems) console.error(`  - ${p}`);
  }
  if (fields) console.log(`证明编号 ${fields.n}｜${fields.nm}｜${fields.id}｜${fields.hrs} 学时｜签发日期 ${fields.d}`);
  if (v.content) console.log(`培训机构 ${v.content.institution.name}｜${v.content.training.categoryName}｜${v.content.class.name}`);
  if (fields) console.log('离线核验只能证明内容真实；证明是否已被替代或撤销，请在核验页面查询。');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
