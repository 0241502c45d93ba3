import { Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { RecordLeaveDocument, type LeaveKind } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';

export interface LeaveSubject {
  personId: string;
  personName: string;
}

interface Values {
  kind: LeaveKind;
  from: Dayjs;
  to: Dayjs;
  note?: string;
}

/** Records a rest day, annual or sick leave or training; an overlap with another period shows at the days. */
export function LeaveDrawer({
  subject,
  onClose,
  onSaved,
  afterOpenChange,
}: {
  subject: LeaveSubject | null;
  onClose: () => void;
  onSaved: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const { general, saving, send } = usePayloadForm(form, ['kind', 'from', 'to', 'note']);
  const submit = async (values: Values) => {
    if (!subject) return;
    const made = await send(async () => {
      const result = await request(RecordLeaveDocument, {
        input: {
          personId: subject.personId,
          kind: values.kind,
          from: values.from.format('YYYY-MM-DD'),
          to: values.to.format('YYYY-MM-DD'),
          note: values.note?.trim() || null,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      return result.recordLeave.errors ?? [];
    });
    if (made) {
      form.resetFields();
      onSaved();
    }
  };
  const kinds = Object.entries(t.leaveKinds) as [LeaveKind, string][];
  return (
    <Drawer
      open={subject !== null}
      title={`${t.recordLeave}: ${subject?.personName ?? ''}`}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      size={420}
    >
      <FormErrors messages={general} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ kind: 'ANNUAL_LEAVE', from: countyToday(), to: countyToday() }}
      >
        <Form.Item name="kind" label={t.leaveKind} rules={[{ required: true }]}>
          <Select options={kinds.map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item name="from" label={t.firstDayAway} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="to" label={t.lastDayAway} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="note" label={t.note} rules={[{ max: 200 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t.save}
          </Button>
          <Button onClick={onClose}>{t.cancel}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
