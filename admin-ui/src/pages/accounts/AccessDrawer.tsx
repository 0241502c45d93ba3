import { App, Button, Drawer, Form, Input, Space, Typography } from 'antd';
import { request, type PayloadError } from '../../api';
import { SetApiClientAccessDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';
import { isConflict } from './accountChanges';
import type { ClientRow } from './ApiClients';

interface Access {
  allowedAddresses: string;
  allowedOrigins: string;
}

const lines = (text: string | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** Where a client may call from: CIDR ranges and browser origins, one per line, checked by the server. */
export function AccessDrawer({
  client,
  onClose,
  onSaved,
}: {
  client: ClientRow;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<Access>();
  const { general, saving, send } = usePayloadForm(form, ['allowedAddresses', 'allowedOrigins']);
  const warnOnConflict = (errors: readonly PayloadError[]) => {
    if (!isConflict(errors)) return false;
    void message.warning(t.conflict);
    onSaved();
    return true;
  };
  const submit = async (values: Access) => {
    const made = await send(
      async () =>
        (
          await request(SetApiClientAccessDocument, {
            input: {
              id: client.id,
              version: client.version,
              allowedAddresses: lines(values.allowedAddresses),
              allowedOrigins: lines(values.allowedOrigins),
            },
          })
        ).setApiClientAccess.errors ?? [],
      warnOnConflict,
    );
    if (!made) return;
    void message.success(t.changed);
    onSaved();
  };
  return (
    <Drawer open title={t.accessOf(client.clientId)} onClose={onClose} destroyOnHidden size={480}>
      <FormErrors messages={general} />
      <Typography.Paragraph type="secondary">{t.accessHint}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          allowedAddresses: client.allowedAddresses.join('\n'),
          allowedOrigins: client.allowedOrigins.join('\n'),
        }}
      >
        <Form.Item name="allowedAddresses" label={t.allowedAddresses}>
          <Input.TextArea rows={4} placeholder="10.20.0.0/16" />
        </Form.Item>
        <Form.Item name="allowedOrigins" label={t.allowedOrigins}>
          <Input.TextArea rows={4} placeholder="https://screen.example.cn" />
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
