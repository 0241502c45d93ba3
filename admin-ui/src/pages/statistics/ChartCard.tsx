import { lazy, Suspense, type ReactNode } from 'react';
import { Card, Skeleton, Table } from 'antd';
import type { ChartSeries } from './chartData';

// ECharts comes with the first chart shown, in a chunk of its own.
const SeriesChart = lazy(() => import('./SeriesChart'));

/** A chart and, under it, the same figures as a table (for screen readers, keyboards and small screens). */
export function ChartCard({
  testId,
  title,
  categoryTitle,
  categories,
  series,
  missing,
  extra,
  notice,
}: {
  testId: string;
  title: string;
  categoryTitle: string;
  categories: string[];
  series: ChartSeries[];
  /** What a null figure shows in the table, by category index. */
  missing?: (index: number) => string;
  extra?: ReactNode;
  notice?: ReactNode;
}) {
  const rows = categories.map((category, index) => ({ key: `${index}`, index, category }));
  return (
    <Card title={title} extra={extra} data-testid={testId} className="insight-card">
      {notice}
      <Suspense fallback={<Skeleton.Node active className="insight-chart" />}>
        <SeriesChart label={title} categories={categories} series={series} />
      </Suspense>
      <Table
        size="small"
        className="insight-table"
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        columns={[
          { title: categoryTitle, dataIndex: 'category', fixed: 'left' },
          ...series.map((s, column) => ({
            title: s.name,
            key: `${column}`,
            align: 'right' as const,
            render: (_: unknown, row: { index: number }) => s.values[row.index] ?? missing?.(row.index) ?? '–',
          })),
        ]}
      />
    </Card>
  );
}
