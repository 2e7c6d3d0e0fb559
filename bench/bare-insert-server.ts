import Fastify from 'fastify';
import pg from 'pg';

/** The baseline for the heartbeat benchmark, in its own process like the real server: one INSERT per POST. */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 20 });
await pool.query('create table if not exists bench_inserts (id bigserial primary key, body jsonb not null, at timestamptz not null default now())');
const app = Fastify();
app.post('/bare', async (req) => {
  await pool.query('insert into bench_inserts (body) values ($1)', [JSON.stringify(req.body)]);
  return { ok: true };
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
