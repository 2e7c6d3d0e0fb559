import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useRelatedCandidates } from '../queries';

/**
 * Training institutions related to a site or a staff member (owner, shareholder,
 * part-time teacher…): the avoidance list of N2.3 and N2.4. Chosen from the
 * institutions published in the city.
 */
export function RelationsField({ cityCode, label, placeholder }: { cityCode: string; label: string; placeholder: string }) {
  const institutions = useRelatedCandidates(cityCode);
  return (
    <Form.Item label={label}>
      <Form.List name="relations">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline">
                <Form.Item name={[field.name, 'institutionId']} rules={[{ required: true, message: '请选择培训机构' }]}>
                  <Select style={{ width: 300 }} showSearch optionFilterProp="label" loading={institutions.isPending} options={(institutions.data?.items ?? []).map((i) => ({ value: i.id, label: i.name }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'relation']} rules={[{ required: true, whitespace: true, message: placeholder }]}>
                  <Input placeholder={placeholder} maxLength={50} style={{ width: 160 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ relation: '' })} icon={<PlusOutlined />}>
              添加关联机构
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
