import { Button, Drawer, Form, Input, Select, Space } from 'antd';
import { request } from '../../api';
import { RegisterApiClientDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';
import { useRoleOptions } from './roles';
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
  const { general, saving, send } = usePayloadForm(form, formFields);
  const units = useUnitOptions(language);
  const roles = useRoleOptions('client');
  const submit = (values: NewClient) =>
    send(async () => {
      const result = await request(RegisterApiClientDocument, {
        input: { ...values, idempotencyKey: crypto.randomUUID() },
      });
      const { errors, apiClient, clientSecret } = result.registerApiClient;
      if (!errors?.length && apiClient && clientSecret) onRegistered(apiClient.clientId, clientSecret);
      return errors ?? [];
    });
  return (
    <Drawer open title={t.registerClient} onClose={onClose} destroyOnHidden size={480}>
      <FormErrors messages={general} />
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
          <Select mode="multiple" aria-label={t.roles} options={roles} />
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
