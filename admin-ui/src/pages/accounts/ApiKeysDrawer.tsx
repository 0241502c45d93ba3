import { useState } from 'react';
import { App, Button, DatePicker, Drawer, Form, Input, Popconfirm, Table, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api';
import {
  ApiClientKeysDocument,
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  type ApiClientKeysQuery,
  type ApiKeyStatus,
} from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';
import { errorText, isConflict } from './accountChanges';
import type { ClientRow } from './ApiClients';
import { SecretOnce, type OnceSecret } from './SecretOnce';

type KeyRow = ApiClientKeysQuery['apiClients']['nodes'][number]['apiKeys']['nodes'][number];

interface NewKey {
  label: string;
  expiresAt: Dayjs;
}

const statusColour: Record<ApiKeyStatus, string> = { ACTIVE: 'green', EXPIRED: 'default', REVOKED: 'red' };
const format = (instant: string | null) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');

/**
 * A client's read-only API keys with their status; a new key is shown once, a key is revoked after a confirmation.
 */
export function ApiKeysDrawer({ client, onClose }: { client: ClientRow; onClose: () => void }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewKey>();
  const { general, saving, send } = usePayloadForm(form, ['label', 'expiresAt']);
  const [secret, setSecret] = useState<OnceSecret | null>(null);
  const keys = useQuery({
    queryKey: ['apiClientKeys', client.id],
    queryFn: () => request(ApiClientKeysDocument, { first: 1, where: { id: { eq: client.id } } }),
  });
  const rows = keys.data?.apiClients.nodes[0]?.apiKeys.nodes ?? [];
  const create = (values: NewKey) =>
    send(async () => {
      const result = await request(CreateApiKeyDocument, {
        input: {
          clientId: client.id,
          label: values.label,
          expiresAt: values.expiresAt.endOf('day').toISOString(),
          idempotencyKey: crypto.randomUUID(),
        },
      });
      const { errors, key } = result.createApiKey;
      if (!errors?.length && key) {
        form.resetFields();
        void message.success(t.apiKeyCreated);
        setSecret({ label: `${t.apiKey}: ${values.label}`, value: key });
        void keys.refetch();
      }
      return errors ?? [];
    });
  const revoke = async (row: KeyRow) => {
    try {
      const result = await request(RevokeApiKeyDocument, { input: { id: row.id, version: row.version } });
      const errors = result.revokeApiKey.errors ?? [];
      if (isConflict(errors)) void message.warning(t.conflict);
      else if (errors.length > 0) void message.error(errorText(errors));
      else void message.success(t.changed);
    } catch (error) {
      void message.error(String(error));
    }
    await keys.refetch();
  };
  return (
    <Drawer open title={t.apiKeysOf(client.clientId)} onClose={onClose} destroyOnHidden size={760}>
      <FormErrors messages={general} />
      {client.revokedAt === null && (
        <Form
          form={form}
          layout="inline"
          onFinish={create}
          initialValues={{ expiresAt: dayjs().add(90, 'day') }}
          style={{ marginBottom: 16, rowGap: 8 }}
        >
          <Form.Item name="label" label={t.keyLabel} rules={[{ required: true, whitespace: true, max: 200 }]}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="expiresAt" label={t.expiresAt} rules={[{ required: true }]}>
            <DatePicker disabledDate={(day) => day.isBefore(dayjs(), 'day') || day.isAfter(dayjs().add(366, 'day'))} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t.createApiKey}
          </Button>
        </Form>
      )}
      <Table<KeyRow>
        rowKey="id"
        size="small"
        loading={keys.isFetching}
        dataSource={rows}
        pagination={false}
        data-testid="api-keys"
        columns={[
          { title: 'ID', dataIndex: 'keyId' },
          { title: t.keyLabel, dataIndex: 'label' },
          {
            title: t.status,
            key: 'status',
            render: (_, row) => <Tag color={statusColour[row.status]}>{t.keyStatus[row.status]}</Tag>,
          },
          { title: t.createdAt, key: 'createdAt', render: (_, row) => format(row.createdAt) },
          { title: t.expiresAt, key: 'expiresAt', render: (_, row) => format(row.expiresAt) },
          { title: t.lastUsedAt, key: 'lastUsedAt', render: (_, row) => format(row.lastUsedAt) },
          {
            title: t.actions,
            key: 'actions',
            render: (_, row) =>
              row.status === 'ACTIVE' && (
                <Popconfirm title={t.confirmRevokeKey(row.keyId)} onConfirm={() => revoke(row)}>
                  <Button size="small" danger>
                    {t.revoke}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <SecretOnce secret={secret} onClose={() => setSecret(null)} />
    </Drawer>
  );
}
