import { useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Form, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { ScheduleDutyShiftDocument, type DutyShiftKind } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { showPayloadErrors } from '../payloadErrors';

export interface DutyShiftCandidate {
  personId: string;
  personName: string;
  stationId: string;
  stationName: string;
}

interface Values {
  personId: string;
  stationId: string;
  date: Dayjs;
  kind: DutyShiftKind;
}

/**
 * Puts a police officer or auxiliary on the duty roster (值班表) of the station above their unit. The server refuses
 * anyone holding an office posting on the day (三不); the refusal shows at the person.
 */
export function DutyShiftDrawer({
  candidate,
  onClose,
  onScheduled,
  afterOpenChange,
}: {
  candidate: DutyShiftCandidate | null;
  onClose: () => void;
  onScheduled: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const submit = async (values: Values) => {
    setSaving(true);
    setGeneral([]);
    try {
      const result = await request(ScheduleDutyShiftDocument, {
        input: {
          personId: values.personId,
          stationId: values.stationId,
          date: values.date.format('YYYY-MM-DD'),
          kind: values.kind,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      const errors = result.scheduleDutyShift.errors ?? [];
      if (errors.length === 0) onScheduled();
      else setGeneral(showPayloadErrors(form, errors, ['personId', 'stationId', 'date', 'kind']));
    } catch (error) {
      setGeneral([String(error)]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open={candidate !== null}
      title={t.dutyShift}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
    >
      {general.map((message) => (
        <Alert key={message} type="error" title={message} className="form-alert" />
      ))}
      {candidate && (
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{
            personId: candidate.personId,
            stationId: candidate.stationId,
            date: countyToday(),
            kind: 'DAY',
          }}
        >
          <Form.Item name="personId" label={t.person}>
            <Select disabled options={[{ value: candidate.personId, label: candidate.personName }]} />
          </Form.Item>
          <Form.Item name="stationId" label={t.station}>
            <Select disabled options={[{ value: candidate.stationId, label: candidate.stationName }]} />
          </Form.Item>
          <Form.Item name="date" label={t.boardOn} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="kind" label={t.shiftKind}>
            <Select
              options={(['DAY', 'NIGHT', 'ALL_DAY'] as const).map((kind) => ({
                value: kind,
                label: t.shiftKinds[kind],
              }))}
            />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              {t.save}
            </Button>
            <Button onClick={onClose}>{t.cancel}</Button>
          </Space>
        </Form>
      )}
    </Drawer>
  );
}
