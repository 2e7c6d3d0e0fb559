import { PGlite } from '@electric-sql/pglite';
let t=Date.now(); const a = await PGlite.create(); await a.query('select 1'); console.log('memory', Date.now()-t);
t=Date.now(); const d = await a.dumpDataDir('none'); console.log('dump', Date.now()-t, d.size);
t=Date.now(); const b = await PGlite.create({ loadDataDir: d }); await b.query('select 1'); console.log('load', Date.now()-t);
t=Date.now(); const c = await PGlite.create('/tmp/pgl-'+Date.now(), { loadDataDir: d }); await c.query('select 1'); console.log('load to dir', Date.now()-t);
