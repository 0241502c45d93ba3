import { Button, DatePicker, Drawer, Form, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { ScheduleDutyShiftDocument, type DutyShiftKind } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';

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
  const { general, saving, send } = usePayloadForm(form, ['personId', 'stationId', 'date', 'kind']);
  const submit = async (values: Values) => {
    const made = await send(async () => {
      const result = await request(ScheduleDutyShiftDocument, {
        input: {
          personId: values.personId,
          stationId: values.stationId,
          date: values.date.format('YYYY-MM-DD'),
          kind: values.kind,
          idempotencyKey: crypto.randomUUID(),
        },
      });
      return result.scheduleDutyShift.errors ?? [];
    });
    if (made) onScheduled();
  };
  return (
    <Drawer
      open={candidate !== null}
      title={t.dutyShift}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
    >
      <FormErrors messages={general} />
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
