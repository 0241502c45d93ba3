import { useState } from 'react';
import { App, Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { request } from '../../api';
import { CursorPager, useCursorPages } from '../CursorPager';
import {
  PersonnelDocument,
  type PersonKind,
  type PersonnelQuery,
  type PersonOrder,
  type PersonWhere,
  type SortDirection,
} from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import type { Viewer } from '../../App';
import { DutyShiftDrawer, type DutyShiftCandidate } from './DutyShiftDrawer';
import { EndPostingDrawer, type PostingToEnd } from './EndPostingDrawer';

type Person = PersonnelQuery['personnel']['nodes'][number];
const pageSize = 20;
const filterKey = 'gateway.admin.personnel.filter';

interface Filter {
  name: string;
  kind: PersonKind | null;
  sortField: 'name' | 'kind';
  sortDirection: SortDirection;
}

function savedFilter(): Filter {
  const fallback: Filter = { name: '', kind: null, sortField: 'name', sortDirection: 'ASC' };
  try {
    return { ...fallback, ...JSON.parse(window.localStorage.getItem(filterKey) ?? '{}') };
  } catch {
    return fallback;
  }
}

/** The caller's personnel: filtered, sorted and paged by the server, with the total; the filter is remembered. */
export default function PersonnelPage({ viewer }: { viewer: Viewer }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const mayChange = viewer.permissions.includes('staffing.write');
  const [ending, setEnding] = useState<PostingToEnd | null>(null);
  const [dutyShift, setDutyShift] = useState<DutyShiftCandidate | null>(null);
  const [filter, setFilterState] = useState<Filter>(savedFilter);
  const pages = useCursorPages();
  const setFilter = (next: Filter) => {
    window.localStorage.setItem(filterKey, JSON.stringify(next));
    setFilterState(next);
    pages.reset();
  };
  const where: PersonWhere = {
    ...(filter.name ? { name: { contains: filter.name } } : {}),
    ...(filter.kind ? { kind: { eq: filter.kind } } : {}),
  };
  const order: PersonOrder[] = [{ [filter.sortField]: filter.sortDirection }];
  const people = useQuery({
    queryKey: ['personnel', where, order, pages.after, language],
    queryFn: () => request(PersonnelDocument, { first: pageSize, after: pages.after, where, order }),
    placeholderData: keepPreviousData,
  });
  const connection = people.data?.personnel;
  const kinds = Object.entries(t.kinds) as [PersonKind, string][];

  return (
    <Card title={t.personnel}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t.search}
          placeholder={t.search}
          defaultValue={filter.name}
          allowClear
          onSearch={(name) => setFilter({ ...filter, name: name.trim() })}
          style={{ width: 240 }}
        />
        <Select<PersonKind | 'ALL'>
          aria-label={t.kind}
          value={filter.kind ?? 'ALL'}
          style={{ width: 160 }}
          onChange={(kind) => setFilter({ ...filter, kind: kind === 'ALL' ? null : kind })}
          options={[{ value: 'ALL', label: t.allKinds }, ...kinds.map(([value, label]) => ({ value, label }))]}
        />
      </Space>
      <Table<Person>
        rowKey="id"
        loading={people.isFetching}
        dataSource={connection?.nodes}
        pagination={false}
        onChange={(_, __, sorter) => {
          const single = Array.isArray(sorter) ? sorter[0] : sorter;
          const field = single?.columnKey === 'kind' ? 'kind' : 'name';
          setFilter({
            ...filter,
            sortField: field,
            sortDirection: single?.order === 'descend' ? 'DESC' : 'ASC',
          });
        }}
        columns={[
          {
            title: t.name,
            key: 'name',
            dataIndex: 'name',
            sorter: true,
            sortOrder: filter.sortField === 'name' ? (filter.sortDirection === 'ASC' ? 'ascend' : 'descend') : null,
          },
          {
            title: t.kind,
            key: 'kind',
            sorter: true,
            sortOrder: filter.sortField === 'kind' ? (filter.sortDirection === 'ASC' ? 'ascend' : 'descend') : null,
            render: (_, person) => t.kinds[person.kind],
          },
          { title: t.badge, dataIndex: 'badgeNumber' },
          {
            title: t.unit,
            key: 'unit',
            render: (_, person) => (language === 'zh' ? person.unit?.nameZh : person.unit?.name),
          },
          {
            title: t.postings,
            key: 'postings',
            render: (_, person) =>
              person.assignments.nodes.map((a) => {
                const label =
                  `${t.roleNames[a.role]} · ${language === 'zh' ? a.unit?.nameZh : a.unit?.name}` +
                  `${a.grid ? ` · ${a.grid.code}` : ''} · ${a.from}`;
                return (
                  <Space key={a.id} size={4}>
                    <Tag>{label}</Tag>
                    {mayChange && (
                      <Button
                        size="small"
                        onClick={() =>
                          setEnding({
                            id: a.id,
                            version: a.version,
                            label: `${person.name} ${label}`,
                          })
                        }
                      >
                        {t.endPosting}
                      </Button>
                    )}
                  </Space>
                );
              }),
          },
          {
            title: t.actions,
            key: 'actions',
            render: (_, person) => {
              const station = person.unit?.parent;
              const takesShifts = person.kind === 'POLICE' || person.kind === 'AUXILIARY_POLICE';
              if (!mayChange || !takesShifts || !station) return null;
              return (
                <Button
                  size="small"
                  onClick={() =>
                    setDutyShift({
                      personId: person.id,
                      personName: person.name,
                      stationId: station.id,
                      stationName: language === 'zh' ? station.nameZh : station.name,
                    })
                  }
                >
                  {t.dutyShift}
                </Button>
              );
            },
          },
        ]}
        footer={() => <CursorPager pages={pages} connection={connection} testId="personnel-total" />}
      />
      <EndPostingDrawer
        posting={ending}
        onClose={() => setEnding(null)}
        onEnded={() => {
          setEnding(null);
          void message.success(t.ended);
          void people.refetch();
        }}
      />
      <DutyShiftDrawer
        candidate={dutyShift}
        onClose={() => setDutyShift(null)}
        onScheduled={() => {
          setDutyShift(null);
          void message.success(t.scheduled);
        }}
      />
    </Card>
  );
}
