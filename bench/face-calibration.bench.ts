import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { MATCH_THRESHOLD } from '../server/src/platform/face/face-thresholds.js';
import { analysisOf, HumanFaceEngine } from '../server/src/platform/face/human-face-engine.js';
import { verificationDecision } from '../server/src/platform/face/face-decision.js';

/**
 * Measures the built-in engine's false accepts and false rejects, the
 * figures in docs/integrity.md ("Face checks"). Slow (~2 min):
 *
 *   npm run bench face
 *
 * People: every face in @vladmandic/face-api's demo/sample1..6.jpg (group
 * photos, one person per face), and person A of the fixtures (three
 * different photos of one man). Genuine pairs: a face against camera-like
 * changes of the same shot, and person A's photos against each other.
 * Impostor pairs: every two different people.
 */
const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../server/test/fixtures/faces/${name}`, import.meta.url)));
const CROP_PX = 360;

/** Changes between two frames of one sitting: the same person must still match. */
const cameraChanges: Record<string, (image: Buffer) => Promise<Buffer>> = {
  'turned 6°': (b) => sharp(b).rotate(6, { background: '#808080' }).resize(CROP_PX, CROP_PX, { fit: 'cover' }).jpeg().toBuffer(),
  'turned −8°': (b) => sharp(b).rotate(-8, { background: '#404040' }).resize(CROP_PX, CROP_PX, { fit: 'cover' }).jpeg().toBuffer(),
  closer: (b) => sharp(b).extract({ left: 40, top: 30, width: 280, height: 280 }).resize(CROP_PX, CROP_PX).jpeg().toBuffer(),
  brighter: (b) => sharp(b).modulate({ brightness: 1.25 }).jpeg().toBuffer(),
  darker: (b) => sharp(b).modulate({ brightness: 0.7 }).jpeg().toBuffer(),
  'JPEG q40': (b) => sharp(b).jpeg({ quality: 40 }).toBuffer(),
  mirrored: (b) => sharp(b).flop().jpeg().toBuffer(),
  'farther (240 px)': (b) => sharp(b).resize(240, 240).jpeg().toBuffer(),
};

/** Re-photographed prints and screens, crudely simulated: reported, not asserted (see docs/integrity.md). */
const spoofLike: Record<string, (image: Buffer) => Promise<Buffer>> = {
  'out of focus (blur σ3)': (b) => sharp(b).blur(3).jpeg().toBuffer(),
  'washed-out print': (b) => sharp(b).linear(0.45, 90).blur(1.5).jpeg().toBuffer(),
  'printed photo held up': async (b) => {
    const print = await sharp(b).resize(200, 200).blur(1.2).linear(0.7, 50).modulate({ saturation: 0.6 }).extend({ top: 12, bottom: 12, left: 12, right: 12, background: '#f4f4f0' }).toBuffer();
    return sharp({ create: { width: CROP_PX, height: CROP_PX, channels: 3, background: '#6b5a48' } }).composite([{ input: print, left: 68, top: 68 }]).jpeg().toBuffer();
  },
  'screen moiré': async (b) => {
    const pixels = Buffer.alloc(CROP_PX * CROP_PX * 4);
    for (let y = 0; y < CROP_PX; y++) {
      for (let x = 0; x < CROP_PX; x++) {
        const v = 128 + 127 * Math.sin(x * 0.9 + y * 0.35);
        pixels.set([v, v, v, 70], (y * CROP_PX + x) * 4);
      }
    }
    const overlay = await sharp(pixels, { raw: { width: CROP_PX, height: CROP_PX, channels: 4 } }).png().toBuffer();
    return sharp(b).composite([{ input: overlay, blend: 'overlay' }]).jpeg().toBuffer();
  },
  'low-resolution copy': async (b) => sharp(await sharp(b).resize(64, 64).toBuffer()).resize(CROP_PX, CROP_PX).jpeg().toBuffer(),
};

interface Person {
  id: string;
  image: Buffer;
  embedding: number[];
}

let engine: HumanFaceEngine;

async function samplePeople(): Promise<Person[]> {
  const demo = path.join(path.dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');
  const people: Person[] = [];
  for (let n = 1; n <= 6; n++) {
    const file = path.join(demo, `sample${n}.jpg`);
    const { width = 0, height = 0 } = await sharp(file).metadata();
    const scale = width / Math.min(width, 1280);
    for (const face of await engine.detectFaces(fs.readFileSync(file))) {
      const side = Math.round(face.box.width * scale * 2);
      const left = Math.max(0, Math.round((face.box.x + face.box.width / 2) * scale - side / 2));
      const top = Math.max(0, Math.round((face.box.y + face.box.height / 2) * scale - side / 2));
      const crop = { left, top, width: Math.min(side, width - left), height: Math.min(side, height - top) };
      const image = await sharp(file).extract(crop).resize(CROP_PX, CROP_PX, { fit: 'cover' }).jpeg({ quality: 85 }).toBuffer();
      const embedding = (await engine.detectFaces(image))[0]?.embedding;
      if (embedding) people.push({ id: `sample${n}@${crop.left},${crop.top}`, image, embedding });
    }
  }
  return people;
}

const rate = (hits: number, total: number) => `${hits}/${total} (${((100 * hits) / total).toFixed(1)} %)`;

export async function benchFaceCalibration(): Promise<void> {
  engine = await HumanFaceEngine.create();
  try {
    const started = performance.now();
    const people = await samplePeople();
    const personA = await Promise.all(
      ['person-a-webcam.jpg', 'person-a-older-photo.jpg', 'person-a-screen-capture.jpg'].map(async (name) => {
        const image = await sharp(fixture(name)).resize(CROP_PX, CROP_PX, { fit: 'cover' }).jpeg({ quality: 85 }).toBuffer();
        return { id: name, image, embedding: (await engine.detectFaces(image))[0]!.embedding! };
      }),
    );
    const impostor: number[] = [];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) impostor.push(engine.compare(people[i]!.embedding, people[j]!.embedding));
      for (const a of personA) impostor.push(engine.compare(people[i]!.embedding, a.embedding));
    }
    const crossPhoto: number[] = [];
    for (let i = 0; i < personA.length; i++) {
      for (let j = i + 1; j < personA.length; j++) crossPhoto.push(engine.compare(personA[i]!.embedding, personA[j]!.embedding));
    }

    const sameShot: number[] = [];
    const sameShotDecisions = new Map<string, number>();
    const spoofDecisions = new Map<string, Map<string, number>>();
    let analyses = 0;
    const analyseStarted = performance.now();
    for (const person of [...people, personA[0]!]) {
      for (const change of Object.values(cameraChanges)) {
        const faces = await engine.detectFaces(await change(person.image));
        analyses++;
        const similarity = faces[0]?.embedding ? engine.compare(person.embedding, faces[0].embedding) : 0;
        sameShot.push(similarity);
        const decision = verificationDecision(analysisOf(faces).problem, similarity);
        sameShotDecisions.set(decision, (sameShotDecisions.get(decision) ?? 0) + 1);
      }
      for (const [name, spoof] of Object.entries(spoofLike)) {
        const check = await engine.verify(await spoof(person.image), person.embedding);
        analyses++;
        const counts = spoofDecisions.get(name) ?? new Map<string, number>();
        counts.set(check.decision, (counts.get(check.decision) ?? 0) + 1);
        spoofDecisions.set(name, counts);
      }
    }
    const msPerImage = (performance.now() - analyseStarted) / analyses;

    const lines = [
      `people: ${people.length} faces from face-api demo/sample1..6.jpg + person A (3 photos)`,
      `impostor pairs: ${impostor.length}, max ${Math.max(...impostor).toFixed(3)}`,
      `genuine same-shot pairs: ${sameShot.length}, min ${Math.min(...sameShot).toFixed(3)}`,
      `genuine cross-photo pairs (person A): ${crossPhoto.map((s) => s.toFixed(3)).join(', ')}`,
      '| threshold | false accepts (impostor ≥ t) | false rejects, same shot | false rejects, other photo |',
      '|---|---|---|---|',
      ...[0.6, 0.65, 0.7, 0.75, 0.8].map(
        (t) =>
          `| ${t.toFixed(2)}${t === MATCH_THRESHOLD ? ' (MATCH_THRESHOLD)' : ''} | ${rate(impostor.filter((s) => s >= t).length, impostor.length)} | ${rate(sameShot.filter((s) => s < t).length, sameShot.length)} | ${rate(crossPhoto.filter((s) => s < t).length, crossPhoto.length)} |`,
      ),
      `same-shot decisions with every gate: ${JSON.stringify(Object.fromEntries(sameShotDecisions))}`,
      ...[...spoofDecisions].map(([name, counts]) => `spoof-like "${name}": ${JSON.stringify(Object.fromEntries(counts))}`),
      `analyse: ${msPerImage.toFixed(0)} ms per ${CROP_PX}×${CROP_PX} image; whole run ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ];
    console.info(`\nFace engine calibration (built-in engine)\n${lines.join('\n')}`);
  } finally {
    await engine.close();
  }
}
