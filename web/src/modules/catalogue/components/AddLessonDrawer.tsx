import { CloudUploadOutlined, FileTextOutlined, SoundOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Form, Input, InputNumber, Progress, Radio, Upload } from 'antd';
import { useState } from 'react';
import { applyFieldErrors } from '../../../ui/form-errors';
import { errorMessage } from '../../../ui/PageError';
import { uiTexts } from '../../../ui/texts';
import { uploadInChunks, type UploadProgress } from '../chunked-upload';
import { ACCEPT, mediaMatchesKind, mediaTypeOf } from '../lesson-media';
import { browserUploadTransport, useAddLesson } from '../queries';
import { lessonKindNames, uploadTexts as t } from '../texts';
import type { LessonKind } from '../types';

interface LessonValues {
  kind: LessonKind;
  title: string;
  textContent?: string;
  readingMinutes?: number;
}

type Phase = { step: 'idle' } | { step: 'uploading'; progress: UploadProgress } | { step: 'failed'; uploadId: string | null; message: string };

const kindIcons = { video: <VideoCameraOutlined />, audio: <SoundOutlined />, text: <FileTextOutlined /> };

/**
 * Adds a lesson (M20). Media goes up in chunks with a progress bar and retries;
 * a failed upload resumes where it stopped. The lesson is then inspected by the
 * server's quality gates (M21) and the course page shows the verdict.
 */
export function AddLessonDrawer({ courseId, open, onClose }: { courseId: string; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<LessonValues>();
  const kind = Form.useWatch('kind', form) ?? 'video';
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const addLesson = useAddLesson(courseId);
  const { message } = App.useApp();
  const busy = phase.step === 'uploading' || addLesson.isPending;

  const reset = () => {
    form.resetFields();
    setFile(null);
    setPhase({ step: 'idle' });
  };

  // An upload in flight finishes or fails first: closing midway would leave the user unsure what was saved.
  const close = () => {
    if (busy) return;
    reset();
    onClose();
  };

  const attach = async (values: LessonValues, uploadId?: string) => {
    if (values.kind === 'text') {
      await addLesson.mutateAsync({ title: values.title, kind: 'text', textContent: values.textContent ?? '', readingSeconds: (values.readingMinutes ?? 1) * 60 });
      void message.success(t.addedText);
      return;
    }
    if (!file) return;
    const contentType = mediaTypeOf(file);
    setPhase({ step: 'uploading', progress: { sentBytes: 0, totalBytes: file.size, percent: 0 } });
    let started: string | null = uploadId ?? null;
    try {
      const id = await uploadInChunks(file, { filename: file.name, contentType }, browserUploadTransport, {
        uploadId,
        onStarted: (value) => (started = value),
        onProgress: (progress) => setPhase({ step: 'uploading', progress }),
      });
      await addLesson.mutateAsync({ title: values.title, kind: values.kind, uploadId: id });
      void message.success(t.added);
    } catch (error) {
      setPhase({ step: 'failed', uploadId: started, message: errorMessage(error) });
      throw error;
    }
  };

  const submit = (values: LessonValues, resumeId?: string) => {
    if (values.kind !== 'text') {
      if (!file) {
        void message.error(t.fileRequired);
        return;
      }
      if (!mediaMatchesKind(mediaTypeOf(file), values.kind)) {
        void message.error(t.fileWrongType);
        return;
      }
    }
    attach(values, resumeId)
      .then(() => {
        reset();
        onClose();
      })
      .catch((error: unknown) => {
        if (!applyFieldErrors(form, error, { LESSON_KIND_MISMATCH: ['kind'] })) void message.error(errorMessage(error));
      });
  };

  return (
    <Drawer
      title={t.drawerTitle}
      open={open}
      onClose={close}
      width={560}
      maskClosable={!busy}
      closable={!busy}
      footer={
        <div className="xk-drawer-footer">
          <Button onClick={close} disabled={busy}>
            {uiTexts.cancel}
          </Button>
          {phase.step === 'failed' && phase.uploadId ? (
            <Button type="primary" onClick={() => submit(form.getFieldsValue(), phase.uploadId ?? undefined)}>
              {t.resume}
            </Button>
          ) : (
            <Button type="primary" loading={busy} onClick={() => form.submit()} icon={kind === 'text' ? undefined : <CloudUploadOutlined />}>
              {kind === 'text' ? t.submitText : t.submit}
            </Button>
          )}
        </div>
      }
    >
      <Form<LessonValues> form={form} layout="vertical" onFinish={(values) => submit(values)} initialValues={{ kind: 'video', readingMinutes: 10 }} disabled={busy}>
        <Form.Item name="kind" label={t.kind}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            onChange={() => setFile(null)}
            options={(['video', 'audio', 'text'] as const).map((k) => ({
              value: k,
              label: (
                <span className="xk-kind-option">
                  {kindIcons[k]} {lessonKindNames[k]}
                </span>
              ),
            }))}
          />
        </Form.Item>
        <Form.Item name="title" label={t.title} rules={[{ required: true, whitespace: true, message: t.titleRequired }]}>
          <Input maxLength={100} placeholder={t.titlePlaceholder} />
        </Form.Item>

        {kind === 'text' ? (
          <>
            <Form.Item name="textContent" label={t.content} rules={[{ required: true, whitespace: true, message: t.contentRequired }]}>
              <Input.TextArea rows={10} maxLength={50_000} showCount placeholder={t.contentPlaceholder} />
            </Form.Item>
            <Form.Item name="readingMinutes" label={t.readingMinutes} extra={t.readingHint} rules={[{ required: true, message: t.readingRequired }]}>
              <InputNumber min={1} max={20} precision={0} suffix={t.minutes} style={{ width: 160 }} />
            </Form.Item>
          </>
        ) : (
          <Form.Item label={t.file} required extra={kind === 'video' ? t.videoHint : t.audioHint}>
            <Upload.Dragger
              accept={ACCEPT[kind]}
              maxCount={1}
              beforeUpload={(picked) => {
                setFile(picked);
                setPhase({ step: 'idle' });
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'picked', name: `${file.name}（${t.fileSize((file.size / 1024 / 1024).toFixed(1))}）`, status: 'done' }] : []}
            >
              <p className="ant-upload-drag-icon">
                <CloudUploadOutlined />
              </p>
              <p className="ant-upload-text">{t.pick}</p>
              <p className="ant-upload-hint">{kind === 'video' ? t.videoHint : t.audioHint}</p>
            </Upload.Dragger>
          </Form.Item>
        )}
      </Form>

      {phase.step === 'uploading' ? (
        <div className="xk-upload-progress" role="status">
          <div className="xk-upload-progress-label">{t.uploading(phase.progress.percent)}</div>
          <Progress percent={phase.progress.percent} status="active" />
          <div className="xk-muted">{t.uploadingHint}</div>
        </div>
      ) : null}
      {phase.step === 'failed' ? <Alert type="error" showIcon message={t.failed} description={phase.message} style={{ marginTop: 16 }} /> : null}
    </Drawer>
  );
}
