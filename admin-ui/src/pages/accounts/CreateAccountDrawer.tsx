import { useState } from 'react';
import { Button, Drawer, Form, Input, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../api';
import { CreateAccountDocument, PersonnelDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';
import { useRoleOptions } from './roles';
import { useUnitOptions } from './units';

interface NewAccount {
  userName: string;
  displayName: string;
  unitId: string;
  personId?: string;
  roles: string[];
  initialPassword: string;
}

const formFields = ['userName', 'displayName', 'unitId', 'personId', 'roles', 'initialPassword'];

/** A first password meeting the server's rules: 20 random characters, at least one of each class, shuffled. */
function generatePassword(): string {
  const classes = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!#$%&*+-=?@_'];
  const all = classes.join('');
  const random = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0] % n;
  const chars = [
    ...classes.map((c) => c[random(c.length)]),
    ...Array.from({ length: 16 }, () => all[random(all.length)]),
  ];
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/** Creates an account with its unit, the person it is for, its roles and its first password; shown while open. */
export function CreateAccountDrawer({
  onClose,
  onCreated,
}: {
  onClose: () => void;
  onCreated: (userName: string, initialPassword: string) => void;
}) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<NewAccount>();
  const { general, saving, send } = usePayloadForm(form, formFields);
  const [personSearch, setPersonSearch] = useState('');
  const units = useUnitOptions(language);
  const roles = useRoleOptions('account');
  const people = useQuery({
    queryKey: ['personnel', 'account-person', personSearch],
    queryFn: () => request(PersonnelDocument, { first: 20, where: { name: { contains: personSearch } } }),
    enabled: personSearch.length > 0,
  });
  const submit = async (values: NewAccount) => {
    const made = await send(
      async () =>
        (
          await request(CreateAccountDocument, {
            input: { ...values, idempotencyKey: crypto.randomUUID() },
          })
        ).createAccount.errors ?? [],
    );
    if (made) onCreated(values.userName, values.initialPassword);
  };
  return (
    <Drawer open title={t.createAccount} onClose={onClose} destroyOnHidden size={480}>
      <FormErrors messages={general} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ roles: ['community-officer'] }}>
        <Form.Item name="userName" label={t.userName} rules={[{ required: true, whitespace: true, max: 256 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t.displayName} rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t.unit} rules={[{ required: true }]}>
          <Select options={units} showSearch={{ optionFilterProp: 'label' }} aria-label={t.unit} />
        </Form.Item>
        <Form.Item name="personId" label={t.linkedPerson}>
          <Select
            allowClear
            aria-label={t.linkedPerson}
            placeholder={t.personSearch}
            showSearch={{ filterOption: false, onSearch: (text) => setPersonSearch(text.trim()) }}
            loading={people.isFetching}
            options={(people.data?.personnel.nodes ?? []).map((person) => ({
              value: person.id,
              label: `${person.name} · ${t.kinds[person.kind]} · ${
                (language === 'zh' ? person.unit?.nameZh : person.unit?.name) ?? ''
              }`,
            }))}
          />
        </Form.Item>
        <Form.Item name="roles" label={t.roles}>
          <Select mode="multiple" aria-label={t.roles} options={roles} />
        </Form.Item>
        <Form.Item label={t.initialPassword} required extra={t.passwordRule}>
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item name="initialPassword" noStyle rules={[{ required: true, min: 12 }]}>
              <Input.Password autoComplete="new-password" aria-label={t.initialPassword} />
            </Form.Item>
            <Button onClick={() => form.setFieldsValue({ initialPassword: generatePassword() })}>
              {t.generatePassword}
            </Button>
          </Space.Compact>
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
