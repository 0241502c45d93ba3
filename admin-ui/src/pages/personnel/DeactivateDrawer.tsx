import { useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Form, Popconfirm, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { DeactivatePersonDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { showPayloadErrors } from '../payloadErrors';

export interface PersonToDeactivate {
  id: string;
  version: number;
  name: string;
}

/** Deactivates a person from their last working day, after a confirmation: their running postings end on it. */
export function DeactivateDrawer({
  person,
  onClose,
  onSaved,
  afterOpenChange,
}: {
  person: PersonToDeactivate | null;
  onClose: () => void;
  onSaved: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ on: Dayjs }>();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const submit = async ({ on }: { on: Dayjs }) => {
    if (!person) return;
    setSaving(true);
    setGeneral([]);
    try {
      const result = await request(DeactivatePersonDocument, {
        input: { id: person.id, version: person.version, on: on.format('YYYY-MM-DD') },
      });
      const errors = result.deactivatePerson.errors ?? [];
      if (errors.length === 0) onSaved();
      else setGeneral(showPayloadErrors(form, errors, ['on']));
    } catch (error) {
      setGeneral([String(error)]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open={person !== null}
      title={`${t.deactivate}: ${person?.name ?? ''}`}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      size={420}
    >
      {general.map((text) => (
        <Alert key={text} type="error" title={text} className="form-alert" />
      ))}
      <Typography.Paragraph>{t.deactivateHint}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ on: countyToday() }}>
        <Form.Item name="on" label={t.lastWorkingDay} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Space>
          <Popconfirm
            title={t.deactivateConfirm(person?.name ?? '')}
            okText={t.deactivate}
            cancelText={t.cancel}
            onConfirm={() => form.submit()}
          >
            <Button danger type="primary" loading={saving}>
              {t.deactivate}
            </Button>
          </Popconfirm>
          <Button onClick={onClose}>{t.cancel}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
