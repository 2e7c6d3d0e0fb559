import { Button } from 'antd-mobile';
import { useId } from 'react';
import { attachmentProblem } from '../attachments';
import { mobileSupportTexts as m, supportTexts as t } from '../texts';
import { problemText } from './AttachmentField';

/** Screenshots from the phone's album or camera, held until the question is sent. */
export function MobilePhotoPicker({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const id = useId();
  const problem = attachmentProblem(files);
  return (
    <div className="xk-m-section">
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        multiple
        hidden
        onChange={(e) => {
          onChange([...files, ...Array.from(e.target.files ?? [])]);
          e.target.value = '';
        }}
      />
      <Button block size="large" onClick={() => document.getElementById(id)?.click()}>
        {m.addPhoto}
      </Button>
      {files.map((f, i) => (
        <div key={`${f.name}-${i}`} className="xk-m-clock">
          <span>{f.name}</span>
          <Button size="small" fill="none" color="danger" onClick={() => onChange(files.filter((_, j) => j !== i))}>
            ✕
          </Button>
        </div>
      ))}
      <div className={problem ? 'xk-field-error' : 'xk-m-ticket-meta'} role={problem ? 'alert' : undefined}>
        {problem ? problemText(problem) : t.attachmentsHint}
      </div>
    </div>
  );
}
