import { useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Form, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { EndPostingDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { showPayloadErrors } from '../payloadErrors';

export interface PostingToEnd {
  id: string;
  version: number;
  label: string;
}

/** Ends a running posting on its last day; history is kept, the seat is vacant from the day after. */
export function EndPostingDrawer({
  posting,
  onClose,
  onEnded,
  afterOpenChange,
}: {
  posting: PostingToEnd | null;
  onClose: () => void;
  onEnded: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ to: Dayjs }>();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const submit = async ({ to }: { to: Dayjs }) => {
    if (!posting) return;
    setSaving(true);
    setGeneral([]);
    try {
      const result = await request(EndPostingDocument, {
        input: { id: posting.id, version: posting.version, to: to.format('YYYY-MM-DD') },
      });
      const errors = result.endPosting.errors ?? [];
      if (errors.length === 0) onEnded();
      else setGeneral(showPayloadErrors(form, errors, ['to']));
    } catch (error) {
      setGeneral([String(error)]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open={posting !== null}
      title={`${t.endPosting}: ${posting?.label ?? ''}`}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
    >
      {general.map((message) => (
        <Alert key={message} type="error" title={message} className="form-alert" />
      ))}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ to: countyToday().subtract(1, 'day') }}>
        <Form.Item name="to" label={t.lastDay} rules={[{ required: true }]}>
          <DatePicker />
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
