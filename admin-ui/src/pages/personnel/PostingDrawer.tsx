import { Alert, App, Button, DatePicker, Drawer, Form, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import {
  OfficeGridsDocument,
  PostPersonDocument,
  TransferPersonDocument,
  UnitChoicesDocument,
  type AssignmentRole,
  type PersonKind,
} from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';

/** A person to post (岗位任职), or to transfer (调动) from their running posting. */
export interface PostingSubject {
  personId: string;
  personName: string;
  kind: PersonKind;
  running?: { id: string; version: number };
}

interface Values {
  unitId: string;
  role: AssignmentRole;
  gridId?: string;
  day: Dayjs;
}

const rolesOf: Record<PersonKind, AssignmentRole[]> = {
  POLICE: ['OFFICE_POLICE', 'STATION_OFFICER'],
  AUXILIARY_POLICE: ['OFFICE_AUXILIARY'],
  GRID_WORKER: ['GRID_WORKER'],
  MEDIATION_MEMBER: [],
};

/**
 * Posts a person to an office or station from a day on, or transfers them: the running posting ends the day before the
 * new one starts. The server's refusals (overlaps, a role that does not fit, a grid of another office) show at the
 * field; targets left unmet come back as warnings, the change made all the same.
 */
export function PostingDrawer({
  subject,
  onClose,
  onSaved,
  afterOpenChange,
}: {
  subject: PostingSubject | null;
  onClose: () => void;
  onSaved: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { general, saving, send } = usePayloadForm(form, ['unitId', 'role', 'gridId', 'day']);
  const transfer = subject?.running !== undefined;
  const unitId = Form.useWatch('unitId', form);
  const role = Form.useWatch('role', form);
  const units = useQuery({
    queryKey: ['unit-choices', language],
    enabled: subject !== null,
    queryFn: () => request(UnitChoicesDocument),
  });
  const grids = useQuery({
    queryKey: ['office-grids', unitId],
    enabled: role === 'GRID_WORKER' && !!unitId,
    queryFn: () => request(OfficeGridsDocument, { officeId: unitId }),
  });
  const roles = subject ? rolesOf[subject.kind] : [];
  // The input names the day `from` for a posting and `on` for a transfer; both show at the one date field.
  const dayField = transfer ? 'on' : 'from';

  const change = async (person: PostingSubject, values: Values) => {
    const day = values.day.format('YYYY-MM-DD');
    const target = { unitId: values.unitId, role: values.role, gridId: values.gridId };
    const result = person.running
      ? (
          await request(TransferPersonDocument, {
            input: { ...target, postingId: person.running.id, version: person.running.version, on: day },
          })
        ).transferPerson
      : (
          await request(PostPersonDocument, {
            input: { ...target, personId: person.personId, from: day, idempotencyKey: crypto.randomUUID() },
          })
        ).postPerson;
    const errors = result.errors ?? [];
    if (errors.length === 0) result.warnings.forEach((w) => void message.warning(w.message));
    return errors.map((e) => (e.path?.[1] === dayField ? { ...e, path: ['input', 'day', ...e.path.slice(2)] } : e));
  };

  const submit = async (values: Values) => {
    if (!subject) return;
    if (await send(() => change(subject, values))) {
      form.resetFields();
      onSaved();
    }
  };

  return (
    <Drawer
      open={subject !== null}
      title={`${transfer ? t.transfer : t.post}: ${subject?.personName ?? ''}`}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      size={440}
    >
      {roles.length === 0 && <Alert type="info" title={t.noPostingRole} className="form-alert" />}
      <FormErrors messages={general} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ day: countyToday(), role: roles.length === 1 ? roles[0] : undefined }}
      >
        <Form.Item name="unitId" label={t.postingUnit} rules={[{ required: true }]}>
          <Select
            loading={units.isPending}
            onChange={() => form.setFieldValue('gridId', undefined)}
            options={units.data?.orgUnits.nodes.map((u) => ({
              value: u.id,
              label: language === 'zh' ? u.nameZh : u.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="role" label={t.role} rules={[{ required: true }]}>
          <Select options={roles.map((value) => ({ value, label: t.roleNames[value] }))} />
        </Form.Item>
        {role === 'GRID_WORKER' && (
          <Form.Item name="gridId" label={t.grid} rules={[{ required: true }]}>
            <Select
              loading={grids.isFetching}
              options={grids.data?.grids.nodes.map((g) => ({ value: g.id, label: `${g.code} ${g.name}` }))}
            />
          </Form.Item>
        )}
        <Form.Item name="day" label={transfer ? t.transferOn : t.from} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving} disabled={roles.length === 0}>
            {t.save}
          </Button>
          <Button onClick={onClose}>{t.cancel}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
