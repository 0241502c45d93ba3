import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Space, Table, Tag } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../api';
import { CursorPager, useCursorPages } from './CursorPager';
import {
  AuditChainDocument,
  AuditRecordsDocument,
  type AuditRecordWhere,
  type AuditRecordsQuery,
} from '../graphql/generated';
import { useLanguage } from '../i18n';
import { useRememberedFilter } from './rememberedFilters';

type AuditRecord = AuditRecordsQuery['auditRecords']['nodes'][number];
const pageSize = 20;

interface Search {
  actor?: string;
  operation?: string;
  objectId?: string;
  period?: [Dayjs | null, Dayjs | null] | null;
}

/** The search as remembered: the days as county dates, not Dayjs objects. */
interface RememberedSearch {
  actor?: string;
  operation?: string;
  objectId?: string;
  days?: [string | null, string | null];
}

const remembered = (search: Search): RememberedSearch => ({
  actor: search.actor,
  operation: search.operation,
  objectId: search.objectId,
  days: search.period
    ? [search.period[0]?.format('YYYY-MM-DD') ?? null, search.period[1]?.format('YYYY-MM-DD') ?? null]
    : undefined,
});

const searchOf = (saved: RememberedSearch): Search => ({
  actor: saved.actor,
  operation: saved.operation,
  objectId: saved.objectId,
  period: saved.days
    ? [saved.days[0] ? dayjs(saved.days[0]) : null, saved.days[1] ? dayjs(saved.days[1]) : null]
    : null,
});

function whereOf(search: Search): AuditRecordWhere {
  const [from, to] = search.period ?? [null, null];
  return {
    ...(search.actor ? { actor: { eq: search.actor } } : {}),
    ...(search.operation ? { operation: { contains: search.operation } } : {}),
    ...(search.objectId ? { objectIds: { contains: search.objectId } } : {}),
    ...(from || to
      ? {
          occurredAt: {
            ...(from ? { gte: from.startOf('day').toISOString() } : {}),
            ...(to ? { lt: to.add(1, 'day').startOf('day').toISOString() } : {}),
          },
        }
      : {}),
  };
}

/** For auditors: the audit records of their scope, searched on the server, and the state of the whole chain. */
export default function AuditPage() {
  const { t } = useLanguage();
  const [saved, remember] = useRememberedFilter<RememberedSearch>('audit', {});
  const [where, setWhere] = useState<AuditRecordWhere>(() => whereOf(searchOf(saved)));
  const pages = useCursorPages();
  const records = useQuery({
    queryKey: ['audit', where, pages.after],
    queryFn: () => request(AuditRecordsDocument, { first: pageSize, after: pages.after, where }),
    placeholderData: keepPreviousData,
  });
  const chain = useQuery({ queryKey: ['audit-chain'], queryFn: () => request(AuditChainDocument) });
  const connection = records.data?.auditRecords;
  const verification = chain.data?.auditChain;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={t.chain} loading={chain.isPending}>
        {chain.isError && <Alert type="error" title={String(chain.error)} />}
        {verification && (
          <Alert
            data-testid="audit-chain"
            type={verification.verified ? 'success' : 'error'}
            title={verification.verified ? t.chainOk : t.chainBroken}
            description={`${t.checkedRecords}: ${verification.checkedRecords}${
              verification.reason ? ` · ${verification.reason}` : ''
            }`}
          />
        )}
      </Card>
      <Card title={t.auditTitle}>
        <Form<Search>
          layout="inline"
          initialValues={searchOf(saved)}
          onFinish={(search) => {
            remember(remembered(search));
            setWhere(whereOf(search));
            pages.reset();
          }}
          className="audit-search"
        >
          <Form.Item name="actor" label={t.actor}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="operation" label={t.operation}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="objectId" label={t.object}>
            <Input allowClear />
          </Form.Item>
          <Form.Item name="period" label={t.at}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t.searchButton}
          </Button>
        </Form>
        <Table<AuditRecord>
          rowKey="id"
          loading={records.isFetching}
          dataSource={connection?.nodes}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t.at, key: 'at', render: (_, r) => new Date(r.occurredAt).toLocaleString() },
            { title: t.actor, dataIndex: 'actor' },
            { title: t.operation, dataIndex: 'operation' },
            { title: t.object, key: 'objects', render: (_, r) => r.objectIds.join(', ') },
            {
              title: t.outcome,
              key: 'outcome',
              render: (_, r) => (
                <Tag color={r.outcome === 'SUCCEEDED' ? 'green' : 'red'}>
                  {r.outcome}
                  {r.occurrences > 1 ? ` ×${r.occurrences}` : ''}
                </Tag>
              ),
            },
            { title: t.source, dataIndex: 'sourceAddress' },
          ]}
          footer={() => <CursorPager pages={pages} connection={connection} testId="audit-total" />}
        />
      </Card>
    </Space>
  );
}
