import { useState } from 'react';
import { App, Button, Card, Input, List, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { request } from '../../api';
import { AccountsDocument, type AccountOrder, type AccountWhere, type SortDirection } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { CursorPager, useCursorPages } from '../CursorPager';
import { changeAccount, errorText, isConflict, isLocked, type AccountChange, type AccountRow } from './accountChanges';
import { CreateAccountDrawer } from './CreateAccountDrawer';
import { RolesDrawer } from './RolesDrawer';
import { SecretOnce, type OnceSecret } from './SecretOnce';
import { useUnitOptions } from './units';

const pageSize = 20;
const filterKey = 'gateway.admin.accounts.filter';

type SortField = 'userName' | 'displayName' | 'unit';

interface Filter {
  text: string;
  unitId: string | null;
  disabled: boolean | null;
  sortField: SortField;
  sortDirection: SortDirection;
}

function savedFilter(): Filter {
  const fallback: Filter = { text: '', unitId: null, disabled: null, sortField: 'userName', sortDirection: 'ASC' };
  try {
    return { ...fallback, ...JSON.parse(window.localStorage.getItem(filterKey) ?? '{}') };
  } catch {
    return fallback;
  }
}

function whereOf(filter: Filter): AccountWhere {
  return {
    ...(filter.text
      ? { or: [{ userName: { contains: filter.text } }, { displayName: { contains: filter.text } }] }
      : {}),
    ...(filter.unitId ? { unit: { id: { eq: filter.unitId } } } : {}),
    ...(filter.disabled !== null ? { disabled: { eq: filter.disabled } } : {}),
  };
}

function orderOf(filter: Filter): AccountOrder[] {
  return [
    filter.sortField === 'unit'
      ? { unit: { code: filter.sortDirection } }
      : { [filter.sortField]: filter.sortDirection },
  ];
}

/** The outcome of one row of a bulk change. */
interface BulkResult {
  userName: string;
  refusal: string | null;
}

/**
 * The accounts of the caller's scope (users.manage): filtered, sorted and paged by the server with the total, the
 * filter remembered. Accounts are created, given and relieved of roles, disabled and enabled, unlocked and have their
 * authenticator reset; several selected rows are unlocked, disabled or enabled at once, each as its own change.
 */
export default function AccountsPage() {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const [filter, setFilterState] = useState<Filter>(savedFilter);
  const [creating, setCreating] = useState(false);
  const [rolesOf, setRolesOf] = useState<string | null>(null);
  const [secret, setSecret] = useState<OnceSecret | null>(null);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [bulkResults, setBulkResults] = useState<BulkResult[] | null>(null);
  const [busy, setBusy] = useState(false);
  const units = useUnitOptions(language);
  const pages = useCursorPages();
  const setFilter = (next: Filter) => {
    window.localStorage.setItem(filterKey, JSON.stringify(next));
    setFilterState(next);
    setSelectedIds([]);
    pages.reset();
  };
  const where = whereOf(filter);
  const order = orderOf(filter);
  const accounts = useQuery({
    queryKey: ['accounts', where, order, pages.after, language],
    queryFn: () => request(AccountsDocument, { first: pageSize, after: pages.after, where, order }),
    placeholderData: keepPreviousData,
  });
  const connection = accounts.data?.accounts;
  // The rows as last read, so each change of a bulk action names the version the table shows now.
  const selected = (connection?.nodes ?? []).filter((account) => selectedIds.includes(account.id));
  const reload = () => accounts.refetch();

  const change = async (kind: AccountChange, account: AccountRow) => {
    setBusy(true);
    try {
      const errors = await changeAccount(kind, account);
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

  // One mutation per row, one after the other, so each is refused or done on its own.
  const changeSelected = async (kind: AccountChange) => {
    setBusy(true);
    const results: BulkResult[] = [];
    for (const account of selected) {
      try {
        const errors = await changeAccount(kind, account);
        results.push({ userName: account.userName, refusal: errors.length > 0 ? errorText(errors) : null });
      } catch (error) {
        results.push({ userName: account.userName, refusal: String(error) });
      }
    }
    setBulkResults(results);
    setSelectedIds([]);
    await reload();
    setBusy(false);
  };

  const sortOrder = (field: SortField) =>
    filter.sortField === field ? (filter.sortDirection === 'ASC' ? 'ascend' : 'descend') : null;

  return (
    <Card
      title={t.accounts}
      extra={
        <Button type="primary" onClick={() => setCreating(true)}>
          {t.createAccount}
        </Button>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t.accountSearch}
          placeholder={t.accountSearch}
          defaultValue={filter.text}
          allowClear
          onSearch={(text) => setFilter({ ...filter, text: text.trim() })}
          style={{ width: 260 }}
        />
        <Select<string>
          aria-label={t.unit}
          value={filter.unitId ?? 'ALL'}
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          onChange={(unitId) => setFilter({ ...filter, unitId: unitId === 'ALL' ? null : unitId })}
          options={[{ value: 'ALL', label: t.allUnits }, ...units]}
        />
        <Select<string>
          aria-label={t.status}
          value={filter.disabled === null ? 'ALL' : filter.disabled ? 'DISABLED' : 'ENABLED'}
          style={{ width: 140 }}
          onChange={(state) => setFilter({ ...filter, disabled: state === 'ALL' ? null : state === 'DISABLED' })}
          options={[
            { value: 'ALL', label: t.allStates },
            { value: 'ENABLED', label: t.enabled },
            { value: 'DISABLED', label: t.disabledState },
          ]}
        />
      </Space>
      {selected.length > 0 && (
        <Space wrap style={{ marginBottom: 12 }} data-testid="bulk-actions">
          <Typography.Text>{t.selected(selected.length)}</Typography.Text>
          <Button loading={busy} onClick={() => void changeSelected('unlock')}>
            {t.unlock}
          </Button>
          <Button loading={busy} onClick={() => void changeSelected('enable')}>
            {t.enable}
          </Button>
          <Popconfirm title={t.confirmBulkDisable(selected.length)} onConfirm={() => changeSelected('disable')}>
            <Button danger loading={busy}>
              {t.disable}
            </Button>
          </Popconfirm>
        </Space>
      )}
      <Table<AccountRow>
        rowKey="id"
        loading={accounts.isFetching}
        dataSource={connection?.nodes}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowSelection={{
          fixed: true,
          selectedRowKeys: selectedIds,
          onChange: (keys) => setSelectedIds(keys.map(String)),
        }}
        onChange={(_, __, sorter) => {
          const single = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = single?.columnKey;
          setFilter({
            ...filter,
            sortField: key === 'displayName' || key === 'unit' ? key : 'userName',
            sortDirection: single?.order === 'descend' ? 'DESC' : 'ASC',
          });
        }}
        columns={[
          { title: t.userName, key: 'userName', dataIndex: 'userName', sorter: true, sortOrder: sortOrder('userName') },
          {
            title: t.displayName,
            key: 'displayName',
            dataIndex: 'displayName',
            sorter: true,
            sortOrder: sortOrder('displayName'),
          },
          {
            title: t.unit,
            key: 'unit',
            sorter: true,
            sortOrder: sortOrder('unit'),
            render: (_, account) => (language === 'zh' ? account.unit?.nameZh : account.unit?.name),
          },
          { title: t.linkedPerson, key: 'person', render: (_, account) => account.person?.name },
          {
            title: t.roles,
            key: 'roles',
            render: (_, account) => account.roles.map((role) => <Tag key={role}>{t.roleLabels[role] ?? role}</Tag>),
          },
          {
            title: t.status,
            key: 'status',
            render: (_, account) => (
              <Space size={4} wrap>
                {account.disabled ? <Tag color="red">{t.disabledState}</Tag> : <Tag color="green">{t.enabled}</Tag>}
                {isLocked(account) && (
                  <Tag color="orange" title={t.lockedUntil(dayjs(account.lockedUntil).format('YYYY-MM-DD HH:mm'))}>
                    {t.locked}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t.authenticator,
            key: 'authenticator',
            render: (_, account) => (account.hasAuthenticator ? t.authenticatorSet : t.authenticatorNone),
          },
          {
            title: t.actions,
            key: 'actions',
            fixed: 'right',
            render: (_, account) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setRolesOf(account.id)}>
                  {t.manageRoles}
                </Button>
                {account.disabled ? (
                  <Popconfirm title={t.confirmEnable(account.userName)} onConfirm={() => change('enable', account)}>
                    <Button size="small" disabled={busy}>
                      {t.enable}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Popconfirm title={t.confirmDisable(account.userName)} onConfirm={() => change('disable', account)}>
                    <Button size="small" danger disabled={busy}>
                      {t.disable}
                    </Button>
                  </Popconfirm>
                )}
                {isLocked(account) && (
                  <Button size="small" disabled={busy} onClick={() => void change('unlock', account)}>
                    {t.unlock}
                  </Button>
                )}
                {account.hasAuthenticator && (
                  <Popconfirm
                    title={t.confirmReset(account.userName)}
                    onConfirm={() => change('resetAuthenticator', account)}
                  >
                    <Button size="small" danger disabled={busy}>
                      {t.resetAuthenticator}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
        footer={() => <CursorPager pages={pages} connection={connection} testId="accounts-total" />}
      />
      {creating && (
        <CreateAccountDrawer
          onClose={() => setCreating(false)}
          onCreated={(userName, initialPassword) => {
            setCreating(false);
            void message.success(t.accountCreated);
            setSecret({ label: `${t.initialPasswordOnce}: ${userName}`, value: initialPassword });
            void reload();
          }}
        />
      )}
      <RolesDrawer
        account={connection?.nodes.find((account) => account.id === rolesOf) ?? null}
        onClose={() => setRolesOf(null)}
        reload={reload}
      />
      <SecretOnce secret={secret} onClose={() => setSecret(null)} />
      <Modal
        open={bulkResults !== null}
        title={t.bulkResults}
        onCancel={() => setBulkResults(null)}
        footer={
          <Button type="primary" onClick={() => setBulkResults(null)}>
            {t.ok}
          </Button>
        }
      >
        <List
          data-testid="bulk-results"
          dataSource={bulkResults ?? []}
          renderItem={(result) => (
            <List.Item>
              <Space>
                <Typography.Text strong>{result.userName}</Typography.Text>
                {result.refusal === null ? (
                  <Tag color="green">{t.done}</Tag>
                ) : (
                  <>
                    <Tag color="red">{t.refused}</Tag>
                    <Typography.Text type="danger">{result.refusal}</Typography.Text>
                  </>
                )}
              </Space>
            </List.Item>
          )}
        />
      </Modal>
    </Card>
  );
}
