import { useState } from 'react';
import { App, Button, Card, Popconfirm, Space, Table, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { request } from '../../api';
import {
  ApiClientsDocument,
  RevokeApiClientDocument,
  RotateApiClientSecretDocument,
  type ApiClientsQuery,
} from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { CursorPager, useCursorPages } from '../CursorPager';
import { AccessDrawer } from './AccessDrawer';
import { errorText, isConflict } from './accountChanges';
import { ApiKeysDrawer } from './ApiKeysDrawer';
import { RegisterClientDrawer } from './RegisterClientDrawer';
import { SecretOnce, type OnceSecret } from './SecretOnce';

export type ClientRow = ApiClientsQuery['apiClients']['nodes'][number];

const pageSize = 20;
const format = (instant: string | null) => (instant ? dayjs(instant).format('YYYY-MM-DD HH:mm') : '–');

/**
 * The machine clients of the caller's scope (clients.manage), revoked ones included, in the order of their ids.
 * Clients are registered and have their secret rotated (each new secret shown once), are revoked, have their allowed
 * addresses and origins set and their read-only API keys created and revoked.
 */
export default function ApiClientsPage() {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const [registering, setRegistering] = useState(false);
  const [secret, setSecret] = useState<OnceSecret | null>(null);
  const [accessOf, setAccessOf] = useState<ClientRow | null>(null);
  const [keysOf, setKeysOf] = useState<ClientRow | null>(null);
  const [busy, setBusy] = useState(false);
  const pages = useCursorPages();
  const clients = useQuery({
    queryKey: ['apiClients', pages.after, language],
    queryFn: () => request(ApiClientsDocument, { first: pageSize, after: pages.after, order: [{ clientId: 'ASC' }] }),
    placeholderData: keepPreviousData,
  });
  const connection = clients.data?.apiClients;
  const reload = () => clients.refetch();

  const rotate = async (client: ClientRow) => {
    setBusy(true);
    try {
      const result = await request(RotateApiClientSecretDocument, {
        input: { id: client.id, version: client.version },
      });
      const { errors, clientSecret } = result.rotateApiClientSecret;
      if (isConflict(errors ?? [])) void message.warning(t.conflict);
      else if (errors?.length) void message.error(errorText(errors));
      else if (clientSecret) {
        void message.success(t.secretRotated);
        setSecret({ label: `${t.clientSecret}: ${client.clientId}`, value: clientSecret });
      }
    } catch (error) {
      void message.error(String(error));
    } finally {
      await reload();
      setBusy(false);
    }
  };

  const revoke = async (client: ClientRow) => {
    setBusy(true);
    try {
      const result = await request(RevokeApiClientDocument, { input: { id: client.id, version: client.version } });
      const errors = result.revokeApiClient.errors ?? [];
      if (isConflict(errors)) void message.warning(t.conflict);
      else if (errors.length > 0) void message.error(errorText(errors));
      else void message.success(t.changed);
    } catch (error) {
      void message.error(String(error));
    } finally {
      await reload();
      setBusy(false);
    }
  };

  const list = (items: readonly string[], empty: string) =>
    items.length === 0 ? <Tag>{empty}</Tag> : items.map((item) => <Tag key={item}>{item}</Tag>);

  return (
    <Card
      title={t.apiClients}
      extra={
        <Button type="primary" onClick={() => setRegistering(true)}>
          {t.registerClient}
        </Button>
      }
    >
      <Table<ClientRow>
        rowKey="id"
        loading={clients.isFetching}
        dataSource={connection?.nodes}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t.clientId, dataIndex: 'clientId', fixed: 'left' },
          { title: t.displayName, dataIndex: 'displayName' },
          {
            title: t.unit,
            key: 'unit',
            render: (_, client) => (language === 'zh' ? client.unit?.nameZh : client.unit?.name),
          },
          {
            title: t.roles,
            key: 'roles',
            render: (_, client) => client.roles.map((role) => <Tag key={role}>{t.roleLabels[role] ?? role}</Tag>),
          },
          { title: t.createdAt, key: 'createdAt', render: (_, client) => format(client.createdAt) },
          { title: t.rotatedAt, key: 'rotatedAt', render: (_, client) => format(client.secretRotatedAt) },
          {
            title: t.revokedAt,
            key: 'revokedAt',
            render: (_, client) =>
              client.revokedAt ? <Tag color="red">{`${t.revoked} ${format(client.revokedAt)}`}</Tag> : '–',
          },
          {
            title: t.allowedAddresses,
            key: 'allowedAddresses',
            render: (_, client) => list(client.allowedAddresses, t.anywhere),
          },
          {
            title: t.allowedOrigins,
            key: 'allowedOrigins',
            render: (_, client) => list(client.allowedOrigins, t.noOrigins),
          },
          {
            title: t.actions,
            key: 'actions',
            fixed: 'right',
            render: (_, client) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setKeysOf(client)}>
                  {t.apiKeys}
                </Button>
                {client.revokedAt === null && (
                  <>
                    <Button size="small" onClick={() => setAccessOf(client)}>
                      {t.access}
                    </Button>
                    <Popconfirm title={t.confirmRotate(client.clientId)} onConfirm={() => rotate(client)}>
                      <Button size="small" disabled={busy}>
                        {t.rotateSecret}
                      </Button>
                    </Popconfirm>
                    <Popconfirm title={t.confirmRevokeClient(client.clientId)} onConfirm={() => revoke(client)}>
                      <Button size="small" danger disabled={busy}>
                        {t.revoke}
                      </Button>
                    </Popconfirm>
                  </>
                )}
              </Space>
            ),
          },
        ]}
        footer={() => <CursorPager pages={pages} connection={connection} testId="api-clients-total" />}
      />
      {registering && (
        <RegisterClientDrawer
          onClose={() => setRegistering(false)}
          onRegistered={(clientId, clientSecret) => {
            setRegistering(false);
            void message.success(t.clientRegistered);
            setSecret({ label: `${t.clientSecret}: ${clientId}`, value: clientSecret });
            void reload();
          }}
        />
      )}
      {accessOf && (
        <AccessDrawer
          client={accessOf}
          onClose={() => setAccessOf(null)}
          onSaved={() => {
            setAccessOf(null);
            void reload();
          }}
        />
      )}
      {keysOf && <ApiKeysDrawer client={keysOf} onClose={() => setKeysOf(null)} />}
      <SecretOnce secret={secret} onClose={() => setSecret(null)} />
    </Card>
  );
}
