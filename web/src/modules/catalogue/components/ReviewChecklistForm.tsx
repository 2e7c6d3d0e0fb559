import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Radio, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../ui/PageError';
import { usePlatformReview } from '../queries';
import { allPass, checklistProblems, REVIEW_ITEMS, toReviewBody, type ChecklistDraft } from '../review-checklist';
import { reviewItemTexts, reviewTexts as t } from '../texts';

interface ChecklistValues {
  checklist: ChecklistDraft;
  comment?: string;
}

/**
 * The platform's second review (M8, M17): each of the five items passes or
 * fails, with a comment wherever it fails. All pass → published; else the
 * course returns to the institution. Confirmed before it is sent.
 */
export function ReviewChecklistForm({ courseId, disabled }: { courseId: string; disabled: boolean }) {
  const [form] = Form.useForm<ChecklistValues>();
  const draft = Form.useWatch('checklist', form) ?? {};
  const review = usePlatformReview(courseId);
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const decided = REVIEW_ITEMS.length - Object.values(checklistProblems(draft)).filter((p) => p === 'undecided').length;
  const passed = REVIEW_ITEMS.filter((item) => draft[item]?.verdict === 'pass').length;

  const confirm = ({ checklist, comment }: ChecklistValues) => {
    const publish = allPass(checklist);
    const failing = REVIEW_ITEMS.filter((item) => checklist[item]?.verdict === 'fail').map((item) => reviewItemTexts[item].label);
    modal.confirm({
      title: publish ? t.confirmPublishTitle : t.confirmReturnTitle,
      content: publish ? t.confirmPublishBody : t.confirmReturnBody(failing.join('、')),
      okText: t.confirmOk,
      okButtonProps: { danger: !publish },
      onOk: () =>
        review
          .mutateAsync(toReviewBody(checklist, comment))
          .then((result) => {
            void message.success(result.status === 'published' ? t.published : t.returned);
            navigate('/platform/reviews');
          })
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });
  };

  return (
    <Form<ChecklistValues> form={form} layout="vertical" onFinish={confirm} disabled={disabled} className="xk-checklist">
      {REVIEW_ITEMS.map((item) => (
        <div key={item} className={`xk-checklist-item is-${draft[item]?.verdict ?? 'open'}`}>
          <div className="xk-checklist-head">
            <div>
              <strong>{reviewItemTexts[item].label}</strong>
              <div className="xk-checklist-hint">{reviewItemTexts[item].hint}</div>
            </div>
            <Form.Item name={['checklist', item, 'verdict']} rules={[{ required: true, message: t.undecided }]} className="xk-checklist-verdict">
              <Radio.Group optionType="button" buttonStyle="solid" aria-label={reviewItemTexts[item].label}>
                <Radio.Button value="pass" className="xk-verdict-pass">
                  <CheckOutlined /> {t.pass}
                </Radio.Button>
                <Radio.Button value="fail" className="xk-verdict-fail">
                  <CloseOutlined /> {t.fail}
                </Radio.Button>
              </Radio.Group>
            </Form.Item>
          </div>
          <Form.Item
            name={['checklist', item, 'comment']}
            dependencies={[['checklist', item, 'verdict']]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: string | undefined) =>
                  getFieldValue(['checklist', item, 'verdict']) === 'fail' && !value?.trim() ? Promise.reject(new Error(t.commentRequired)) : Promise.resolve(),
              }),
            ]}
            style={{ marginBottom: 0 }}
          >
            <Input.TextArea
              rows={draft[item]?.verdict === 'fail' ? 2 : 1}
              maxLength={500}
              aria-label={`${reviewItemTexts[item].label}${t.comment}`}
              placeholder={draft[item]?.verdict === 'fail' ? t.commentPlaceholderFail : t.commentPlaceholderPass}
            />
          </Form.Item>
        </div>
      ))}
      <Form.Item name="comment" label={t.overall} style={{ marginTop: 16 }}>
        <Input.TextArea rows={2} maxLength={1000} placeholder={t.overallPlaceholder} />
      </Form.Item>
      <div className="xk-checklist-footer">
        <Typography.Text type="secondary">
          {t.summary(decided, passed)}
        </Typography.Text>
        <Button type="primary" htmlType="submit" size="large" loading={review.isPending}>
          {t.submit}
        </Button>
      </div>
    </Form>
  );
}
