import { useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Form, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { DeactivatePersonDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';

export interface PersonToDeactivate {
  id: string;
  version: number;
  name: string;
}

/**
 * Deactivates a person from their last working day, after a confirmation in the drawer itself (reachable by Tab, no
 * pop-up to chase): their running postings end on it.
 */
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
  const { general, saving, send } = usePayloadForm(form, ['on']);
  const [confirming, setConfirming] = useState<Dayjs | null>(null);
  const submit = async (on: Dayjs) => {
    if (!person) return;
    setConfirming(null);
    const made = await send(async () => {
      const result = await request(DeactivatePersonDocument, {
        input: { id: person.id, version: person.version, on: on.format('YYYY-MM-DD') },
      });
      return result.deactivatePerson.errors ?? [];
    });
    if (made) onSaved();
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
      <FormErrors messages={general} />
      <Typography.Paragraph>{t.deactivateHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={({ on }) => setConfirming(on)}
        initialValues={{ on: countyToday() }}
      >
        <Form.Item name="on" label={t.lastWorkingDay} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        {confirming ? (
          <Alert
            type="warning"
            title={t.deactivateConfirm(person?.name ?? '')}
            action={
              <Space>
                <Button danger type="primary" onClick={() => void submit(confirming)}>
                  {t.confirmDeactivate}
                </Button>
                <Button onClick={() => setConfirming(null)}>{t.cancel}</Button>
              </Space>
            }
          />
        ) : (
          <Space>
            <Button danger type="primary" htmlType="submit" loading={saving}>
              {t.deactivate}
            </Button>
            <Button onClick={onClose}>{t.cancel}</Button>
          </Space>
        )}
      </Form>
    </Drawer>
  );
}
