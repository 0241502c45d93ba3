import { useState } from 'react';
import { App, Button, Card, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
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
import { useFocusReturn } from '../focusReturn';
import { useNamedFilters, useRememberedFilter } from '../rememberedFilters';
import { DeactivateDrawer, type PersonToDeactivate } from './DeactivateDrawer';
import { DutyShiftDrawer, type DutyShiftCandidate } from './DutyShiftDrawer';
import { EndPostingDrawer, type PostingToEnd } from './EndPostingDrawer';
import { HistoryDrawer, type HistorySubject } from './HistoryDrawer';
import { LeaveDrawer, type LeaveSubject } from './LeaveDrawer';
import { PersonDrawer, type PersonToEdit } from './PersonDrawer';
import { PostingDrawer, type PostingSubject } from './PostingDrawer';

type Person = PersonnelQuery['personnel']['nodes'][number];
const pageSize = 20;

interface Filter {
  name: string;
  kind: PersonKind | null;
  sortField: 'name' | 'kind';
  sortDirection: SortDirection;
}

const defaultFilter: Filter = { name: '', kind: null, sortField: 'name', sortDirection: 'ASC' };

/**
 * The caller's personnel: filtered, sorted and paged by the server, with the total; the filter is remembered and can
 * be saved under a name. Each row opens the person's history and, for those who may change staffing, the changes.
 */
export default function PersonnelPage({ viewer }: { viewer: Viewer }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const mayChange = viewer.permissions.includes('staffing.write');
  const mayReadAudit = viewer.permissions.includes('audit.read');
  const focus = useFocusReturn();
  const [ending, setEnding] = useState<PostingToEnd | null>(null);
  const [dutyShift, setDutyShift] = useState<DutyShiftCandidate | null>(null);
  const [editing, setEditing] = useState<PersonToEdit | null>(null);
  const [posting, setPosting] = useState<PostingSubject | null>(null);
  const [leave, setLeave] = useState<LeaveSubject | null>(null);
  const [deactivating, setDeactivating] = useState<PersonToDeactivate | null>(null);
  const [history, setHistory] = useState<HistorySubject | null>(null);
  const [filter, rememberFilter] = useRememberedFilter<Filter>('personnel', defaultFilter);
  const named = useNamedFilters<Filter>('personnel');
  const [chosenName, setChosenName] = useState<string | null>(null);
  const [naming, setNaming] = useState<string | null>(null);
  const [searchText, setSearchText] = useState(filter.name);
  const pages = useCursorPages();
  // A change of search, kind or sort leaves the saved filter picked before: it no longer describes the table.
  const setFilter = (next: Filter, savedName: string | null = null) => {
    rememberFilter(next);
    setChosenName(savedName);
    setSearchText(next.name);
    pages.reset();
  };
  // Opens a drawer and gives focus back to the button that opened it once it closes.
  const open =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      focus.remember();
      setter(value);
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
  const changed = (text: string) => () => {
    void message.success(text);
    void people.refetch();
  };

  const rowActions = (person: Person) => {
    const station = person.unit?.parent;
    const takesShifts = person.kind === 'POLICE' || person.kind === 'AUXILIARY_POLICE';
    const active = !person.deactivatedOn;
    const running = person.assignments.nodes[0];
    return (
      <Space wrap size={4}>
        <Button size="small" onClick={() => open(setHistory)({ id: person.id, name: person.name })}>
          {t.history}
        </Button>
        {mayChange && active && (
          <>
            <Button size="small" onClick={() => open(setEditing)({ mode: 'edit', id: person.id })}>
              {t.edit}
            </Button>
            <Button
              size="small"
              onClick={() =>
                open(setPosting)({
                  personId: person.id,
                  personName: person.name,
                  kind: person.kind,
                  running: running && { id: running.id, version: running.version },
                })
              }
            >
              {running ? t.transfer : t.post}
            </Button>
            <Button size="small" onClick={() => open(setLeave)({ personId: person.id, personName: person.name })}>
              {t.recordLeave}
            </Button>
            {takesShifts && station && (
              <Button
                size="small"
                onClick={() =>
                  open(setDutyShift)({
                    personId: person.id,
                    personName: person.name,
                    stationId: station.id,
                    stationName: language === 'zh' ? station.nameZh : station.name,
                  })
                }
              >
                {t.dutyShift}
              </Button>
            )}
            <Button
              size="small"
              danger
              onClick={() => open(setDeactivating)({ id: person.id, version: person.version, name: person.name })}
            >
              {t.deactivate}
            </Button>
          </>
        )}
      </Space>
    );
  };

  return (
    <Card
      title={t.personnel}
      extra={
        mayChange && (
          <Button type="primary" onClick={() => open(setEditing)({ mode: 'create' })}>
            {t.newPerson}
          </Button>
        )
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label={t.search}
          placeholder={t.search}
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
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
        <Select<string>
          aria-label={t.savedFilters}
          placeholder={t.savedFilters}
          value={chosenName}
          style={{ width: 180 }}
          allowClear
          onChange={(name) => {
            const saved = name ? named.get(name) : undefined;
            if (saved) setFilter({ ...defaultFilter, ...saved }, name);
            else setChosenName(null);
          }}
          options={named.names.map((name) => ({ value: name, label: name }))}
        />
        <Button onClick={() => setNaming(chosenName ?? '')}>{t.saveFilter}</Button>
        <Popconfirm
          title={t.deleteFilterConfirm(chosenName ?? '')}
          okText={t.delete}
          cancelText={t.cancel}
          disabled={!chosenName}
          onConfirm={() => {
            if (chosenName) named.remove(chosenName);
            setChosenName(null);
          }}
        >
          <Button disabled={!chosenName}>{t.deleteFilter}</Button>
        </Popconfirm>
      </Space>
      <Modal
        open={naming !== null}
        title={t.saveFilter}
        okText={t.save}
        cancelText={t.cancel}
        okButtonProps={{ disabled: !naming?.trim() }}
        onCancel={() => setNaming(null)}
        onOk={() => {
          const name = naming?.trim();
          if (!name) return;
          named.save(name, filter);
          setChosenName(name);
          setNaming(null);
          void message.success(t.filterSaved);
        }}
      >
        <Input
          aria-label={t.filterName}
          placeholder={t.filterName}
          value={naming ?? ''}
          maxLength={40}
          onChange={(e) => setNaming(e.target.value)}
        />
      </Modal>
      <Table<Person>
        rowKey="id"
        loading={people.isFetching}
        dataSource={connection?.nodes}
        pagination={false}
        scroll={{ x: 'max-content' }}
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
            sorter: true,
            sortOrder: filter.sortField === 'name' ? (filter.sortDirection === 'ASC' ? 'ascend' : 'descend') : null,
            render: (_, person) => (
              <Space size={4}>
                {person.name}
                {person.deactivatedOn && <Tag>{`${t.deactivatedOn} ${person.deactivatedOn}`}</Tag>}
              </Space>
            ),
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
                          open(setEnding)({ id: a.id, version: a.version, label: `${person.name} ${label}` })
                        }
                      >
                        {t.endPosting}
                      </Button>
                    )}
                  </Space>
                );
              }),
          },
          { title: t.actions, key: 'actions', render: (_, person) => rowActions(person) },
        ]}
        footer={() => <CursorPager pages={pages} connection={connection} testId="personnel-total" />}
      />
      <PersonDrawer
        person={editing}
        mayReadPersonalData={viewer.permissions.includes('pii.read')}
        onClose={() => setEditing(null)}
        afterOpenChange={focus.afterOpenChange}
        onSaved={() => {
          const created = editing?.mode === 'create';
          setEditing(null);
          changed(created ? t.personCreated : t.personSaved)();
        }}
      />
      <PostingDrawer
        subject={posting}
        onClose={() => setPosting(null)}
        afterOpenChange={focus.afterOpenChange}
        onSaved={() => {
          const transferred = posting?.running !== undefined;
          setPosting(null);
          changed(transferred ? t.transferred : t.posted)();
        }}
      />
      <LeaveDrawer
        subject={leave}
        onClose={() => setLeave(null)}
        afterOpenChange={focus.afterOpenChange}
        onSaved={() => {
          setLeave(null);
          void message.success(t.leaveRecorded);
        }}
      />
      <DeactivateDrawer
        person={deactivating}
        onClose={() => setDeactivating(null)}
        afterOpenChange={focus.afterOpenChange}
        onSaved={() => {
          setDeactivating(null);
          changed(t.deactivated)();
        }}
      />
      <HistoryDrawer
        person={history}
        mayChange={mayChange}
        mayReadAudit={mayReadAudit}
        onClose={() => setHistory(null)}
        afterOpenChange={focus.afterOpenChange}
      />
      <EndPostingDrawer
        posting={ending}
        onClose={() => setEnding(null)}
        afterOpenChange={focus.afterOpenChange}
        onEnded={() => {
          setEnding(null);
          changed(t.ended)();
        }}
      />
      <DutyShiftDrawer
        candidate={dutyShift}
        onClose={() => setDutyShift(null)}
        afterOpenChange={focus.afterOpenChange}
        onScheduled={() => {
          setDutyShift(null);
          void message.success(t.scheduled);
        }}
      />
    </Card>
  );
}
