import { Form, Input, Select, type UploadFile } from 'antd';
import { categoryNames, supportTexts as t } from '../texts';
import type { TicketCategory } from '../types';
import { AttachmentField, attachmentRule } from './AttachmentField';

export interface TicketFormValues {
  category: TicketCategory;
  subject: string;
  body: string;
  files?: UploadFile[];
}

export const categoryOptions = (Object.keys(categoryNames) as TicketCategory[]).map((value) => ({ value, label: categoryNames[value] }));

/** The fields every requester fills in; the public form adds a name and the captcha around them. */
export function TicketFields() {
  return (
    <>
      <Form.Item name="category" label={t.category} rules={[{ required: true, message: t.category }]}>
        <Select options={categoryOptions} placeholder={t.category} />
      </Form.Item>
      <Form.Item name="subject" label={t.subject} rules={[{ required: true, min: 2, max: 100 }]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="body" label={t.body} rules={[{ required: true, max: 5000 }]}>
        <Input.TextArea rows={5} maxLength={5000} showCount placeholder={t.bodyPlaceholder} />
      </Form.Item>
      <Form.Item name="files" label={t.attachments} valuePropName="value" rules={[attachmentRule]}>
        <AttachmentField />
      </Form.Item>
    </>
  );
}
