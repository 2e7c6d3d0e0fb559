import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { inRegion, regionOf as regionOfRow } from './oversight.repository.js';

/** The same region rule as the lists (oversight.repository), on a column named as text. */
const regionOf = (cityCol: string) => regionOfRow(sql.raw(cityCol));

/**
 * Drill-down counts (M29: province → city → county → institution → class), read-only over
 * institution_registrations, institutions, classes, enrolments and certificates (decision 0014).
 * Rows get the same region as in oversight.repository: the institution's county inside its own city.
 */

const SOURCES = {
  institutions: { from: sql`institution_registrations r join institutions i on i.id = r.institution_id`, city: 'r.city_code', measure: sql`count(distinct i.id)`, base: sql`r.status = 'registered'` },
  classes: { from: sql`classes c join institutions i on i.id = c.institution_id`, city: 'c.city_code', measure: sql`count(*)`, base: sql`true` },
  enrolments: { from: sql`enrolments e join classes c on c.id = e.class_id join institutions i on i.id = c.institution_id`, city: 'c.city_code', measure: sql`count(*)`, base: sql`true` },
  certificates: {
    from: sql`certificates ce join institutions i on i.id = ce.institution_id`,
    city: 'ce.city_code',
    measure: sql`count(*)`,
    base: sql`not exists (select 1 from certificates n where n.supersedes_id = ce.id)`,
  },
} as const;
export type Measure = keyof typeof SOURCES;
export type Counts = Record<Measure, number>;

const inScope = (region: RawBuilder<string>, cityCol: string, prefixes: string[]) => inRegion(sql.raw(cityCol), region, prefixes);

/** Counts per child region of `parentPrefix`, keyed by the child's code (a city `4401` → `440100`; a county as is). */
export async function countsByRegion(db: Db, prefixes: string[], parentPrefix: string, level: 'city' | 'county'): Promise<Map<string, Counts>> {
  const out = new Map<string, Counts>();
  for (const [measure, s] of Object.entries(SOURCES) as [Measure, (typeof SOURCES)[Measure]][]) {
    const region = regionOf(s.city);
    const key = level === 'city' ? sql`left(${region}, 4) || '00'` : region;
    const res = await sql<{ k: string; n: string | number }>`select ${key} as k, ${s.measure} as n from ${s.from}
      where ${s.base} and ${inScope(region, s.city, prefixes)} and ${inScope(region, s.city, [parentPrefix])} group by 1`.execute(db);
    for (const r of res.rows) {
      const c = out.get(r.k) ?? { institutions: 0, classes: 0, enrolments: 0, certificates: 0 };
      c[measure] = Number(r.n);
      out.set(r.k, c);
    }
  }
  return out;
}

/** Institutions with a registration or a class whose region is exactly `regionCode`, with their counts there. */
export async function institutionsIn(db: Db, prefixes: string[], regionCode: string) {
  const regRegion = regionOf('r.city_code');
  const classRegion = regionOf('c.city_code');
  const res = await sql<{ id: string; name: string; region_code: string; classes: string | number; enrolments: string | number; certificates: string | number }>`
    select i.id, i.name, i.region_code,
      (select count(*) from classes c where c.institution_id = i.id and ${classRegion} = ${regionCode}) as classes,
      (select count(*) from enrolments e join classes c on c.id = e.class_id where c.institution_id = i.id and ${classRegion} = ${regionCode}) as enrolments,
      (select count(*) from certificates ce join classes c on c.id = ce.class_id where c.institution_id = i.id and ${classRegion} = ${regionCode}
        and not exists (select 1 from certificates n where n.supersedes_id = ce.id)) as certificates
    from institutions i
    where exists (select 1 from institution_registrations r where r.institution_id = i.id and ${regRegion} = ${regionCode} and ${inScope(regRegion, 'r.city_code', prefixes)})
       or exists (select 1 from classes c where c.institution_id = i.id and ${classRegion} = ${regionCode} and ${inScope(classRegion, 'c.city_code', prefixes)})
    order by i.name, i.id`.execute(db);
  return res.rows.map((r) => ({ id: r.id, name: r.name, regionCode: r.region_code, classes: Number(r.classes), enrolments: Number(r.enrolments), certificates: Number(r.certificates) }));
}

/** An institution as the caller's region sees it: null when it has neither a registration nor a class there. */
export async function institutionInScope(db: Db, prefixes: string[], id: string) {
  const regRegion = regionOf('r.city_code');
  const classRegion = regionOf('c.city_code');
  const res = await sql<{ id: string; name: string; credit_code: string; region_code: string; address: string }>`
    select i.id, i.name, i.credit_code, i.region_code, i.address from institutions i
    where i.id = ${id} and (
      exists (select 1 from institution_registrations r where r.institution_id = i.id and ${inScope(regRegion, 'r.city_code', prefixes)})
      or exists (select 1 from classes c where c.institution_id = i.id and ${inScope(classRegion, 'c.city_code', prefixes)}))`.execute(db);
  return res.rows[0] ?? null;
}
