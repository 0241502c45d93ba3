import { useState } from 'react';
import { Alert, App, Button, Drawer, Form, Popconfirm, Select, Space, Tag } from 'antd';
import { request, type PayloadError } from '../../api';
import { GrantRoleDocument, RevokeRoleDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { showPayloadErrors } from '../payloadErrors';
import { isConflict, type AccountRow } from './accountChanges';
import { useRoleOptions } from './roles';

/**
 * An account's roles: each can be revoked, and one of the catalogue granted. Every change names the version the table
 * read; the table reloads after it, so the next change names the new one.
 */
export function RolesDrawer({
  account,
  onClose,
  reload,
}: {
  account: AccountRow | null;
  onClose: () => void;
  reload: () => Promise<unknown>;
}) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ role: string }>();
  const grantable = useRoleOptions('account', account?.roles);
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // A refused grant shows at the role field; a refused revoke above the form.
  const run = async (send: () => Promise<readonly PayloadError[]>, formFields: string[]) => {
    setBusy(true);
    setGeneral([]);
    try {
      const errors = await send();
      if (isConflict(errors)) void message.warning(t.conflict);
      else if (errors.length > 0) setGeneral(showPayloadErrors(form, errors, formFields));
      else {
        void message.success(t.changed);
        form.resetFields();
      }
      await reload();
    } catch (error) {
      setGeneral([String(error)]);
    } finally {
      setBusy(false);
    }
  };
  const grant = ({ role }: { role: string }) =>
    account &&
    run(async () => {
      const input = { accountId: account.id, version: account.version, role };
      return (await request(GrantRoleDocument, { input })).grantRole.errors ?? [];
    }, ['role']);
  const revoke = (role: string) =>
    account &&
    run(async () => {
      const input = { accountId: account.id, version: account.version, role };
      return (await request(RevokeRoleDocument, { input })).revokeRole.errors ?? [];
    }, []);
  return (
    <Drawer open={account !== null} title={t.rolesOf(account?.userName ?? '')} onClose={onClose} destroyOnHidden>
      {general.map((text) => (
        <Alert key={text} type="error" title={text} className="form-alert" />
      ))}
      <Space wrap style={{ marginBottom: 16 }} data-testid="account-roles">
        {account?.roles.map((role) => (
          <Space key={role} size={4}>
            <Tag>{t.roleLabels[role] ?? role}</Tag>
            <Popconfirm title={t.confirmRevokeRole(t.roleLabels[role] ?? role)} onConfirm={() => revoke(role)}>
              <Button size="small" danger disabled={busy}>
                {t.revokeRole}
              </Button>
            </Popconfirm>
          </Space>
        ))}
      </Space>
      <Form form={form} layout="vertical" onFinish={grant}>
        <Form.Item name="role" label={t.roleToGrant} rules={[{ required: true }]}>
          <Select aria-label={t.roleToGrant} options={grantable} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t.grantRole}
        </Button>
      </Form>
    </Drawer>
  );
}
