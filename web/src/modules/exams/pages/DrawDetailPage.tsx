import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Form, Input, Modal, Space, Statistic, Steps, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { PageContainer } from '../../../ui/PageContainer';
import { PageError, errorMessage } from '../../../ui/PageError';
import { PageSkeleton } from '../../../ui/PageSkeleton';
import { StatusTag } from '../../../ui/StatusTag';
import { useRegions } from '../../regions';
import { HashText } from '../components/HashText';
import { commitmentOf, newSecret, SECRET_PATTERN, secretStore } from '../draw-secret';
import { useDraw, useDrawStep } from '../queries';
import { drawStatusLooks, drawTexts as t, partyNames } from '../texts';
import type { DrawDetail, DrawParty } from '../types';

const PARTIES: DrawParty[] = ['exam_institution', 'regulator'];

/** Where the ceremony stands, as an index into the steps. */
function currentStep(d: DrawDetail): number {
  if (d.status === 'open') return 1;
  if (d.status === 'drawn') return 5;
  if (d.status === 'published') return 6;
  if (d.beacon) return d.beacon.value ? 4 : 2;
  if (d.commits.length < PARTIES.length) return 2;
  return d.commits.every((c) => c.secret) ? 4 : 3;
}

/** The draw ceremony (DESIGN §7): inputs hash, commitments, reveals, seed, assignment, publication. */
export function DrawDetailPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const draw = useDraw(id);
  const step = useDrawStep(id);
  const { message, modal } = App.useApp();
  const { nameOf } = useRegions();
  const [shownSecret, setShownSecret] = useState<string | null>(null);
  const [pasting, setPasting] = useState(false);

  if (draw.isPending) return <PageSkeleton />;
  if (draw.isError) return <PageError error={draw.error} onRetry={() => void draw.refetch()} />;
  const d = draw.data;
  const party = d.myParty;
  const own = d.commits.find((c) => c.party === party);
  const allCommitted = d.commits.length >= PARTIES.length;
  const seedReady = d.beacon ? Boolean(d.beacon.value) : allCommitted && d.commits.every((c) => c.secret);
  const isAdmin = party === 'exam_institution';

  const run = (name: 'freeze' | 'commits' | 'reveals' | 'beacon' | 'run' | 'publish', body?: object) =>
    step.mutateAsync({ step: name, body }).then(
      () => void message.success(t.done),
      (error: unknown) => {
        void message.error(errorMessage(error));
        throw error;
      },
    );
  const confirm = (title: string, content: string, onOk: () => Promise<unknown>) => modal.confirm({ title, content, onOk, okText: '确定', cancelText: '取消' });

  const commit = () =>
    confirm(t.commit, t.commitConfirm, async () => {
      const secret = newSecret();
      await run('commits', { commitment: await commitmentOf(secret) });
      secretStore.save(id, party!, secret);
      setShownSecret(secret);
    });

  const reveal = () => {
    const saved = secretStore.load(id, party!);
    if (!saved) return setPasting(true);
    confirm(t.reveal, `${partyNames[party!]}：${saved}`, () => run('reveals', { secret: saved }));
  };

  return (
    <PageContainer
      title={d.title}
      description={`${nameOf(d.cityCode)} · ${d.sessionsFrom} 至 ${d.sessionsTo}`}
      extra={
        <Space>
          {d.status === 'published' ? <Button onClick={() => navigate(`/public/exam-draws?draw=${d.id}`)}>{t.publicLink}</Button> : null}
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/exams/draws')}>
            {t.title}
          </Button>
        </Space>
      }
    >
      <Card>
        <Steps current={currentStep(d)} items={t.steps.map((title) => ({ title }))} size="small" />
      </Card>
      <Card title={<Space>{t.status}<StatusTag look={drawStatusLooks[d.status]} /></Space>} style={{ marginTop: 16 }}>
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t.candidates}>{d.candidates}</Descriptions.Item>
          <Descriptions.Item label={t.sessions}>{d.sessions}</Descriptions.Item>
          <Descriptions.Item label={t.inputsHash}>
            <HashText value={d.inputsHash} />
          </Descriptions.Item>
          <Descriptions.Item label={t.seed}>
            <HashText value={d.seed} />
          </Descriptions.Item>
          <Descriptions.Item label={t.resultHash}>
            <HashText value={d.resultHash} />
          </Descriptions.Item>
          <Descriptions.Item label={t.publishedAt}>{formatDateTime(d.publishedAt)}</Descriptions.Item>
        </Descriptions>
        <Space style={{ marginTop: 16 }} wrap>
          {isAdmin && d.status === 'open' ? (
            <Button type="primary" onClick={() => confirm(t.freeze, t.freezeConfirm, () => run('freeze'))}>
              {t.freeze}
            </Button>
          ) : null}
          {party && d.status === 'frozen' && !d.beacon && !own ? (
            <Button type="primary" onClick={commit}>
              {t.commit}
            </Button>
          ) : null}
          {party && d.status === 'frozen' && own && !own.secret && allCommitted ? (
            <Button type="primary" onClick={reveal}>
              {t.reveal}
            </Button>
          ) : null}
          {isAdmin && d.status === 'frozen' && d.beacon && !d.beacon.value ? <BeaconForm onSubmit={(value) => confirm(t.recordBeacon, `${t.recordBeaconConfirm}（${value}）`, () => run('beacon', { value }))} /> : null}
          {isAdmin && d.status === 'frozen' && seedReady ? (
            <Button type="primary" onClick={() => confirm(t.run, t.runConfirm, () => run('run'))}>
              {t.run}
            </Button>
          ) : null}
          {isAdmin && d.status === 'drawn' ? (
            <Button type="primary" danger onClick={() => confirm(t.publish, t.publishConfirm, () => run('publish'))}>
              {t.publish}
            </Button>
          ) : null}
        </Space>
      </Card>
      {d.beacon ? (
        <Card title={t.beacon} style={{ marginTop: 16 }}>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t.beaconSource}>{d.beacon.source}</Descriptions.Item>
            <Descriptions.Item label={t.beaconValue}>{d.beacon.value ?? t.waiting}</Descriptions.Item>
          </Descriptions>
        </Card>
      ) : (
        <Card title={t.commits} style={{ marginTop: 16 }}>
          <Table
            rowKey="party"
            pagination={false}
            size="small"
            dataSource={PARTIES.map((p) => ({ party: p, commit: d.commits.find((c) => c.party === p) }))}
            columns={[
              { title: t.party, key: 'party', className: 'xk-nowrap', render: (_, r) => partyNames[r.party] },
              { title: t.commitment, key: 'commitment', render: (_, r) => (r.commit ? <HashText value={r.commit.commitment} /> : <Typography.Text type="secondary">{t.waiting}</Typography.Text>) },
              { title: t.secret, key: 'secret', render: (_, r) => (r.commit?.secret ? <HashText value={r.commit.secret} /> : <Typography.Text type="secondary">{t.waiting}</Typography.Text>) },
            ]}
          />
        </Card>
      )}
      {d.outcome ? (
        <Card title={t.outcome} style={{ marginTop: 16 }}>
          <Space size={48}>
            <Statistic title={t.assigned} value={d.outcome.assigned} />
            <Statistic title={t.unassigned} value={d.outcome.unassigned} />
            <Statistic title={t.exceptions} value={d.outcome.exceptions} />
            <Statistic title={t.crossCity} value={d.outcome.crossCity} />
          </Space>
        </Card>
      ) : null}
      <Modal title={t.commit} open={shownSecret !== null} onOk={() => setShownSecret(null)} onCancel={() => setShownSecret(null)} cancelButtonProps={{ style: { display: 'none' } }}>
        <Alert type="success" showIcon message={t.commitDone} description={<HashText value={shownSecret} />} />
      </Modal>
      <PasteSecretModal open={pasting} onClose={() => setPasting(false)} onSubmit={(secret) => run('reveals', { secret }).then(() => setPasting(false))} />
    </PageContainer>
  );
}

function BeaconForm({ onSubmit }: { onSubmit: (value: string) => void }) {
  const [form] = Form.useForm<{ value: string }>();
  return (
    <Form form={form} layout="inline" onFinish={({ value }) => onSubmit(value.trim())}>
      <Form.Item name="value" label={t.beaconValue} rules={[{ required: true, whitespace: true, message: t.beaconValue }]}>
        <Input maxLength={200} style={{ width: 240 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit">
        {t.recordBeacon}
      </Button>
    </Form>
  );
}

function PasteSecretModal({ open, onClose, onSubmit }: { open: boolean; onClose: () => void; onSubmit: (secret: string) => Promise<unknown> }) {
  const [form] = Form.useForm<{ secret: string }>();
  return (
    <Modal title={t.reveal} open={open} onCancel={onClose} onOk={() => form.submit()} destroyOnHidden>
      <Alert type="info" showIcon message={t.revealMissing} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" preserve={false} onFinish={({ secret }) => onSubmit(secret.trim())}>
        <Form.Item name="secret" label={t.revealLabel} rules={[{ required: true, pattern: SECRET_PATTERN, message: '请输入64位十六进制随机数' }]}>
          <Input className="xk-mono" maxLength={64} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
