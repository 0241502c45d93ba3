import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { request, type PayloadError } from '../../api';
import {
  CreatePersonDocument,
  PersonFileDocument,
  UnitChoicesDocument,
  UpdatePersonDocument,
  type PersonKind,
  type PersonPosition,
} from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';

/** Which person the drawer is for: a new one, or one to edit by id. */
export type PersonToEdit = { mode: 'create' } | { mode: 'edit'; id: string };

interface Values {
  kind: PersonKind;
  name: string;
  badgeNumber?: string;
  position?: PersonPosition;
  phone?: string;
  idNumber?: string;
  unitId: string;
}

const fields = ['kind', 'name', 'badgeNumber', 'position', 'phone', 'idNumber', 'unitId'];
const blankToNull = (value?: string | null) => (value?.trim() ? value.trim() : null);

/**
 * Puts a person on file or records their details. An edit sends the version it read: when someone changed the person
 * meanwhile, the server answers CONFLICT, the drawer says so and reloads the person as they now are. A user who may
 * not read personal data sees phone and ID number masked: the fields start empty, and left empty they are left out
 * of the change, which keeps them (written, they replace them).
 */
export function PersonDrawer({
  person,
  mayReadPersonalData,
  onClose,
  onSaved,
  afterOpenChange,
}: {
  person: PersonToEdit | null;
  mayReadPersonalData: boolean;
  onClose: () => void;
  onSaved: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const { general, saving, send } = usePayloadForm(form, fields);
  const [conflict, setConflict] = useState(false);
  const editId = person?.mode === 'edit' ? person.id : null;
  const file = useQuery({
    queryKey: ['person-file', editId, language],
    enabled: editId !== null,
    queryFn: () => request(PersonFileDocument, { id: editId ?? '' }),
  });
  const units = useQuery({
    queryKey: ['unit-choices', language],
    enabled: person?.mode === 'create',
    queryFn: () => request(UnitChoicesDocument),
  });
  const loaded = file.data?.node?.__typename === 'Person' ? file.data.node : null;
  const kind = Form.useWatch('kind', form) ?? loaded?.kind;
  const masked = person?.mode === 'edit' && !mayReadPersonalData;

  useEffect(() => {
    if (!loaded) return;
    form.setFieldsValue({
      kind: loaded.kind,
      name: loaded.name,
      badgeNumber: loaded.badgeNumber ?? undefined,
      position: loaded.position ?? undefined,
      phone: masked ? undefined : (loaded.phone ?? undefined),
      idNumber: masked ? undefined : (loaded.idNumber ?? undefined),
    });
  }, [loaded, masked, form]);

  const reloadOnConflict = async (errors: readonly PayloadError[]) => {
    if (!errors.some((e) => e.code === 'CONFLICT')) return false;
    setConflict(true);
    await file.refetch();
    return true;
  };

  /** Blank clears a value the user can read; a masked one left blank is left out, so it is kept. */
  const personalData = (value?: string) => (masked && !value?.trim() ? undefined : blankToNull(value));

  const change = async (values: Values): Promise<readonly PayloadError[]> => {
    const police = values.kind === 'POLICE' || loaded?.kind === 'POLICE';
    const details = {
      name: values.name,
      badgeNumber: police ? blankToNull(values.badgeNumber) : null,
      position: police ? (values.position ?? null) : null,
      phone: personalData(values.phone),
      idNumber: personalData(values.idNumber),
    };
    if (person?.mode === 'create')
      return (
        (
          await request(CreatePersonDocument, {
            input: { ...details, kind: values.kind, unitId: values.unitId, idempotencyKey: crypto.randomUUID() },
          })
        ).createPerson.errors ?? []
      );
    if (!loaded) return [];
    return (
      (
        await request(UpdatePersonDocument, {
          input: { ...details, id: loaded.id, version: loaded.version, suppliedById: loaded.suppliedBy?.id },
        })
      ).updatePerson.errors ?? []
    );
  };

  const submit = async (values: Values) => {
    if (!person) return;
    setConflict(false);
    if (await send(() => change(values), reloadOnConflict)) {
      form.resetFields();
      onSaved();
    }
  };

  const kinds = Object.entries(t.kinds) as [PersonKind, string][];
  const positions = Object.entries(t.positions) as [PersonPosition, string][];
  return (
    <Drawer
      open={person !== null}
      title={person?.mode === 'edit' ? `${t.editPerson}: ${loaded?.name ?? ''}` : t.newPerson}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      size={440}
      loading={editId !== null && file.isPending}
    >
      {conflict && <Alert type="warning" title={t.conflictReloaded} className="form-alert" data-testid="conflict" />}
      <FormErrors messages={general} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'AUXILIARY_POLICE' }}>
        {person?.mode === 'create' && (
          <>
            <Form.Item name="kind" label={t.kind} rules={[{ required: true }]}>
              <Select options={kinds.map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item name="unitId" label={t.unit} rules={[{ required: true }]}>
              <Select
                loading={units.isPending}
                options={units.data?.orgUnits.nodes.map((u) => ({
                  value: u.id,
                  label: language === 'zh' ? u.nameZh : u.name,
                }))}
              />
            </Form.Item>
          </>
        )}
        <Form.Item name="name" label={t.name} rules={[{ required: true, whitespace: true, max: 50 }]}>
          <Input />
        </Form.Item>
        {kind === 'POLICE' && (
          <>
            <Form.Item name="badgeNumber" label={t.badge} rules={[{ required: true, whitespace: true, max: 20 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="position" label={t.position}>
              <Select allowClear options={positions.map(([value, label]) => ({ value, label }))} />
            </Form.Item>
          </>
        )}
        <Form.Item name="phone" label={t.phone} rules={[{ max: 20 }]} extra={masked ? t.maskedKept : undefined}>
          <Input inputMode="tel" placeholder={masked ? (loaded?.phone ?? undefined) : undefined} />
        </Form.Item>
        <Form.Item name="idNumber" label={t.idNumber} extra={masked ? t.maskedKept : t.idNumberHint}>
          <Input placeholder={masked ? (loaded?.idNumber ?? undefined) : undefined} />
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
