import { useState } from 'react';
import { Alert, Button, Drawer, Form, Input, Select, Space } from 'antd';
import { request } from '../../api';
import { RegisterApiClientDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { showPayloadErrors } from '../payloadErrors';
import { clientRoles, roleOptions } from './roles';
import { useUnitOptions } from './units';

interface NewClient {
  clientId: string;
  displayName: string;
  unitId: string;
  roles: string[];
}

const formFields = ['clientId', 'displayName', 'unitId', 'roles'];

/**
 * Registers a machine client; the secret the server answers goes straight to the caller's one-time display, never to a
 * cache or the form.
 */
export function RegisterClientDrawer({
  onClose,
  onRegistered,
}: {
  onClose: () => void;
  onRegistered: (clientId: string, secret: string) => void;
}) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<NewClient>();
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const units = useUnitOptions(language);
  const submit = async (values: NewClient) => {
    setSaving(true);
    setGeneral([]);
    try {
      const result = await request(RegisterApiClientDocument, {
        input: { ...values, idempotencyKey: crypto.randomUUID() },
      });
      const { errors, apiClient, clientSecret } = result.registerApiClient;
      if (errors?.length) setGeneral(showPayloadErrors(form, errors, formFields));
      else if (apiClient && clientSecret) onRegistered(apiClient.clientId, clientSecret);
    } catch (error) {
      setGeneral([String(error)]);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer open title={t.registerClient} onClose={onClose} destroyOnHidden size={480}>
      {general.map((message) => (
        <Alert key={message} type="error" title={message} className="form-alert" />
      ))}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ roles: ['dashboard'] }}>
        <Form.Item
          name="clientId"
          label={t.clientId}
          rules={[{ required: true, max: 100, pattern: /^[A-Za-z0-9_-]+$/ }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t.displayName} rules={[{ required: true, whitespace: true, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t.unit} rules={[{ required: true }]}>
          <Select options={units} showSearch={{ optionFilterProp: 'label' }} aria-label={t.unit} />
        </Form.Item>
        <Form.Item name="roles" label={t.roles} rules={[{ required: true }]}>
          <Select mode="multiple" aria-label={t.roles} options={roleOptions(clientRoles, t.roleLabels)} />
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
