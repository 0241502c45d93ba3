import { useState } from 'react';
import { Card, Descriptions, Drawer, Input, Space, Table, Tag, Typography, Button } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { request } from '../api';
import { countyToday } from '../calendar';
import { CursorPager, useCursorPages } from './CursorPager';
import { GridsDocument, type GridsQuery, type GridWhere } from '../graphql/generated';
import { useLanguage } from '../i18n';
import { GridBoundary } from './GridBoundary';
import { useRememberedFilter } from './rememberedFilters';

type Grid = GridsQuery['grids']['nodes'][number];
const pageSize = 20;

/** The caller's grids: households against the 300–500 target (outside it flagged), residents, and the boundary. */
export default function GridsPage() {
  const { t, language } = useLanguage();
  const [{ name }, setFilter] = useRememberedFilter('grids', { name: '' });
  const pages = useCursorPages();
  const [shown, setShown] = useState<Grid | null>(null);
  const where: GridWhere = name ? { or: [{ name: { contains: name } }, { code: { contains: name } }] } : {};
  const grids = useQuery({
    queryKey: ['grids', where, pages.after, language],
    queryFn: () =>
      request(GridsDocument, {
        first: pageSize,
        after: pages.after,
        where,
        order: [{ code: 'ASC' }],
        on: countyToday().format('YYYY-MM-DD'),
      }),
    placeholderData: keepPreviousData,
  });
  const connection = grids.data?.grids;
  const local = (zh: string, en: string) => (language === 'zh' ? zh : en);

  return (
    <Card title={t.grids}>
      <Input.Search
        placeholder={t.gridSearch}
        allowClear
        defaultValue={name}
        onSearch={(text) => {
          setFilter({ name: text.trim() });
          pages.reset();
        }}
        className="grid-search"
      />
      <Table<Grid>
        rowKey="id"
        loading={grids.isFetching}
        dataSource={connection?.nodes}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t.code,
            key: 'code',
            render: (_, grid) => (
              <Button type="link" onClick={() => setShown(grid)}>
                {grid.code}
              </Button>
            ),
          },
          { title: t.name, dataIndex: 'name' },
          {
            title: t.office,
            key: 'office',
            render: (_, grid) => grid.office && local(grid.office.nameZh, grid.office.name),
          },
          {
            title: t.households,
            key: 'households',
            render: (_, grid) => (
              <Space>
                <span data-testid="households">{grid.households}</span>
                {!grid.householdsWithinTarget && <Tag color="orange">{t.outsideTarget}</Tag>}
              </Space>
            ),
          },
          { title: t.residents, dataIndex: 'residentCount' },
          {
            title: t.gridWorkers,
            key: 'gridWorkers',
            render: (_, grid) => <GridWorkers grid={grid} />,
          },
          {
            title: t.status,
            key: 'status',
            render: (_, grid) =>
              grid.retiredOn ? <Tag>{`${t.retired} ${grid.retiredOn}`}</Tag> : <Tag color="green">{t.open}</Tag>,
          },
        ]}
        footer={() => <CursorPager pages={pages} connection={connection} testId="grids-total" />}
      />
      <Drawer
        open={shown !== null}
        title={shown ? `${shown.code} ${shown.name}` : ''}
        onClose={() => setShown(null)}
        size={420}
      >
        {shown && (
          <Space orientation="vertical" size="middle">
            <Descriptions column={1}>
              <Descriptions.Item label={t.office}>
                {shown.office && local(shown.office.nameZh, shown.office.name)}
              </Descriptions.Item>
              <Descriptions.Item label={t.community}>
                {local(shown.community.nameZh, shown.community.name)}
              </Descriptions.Item>
              <Descriptions.Item label={t.streets}>{shown.streets}</Descriptions.Item>
              <Descriptions.Item label={t.households}>{shown.households}</Descriptions.Item>
              <Descriptions.Item label={t.residents}>{shown.residentCount}</Descriptions.Item>
              <Descriptions.Item label={t.gridWorkers}>
                <GridWorkers grid={shown} />
              </Descriptions.Item>
              <Descriptions.Item label={t.openedOn}>{shown.openedOn}</Descriptions.Item>
            </Descriptions>
            {shown.boundaryGeoJson ? (
              <GridBoundary geoJson={shown.boundaryGeoJson} label={`${t.boundary} ${shown.code}`} />
            ) : (
              <Typography.Text type="secondary">{t.noBoundary}</Typography.Text>
            )}
          </Space>
        )}
      </Drawer>
    </Card>
  );
}

/** The grid's workers posted today; a grid without one is a gap in the office's 1+2+N. */
function GridWorkers({ grid }: { grid: Grid }) {
  const { t } = useLanguage();
  const names = grid.gridWorkers.nodes.map((a) => a.person?.name).filter(Boolean);
  return names.length > 0 ? names.join('、') : <Tag color="red">{t.noGridWorker}</Tag>;
}
