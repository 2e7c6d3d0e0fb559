import { describe, expect, it } from 'vitest';
import { attachmentProblem, MAX_ATTACHMENT_BYTES } from './attachments';

const png = (name = 'a.png', size = 1000) => ({ name, type: 'image/png', size });

describe('ticket attachments (M10 desk)', () => {
  it('accepts up to three JPG, PNG or PDF files of at most 2 MB', () => {
    expect(attachmentProblem([png(), { name: 'b.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES }, { name: 'c.jpg', type: 'image/jpeg', size: 1 }])).toBeNull();
  });

  it('names the file that is too large or of another type', () => {
    expect(attachmentProblem([png('big.png', MAX_ATTACHMENT_BYTES + 1)])).toEqual({ kind: 'size', name: 'big.png' });
    expect(attachmentProblem([{ name: 'x.docx', type: 'application/msword', size: 10 }])).toEqual({ kind: 'type', name: 'x.docx' });
  });

  it('refuses a fourth file', () => {
    expect(attachmentProblem([png(), png(), png(), png()])).toEqual({ kind: 'count' });
  });
});
