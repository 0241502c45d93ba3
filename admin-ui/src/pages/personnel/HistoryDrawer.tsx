import { App, Alert, Button, Descriptions, Drawer, Popconfirm, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../api';
import { AuditRecordsDocument, CancelLeaveDocument, PersonFileDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';

export interface HistorySubject {
  id: string;
  name: string;
}

/**
 * A person's history (履历): their details as the caller may read them (personal data masked for those who may not
 * read it in full), postings past and present, leave periods with those cancelled, and — for a caller who may read
 * the audit — the audit records that name the person.
 */
export function HistoryDrawer({
  person,
  mayChange,
  mayReadAudit,
  onClose,
  afterOpenChange,
}: {
  person: HistorySubject | null;
  mayChange: boolean;
  mayReadAudit: boolean;
  onClose: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const file = useQuery({
    queryKey: ['person-file', person?.id, language],
    enabled: person !== null,
    queryFn: () => request(PersonFileDocument, { id: person?.id ?? '' }),
  });
  const audit = useQuery({
    queryKey: ['person-audit', person?.id],
    enabled: person !== null && mayReadAudit,
    queryFn: () => request(AuditRecordsDocument, { first: 20, where: { objectIds: { contains: person?.id ?? '' } } }),
  });
  const loaded = file.data?.node?.__typename === 'Person' ? file.data.node : null;
  const local = (unit?: { nameZh: string; name: string } | null) =>
    unit && (language === 'zh' ? unit.nameZh : unit.name);
  const cancelLeave = async (id: string, version: number) => {
    const result = await request(CancelLeaveDocument, { input: { id, version } });
    const errors = result.cancelLeave.errors ?? [];
    if (errors.length === 0) void message.success(t.leaveCancelled);
    else void message.error(errors.map((e) => e.message ?? e.code).join(' '));
    await file.refetch();
  };

  return (
    <Drawer
      open={person !== null}
      title={`${t.history}: ${person?.name ?? ''}`}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      size={720}
      loading={file.isPending}
    >
      {file.isError && <Alert type="error" title={String(file.error)} />}
      {loaded && (
        <>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} data-testid="person-details">
            <Descriptions.Item label={t.kind}>{t.kinds[loaded.kind]}</Descriptions.Item>
            <Descriptions.Item label={t.unit}>{local(loaded.unit)}</Descriptions.Item>
            {loaded.badgeNumber && <Descriptions.Item label={t.badge}>{loaded.badgeNumber}</Descriptions.Item>}
            {loaded.position && (
              <Descriptions.Item label={t.position}>{t.positions[loaded.position]}</Descriptions.Item>
            )}
            <Descriptions.Item label={t.phone}>{loaded.phone ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t.idNumber}>{loaded.idNumber ?? '—'}</Descriptions.Item>
            {loaded.deactivatedOn && (
              <Descriptions.Item label={t.deactivatedOn}>{loaded.deactivatedOn}</Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Title level={5}>{t.postingHistory}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="posting-history"
            dataSource={loaded.assignments.nodes}
            columns={[
              { title: t.role, key: 'role', render: (_, a) => t.roleNames[a.role] },
              {
                title: t.unit,
                key: 'unit',
                render: (_, a) => `${local(a.unit) ?? ''}${a.grid ? ` · ${a.grid.code}` : ''}`,
              },
              { title: t.from, dataIndex: 'from' },
              { title: t.to, key: 'to', render: (_, a) => a.to ?? <Tag color="green">{t.running}</Tag> },
              { title: t.assignedBy, key: 'by', render: (_, a) => a.assignedBy?.name },
            ]}
          />
          <Typography.Title level={5}>{t.leaveHistory}</Typography.Title>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="leave-history"
            dataSource={loaded.leave.nodes}
            columns={[
              { title: t.leaveKind, key: 'kind', render: (_, l) => t.leaveKinds[l.kind] },
              { title: t.firstDayAway, dataIndex: 'from' },
              { title: t.lastDayAway, dataIndex: 'to' },
              { title: t.note, dataIndex: 'note' },
              {
                title: t.status,
                key: 'status',
                render: (_, l) =>
                  l.cancelledOn ? (
                    <Tag>{`${t.cancelledOn} ${l.cancelledOn}`}</Tag>
                  ) : mayChange ? (
                    <Popconfirm
                      title={t.cancelLeaveConfirm}
                      okText={t.cancelLeave}
                      cancelText={t.cancel}
                      onConfirm={() => cancelLeave(l.id, l.version)}
                    >
                      <Button size="small">{t.cancelLeave}</Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
          {mayReadAudit && (
            <>
              <Typography.Title level={5}>{t.auditTitle}</Typography.Title>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                scroll={{ x: 'max-content' }}
                loading={audit.isPending}
                dataSource={audit.data?.auditRecords.nodes}
                columns={[
                  { title: t.at, key: 'at', render: (_, r) => new Date(r.occurredAt).toLocaleString() },
                  { title: t.actor, dataIndex: 'actor' },
                  { title: t.operation, dataIndex: 'operation' },
                  { title: t.outcome, dataIndex: 'outcome' },
                ]}
              />
            </>
          )}
        </>
      )}
    </Drawer>
  );
}
