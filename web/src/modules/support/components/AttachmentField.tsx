import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { attachmentProblem, toAttachment, type AttachmentProblem } from '../attachments';
import { supportTexts as t } from '../texts';

export function problemText(problem: AttachmentProblem): string {
  if (problem.kind === 'count') return t.tooMany;
  return problem.kind === 'size' ? t.attachmentTooBig(problem.name) : t.attachmentType(problem.name);
}

/** Files are held in the form and sent with it (base64 in the JSON body); nothing uploads on its own. */
export function AttachmentField({ value = [], onChange }: { value?: UploadFile[]; onChange?: (files: UploadFile[]) => void }) {
  const problem = attachmentProblem(value.map((f) => ({ name: f.name, type: f.type ?? '', size: f.size ?? 0 })));
  return (
    <>
      <Upload
        multiple
        accept="image/jpeg,image/png,application/pdf"
        fileList={value}
        beforeUpload={() => false}
        onChange={({ fileList }) => onChange?.(fileList)}
      >
        <Button icon={<UploadOutlined />}>{t.chooseFiles}</Button>
      </Upload>
      <div className={problem ? 'xk-field-error' : 'xk-muted'} role={problem ? 'alert' : undefined}>
        {problem ? problemText(problem) : t.attachmentsHint}
      </div>
    </>
  );
}

export function filesToAttachments(files: UploadFile[] = []) {
  return Promise.all(files.map((f) => toAttachment(f.originFileObj as File)));
}

/** A Form rule: the same check, so the form cannot be sent with a file the server would refuse. */
export const attachmentRule = {
  validator: async (_: unknown, files: UploadFile[] = []) => {
    const problem = attachmentProblem(files.map((f) => ({ name: f.name, type: f.type ?? '', size: f.size ?? 0 })));
    if (problem) throw new Error(problemText(problem));
  },
};
