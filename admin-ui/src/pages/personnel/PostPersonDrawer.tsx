import { useState } from 'react';
import { Alert, Button, DatePicker, Drawer, Form, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { FormErrors, usePayloadForm } from '../payloadForm';
import { PersonnelDocument, PostPersonDocument, type AssignmentRole, type PersonKind } from '../../graphql/generated';
import { useLanguage } from '../../i18n';

export interface PostingTarget {
  unitId: string;
  unitName: string;
  role: AssignmentRole;
  gridId?: string;
  gridCode?: string;
}

interface Values {
  personId: string;
  from: Dayjs;
}

/** Posts a person (岗位任职) to a seat of an office; refusals are shown at the field they concern. */
export function PostPersonDrawer({
  target,
  onClose,
  onPosted,
  afterOpenChange,
}: {
  target: PostingTarget | null;
  onClose: () => void;
  onPosted: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const { general, saving, send } = usePayloadForm(form, ['personId', 'from']);
  const kind: PersonKind =
    target?.role === 'GRID_WORKER' ? 'GRID_WORKER' : target?.role === 'OFFICE_POLICE' ? 'POLICE' : 'AUXILIARY_POLICE';
  // Searched on the server by name: an office's candidates may be more than one page.
  const [search, setSearch] = useState('');
  const people = useQuery({
    queryKey: ['people-to-post', kind, search],
    enabled: target !== null,
    queryFn: () =>
      request(PersonnelDocument, {
        first: 50,
        where: {
          kind: { eq: kind },
          deactivatedOn: { eq: null },
          ...(search ? { name: { contains: search } } : {}),
        },
        order: [{ name: 'ASC' }],
      }),
  });

  const submit = async (values: Values) => {
    if (!target) return;
    const made = await send(async () => {
      const result = await request(PostPersonDocument, {
        input: {
          personId: values.personId,
          unitId: target.unitId,
          gridId: target.gridId,
          role: target.role,
          from: values.from.format('YYYY-MM-DD'),
          idempotencyKey: crypto.randomUUID(),
        },
      });
      return result.postPerson.errors ?? [];
    });
    if (made) {
      form.resetFields();
      onPosted();
    }
  };

  return (
    <Drawer
      open={target !== null}
      title={`${t.postTitle}: ${target?.unitName ?? ''}${target?.gridCode ? ` / ${target.gridCode}` : ''}`}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      size={420}
    >
      {people.isError && <Alert type="error" title={String(people.error)} className="form-alert" />}
      <FormErrors messages={general} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ from: countyToday() }}>
        <Form.Item name="personId" label={t.person} rules={[{ required: true }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: (text) => setSearch(text.trim()) }}
            loading={people.isFetching}
            options={people.data?.personnel.nodes.map((p) => ({
              value: p.id,
              label: `${p.name}${p.unit ? ` (${p.unit.nameZh})` : ''}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t.role}>{target ? t.roleNames[target.role] : ''}</Form.Item>
        <Form.Item name="from" label={t.from} rules={[{ required: true }]}>
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
