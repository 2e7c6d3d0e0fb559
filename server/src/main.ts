import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './platform/config.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const xunkao = await buildApp({ config, jobs: true });
  const shutdown = async (signal: string) => {
    xunkao.app.log.info({ signal }, 'shutting down');
    await xunkao.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  await xunkao.app.listen({ port: config.port, host: config.host });
  const db = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `内置 PostgreSQL (PGlite) ${config.dataDir}`;
  xunkao.app.log.info(`训考平台已启动：${config.publicUrl}  数据库：${db}${config.demo ? '  演示模式（账号见 README）' : ''}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`训考平台未启动。${error.message}`);
  } else {
    console.error('训考平台启动失败：', error);
  }
  process.exit(1);
});
