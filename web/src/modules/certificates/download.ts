import { zipSync } from 'fflate';
import { toApiError, csrfHeaders } from '../../api/client';

/** A file from the API (PDF, ZIP) with the session cookie; API errors come back as ApiError. */
export async function fetchFile(path: string): Promise<Uint8Array> {
  const response = await fetch(path, { credentials: 'same-origin', headers: csrfHeaders('GET', document.cookie) });
  if (!response.ok) throw await toApiError(response);
  return new Uint8Array(await response.arrayBuffer());
}

/** Hands bytes to the browser as a download with the given name. */
export function saveFile(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const pdfPath = (number: string) => `/api/v1/certificates/${encodeURIComponent(number)}/pdf`;

/**
 * A class's certificates as one ZIP. Each PDF is generated on demand by the
 * server, so the progress counts real work: one step per certificate.
 */
export async function zipCertificates(numbers: string[], fetchPdf: (number: string) => Promise<Uint8Array>, onProgress: (done: number) => void): Promise<Uint8Array> {
  const files: Record<string, [Uint8Array, { level: 0 }]> = {};
  let done = 0;
  for (const number of numbers) {
    files[`${number}.pdf`] = [await fetchPdf(number), { level: 0 }];
    onProgress(++done);
  }
  return zipSync(files);
}
