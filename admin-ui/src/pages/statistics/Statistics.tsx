import { useMemo, useState } from 'react';
import { Alert, Card, DatePicker, Descriptions, Empty, Select, Space, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { requestAllowingErrors, request } from '../../api';
import { countyToday } from '../../calendar';
import {
  CountyOverviewDocument,
  OfficeDailyBoardDocument,
  OfficesDocument,
  StaffingStatisticsDocument,
  type StatisticsBucket,
} from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import type { Viewer } from '../../App';
import { ChartCard } from './ChartCard';
import './statistics.css';

const buckets: StatisticsBucket[] = ['DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'];
const fieldWorkKinds = [
  'residentVisit',
  'homeVisit',
  'enterpriseVisit',
  'specialGroupService',
  'populationRecordEntry',
  'vehicleCheck',
  'patrol',
  'publicity',
  'inspection',
  'disputeResolution',
  'intelligence',
  'serviceToResidents',
] as const;
type FieldWorkKind = (typeof fieldWorkKinds)[number];
// The kinds the office board counts per person.
const boardKinds = [
  'residentVisit',
  'homeVisit',
  'enterpriseVisit',
  'specialGroupService',
  'populationRecordEntry',
  'vehicleCheck',
  'patrol',
] as const;

/** A bucket's start (00:00 +08:00, so its first ten characters are the county day) as the bucket names it. */
function bucketLabel(bucket: string, size: StatisticsBucket): string {
  const day = bucket.slice(0, 10);
  if (size === 'MONTH') return day.slice(0, 7);
  if (size === 'QUARTER') return `${day.slice(0, 4)} Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
  if (size === 'YEAR') return day.slice(0, 4);
  return day;
}

/** The last twelve county months, this one included. */
function defaultPeriod(): [Dayjs, Dayjs] {
  const thisMonth = countyToday().startOf('month');
  return [thisMonth.subtract(11, 'month'), thisMonth];
}

/** The county overview and an office's daily board as charts, each with its figures in a table. */
export default function StatisticsPage({ viewer }: { viewer: Viewer }) {
  const { t } = useLanguage();
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>(defaultPeriod);
  const [bucket, setBucket] = useState<StatisticsBucket>('MONTH');
  const mayReadPeople = viewer.permissions.includes('personnel.read') && viewer.permissions.includes('offices.read');
  return (
    <Space orientation="vertical" size="middle" className="insight-page">
      <Card title={t.insight.statistics}>
        <Space wrap>
          <label htmlFor="statistics-period">{t.insight.period}</label>
          <DatePicker.RangePicker
            id={{ start: 'statistics-period' }}
            picker="month"
            allowClear={false}
            value={period}
            disabledDate={(d) => d.isAfter(countyToday(), 'month')}
            onChange={(range) => range?.[0] && range[1] && setPeriod([range[0], range[1]])}
          />
          <label htmlFor="statistics-bucket">{t.insight.bucket}</label>
          <Select<StatisticsBucket>
            id="statistics-bucket"
            className="insight-bucket"
            value={bucket}
            onChange={setBucket}
            options={buckets.map((b) => ({ value: b, label: t.insight.buckets[b] }))}
          />
        </Space>
      </Card>
      <CountyOverview from={period[0]} to={period[1]} bucket={bucket} />
      {mayReadPeople && <OfficeBoard />}
    </Space>
  );
}

function CountyOverview({ from, to, bucket }: { from: Dayjs; to: Dayjs; bucket: StatisticsBucket }) {
  const { t, language } = useLanguage();
  const variables = {
    from: from.startOf('month').format('YYYY-MM-DD'),
    to: to.add(1, 'month').startOf('month').format('YYYY-MM-DD'),
    bucket,
  };
  // A year of statistics may outrun the server's time limit while it is cold or busy; a second try finds it warm.
  const overview = useQuery({
    queryKey: ['countyOverview', variables, language],
    queryFn: () => requestAllowingErrors(CountyOverviewDocument, variables),
    retry: 1,
  });
  const staffing = useQuery({
    queryKey: ['staffingByOffice', variables, language],
    queryFn: () => request(StaffingStatisticsDocument, { ...variables, groupBy: 'UNIT' }),
    retry: 1,
  });
  if (overview.isError) return <Alert type="error" title={t.error} description={String(overview.error)} />;
  if (overview.isPending) return <Spin />;
  const statistics = overview.data.data.statistics;
  const label = (row: { bucket: string }) => bucketLabel(row.bucket, bucket);
  const fieldWork = statistics.fieldWork ?? [];
  const requests = statistics.requests ?? [];
  const mediation = statistics.mediation ?? [];
  const informants = statistics.informants;
  // The last bucket's staffing of each office: units with a formula are offices.
  const staffingRows = staffing.data?.statistics.staffing ?? [];
  const lastBucket = staffingRows.at(-1)?.bucket;
  const offices = staffingRows.filter((row) => row.bucket === lastBucket && row.formula);
  const kindName = (kind: FieldWorkKind) => t.insight.fieldWorkKinds[kind];
  return (
    <>
      <Card title={`${t.insight.countyOverview} · ${statistics.period.unitName}`} size="small">
        <Descriptions column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t.insight.days}>{statistics.period.days}</Descriptions.Item>
          {statistics.teamsAndCameras?.map((row, index) => (
            <Descriptions.Item key={index} label={t.insight.teamsAndCameras}>
              {t.insight.teamsAndCamerasText(row.teams, row.teamMembers, row.cameraPoints, row.cameras)}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <div className="insight-grid">
        <ChartCard
          testId="chart-staffing"
          title={`${t.insight.staffingByOffice}${lastBucket ? ` (${label({ bucket: lastBucket })})` : ''}`}
          categoryTitle={t.insight.office}
          categories={offices.map((row) => row.unitName ?? row.unitCode ?? '')}
          series={[
            { name: t.insight.police, values: offices.map((r) => r.police) },
            { name: t.insight.requiredPolice, values: offices.map((r) => r.requiredPolice), kind: 'line' },
            { name: t.insight.auxiliaries, values: offices.map((r) => r.auxiliaries) },
            { name: t.insight.requiredAuxiliaries, values: offices.map((r) => r.requiredAuxiliaries), kind: 'line' },
            { name: t.insight.gridWorkers, values: offices.map((r) => r.gridWorkers) },
            { name: t.insight.grids, values: offices.map((r) => r.grids), kind: 'line' },
          ]}
        />
        <ChartCard
          testId="chart-field-work"
          title={t.insight.fieldWork}
          categoryTitle={t.insight.bucket}
          categories={fieldWork.map(label)}
          series={fieldWorkKinds.map((kind) => ({
            name: kindName(kind),
            values: fieldWork.map((row) => row[kind]),
            stack: 'kinds',
          }))}
        />
        <ChartCard
          testId="chart-requests"
          title={t.insight.requests}
          categoryTitle={t.insight.bucket}
          categories={requests.map(label)}
          series={[
            { name: t.insight.diverted, values: requests.map((r) => r.diverted) },
            { name: t.insight.repliedOnTime, values: requests.map((r) => r.repliedOnTime), stack: 'replies' },
            { name: t.insight.repliedLate, values: requests.map((r) => r.repliedLate), stack: 'replies' },
            { name: t.insight.overdueNow, values: requests.map((r) => r.overdueNow), kind: 'line' },
          ]}
        />
        <ChartCard
          testId="chart-mediation"
          title={t.insight.mediation}
          categoryTitle={t.insight.bucket}
          categories={mediation.map(label)}
          series={[
            { name: t.insight.registered, values: mediation.map((r) => r.registered) },
            { name: t.insight.settled, values: mediation.map((r) => r.settled), stack: 'outcome' },
            { name: t.insight.failed, values: mediation.map((r) => r.failed), stack: 'outcome' },
          ]}
        />
        {informants ? (
          <ChartCard
            testId="chart-informants"
            title={t.insight.informants}
            categoryTitle={t.insight.bucket}
            categories={informants.map(label)}
            missing={(index) => (informants[index].published ? t.insight.suppressed : t.insight.notPublished)}
            series={[
              { name: t.insight.onFile, values: informants.map((r) => r.onFile) },
              { name: t.insight.tips, values: informants.map((r) => r.tips) },
              { name: t.insight.usefulTips, values: informants.map((r) => r.usefulTips) },
              { name: t.insight.rewardsPaid, values: informants.map((r) => r.rewardsPaid) },
            ]}
          />
        ) : (
          <Card title={t.insight.informants} className="insight-card">
            <Alert type="info" title={t.insight.informantsWholeMonths} />
          </Card>
        )}
      </div>
    </>
  );
}

function OfficeBoard() {
  const { t, language } = useLanguage();
  const [day, setDay] = useState<Dayjs>(() => countyToday().subtract(1, 'day'));
  const [unitId, setUnitId] = useState<string>();
  const offices = useQuery({
    queryKey: ['offices', language],
    queryFn: () => request(OfficesDocument, { first: 100 }),
  });
  const office = unitId ?? offices.data?.offices.nodes[0]?.id;
  const variables = {
    from: day.format('YYYY-MM-DD'),
    to: day.add(1, 'day').format('YYYY-MM-DD'),
    unitId: office,
  };
  const board = useQuery({
    queryKey: ['officeDailyBoard', variables, language],
    queryFn: () => request(OfficeDailyBoardDocument, variables),
    enabled: office !== undefined,
  });
  const people = useMemo(() => board.data?.people.fieldWork ?? [], [board.data]);
  const musts = board.data?.people.threeMusts ?? [];
  const quotas = board.data?.office.dailyQuotas?.[0];
  const staffing = board.data?.office.staffing?.[0];
  return (
    <Card
      title={t.insight.officeBoard}
      data-testid="office-board"
      extra={
        <Space wrap>
          <Select
            aria-label={t.insight.office}
            className="insight-unit"
            value={office}
            loading={offices.isPending}
            onChange={setUnitId}
            options={offices.data?.offices.nodes.map((o) => ({
              value: o.id,
              label: language === 'zh' ? o.nameZh : o.name,
            }))}
          />
          <DatePicker
            aria-label={t.insight.day}
            value={day}
            allowClear={false}
            disabledDate={(d) => d.isAfter(countyToday(), 'day')}
            onChange={(d) => d && setDay(d)}
          />
        </Space>
      }
    >
      {board.isError && <Alert type="error" title={t.error} description={String(board.error)} />}
      {board.isPending ? (
        <Spin />
      ) : people.length === 0 && !staffing ? (
        <Empty />
      ) : (
        <Space orientation="vertical" size="middle" className="insight-page">
          <Descriptions column={{ xs: 1, md: 3 }} bordered size="small">
            {staffing && (
              <Descriptions.Item label={t.insight.formula}>
                {staffing.formula} {staffing.meetsModel ? '' : `(${t.insight.short})`}
              </Descriptions.Item>
            )}
            {quotas && (
              <>
                <Descriptions.Item label={t.insight.populationRecords}>{quotas.populationRecords}</Descriptions.Item>
                <Descriptions.Item label={t.insight.vehicleChecks}>{quotas.vehicleChecks}</Descriptions.Item>
              </>
            )}
          </Descriptions>
          <div className="insight-grid">
            <ChartCard
              testId="chart-board-field-work"
              title={t.insight.fieldWorkByPerson}
              categoryTitle={t.insight.person}
              categories={people.map((p) => p.personName ?? '')}
              series={boardKinds.map((kind) => ({
                name: t.insight.fieldWorkKinds[kind],
                values: people.map((p) => p[kind]),
                stack: 'kinds',
              }))}
            />
            <ChartCard
              testId="chart-board-three-musts"
              title={t.insight.residentsVisited}
              categoryTitle={t.insight.person}
              categories={musts.map((p) => p.personName ?? '')}
              series={[
                { name: t.insight.residentsVisited, values: musts.map((p) => p.residentsVisited) },
                { name: t.insight.dutyDays, values: musts.map((p) => p.dutyDays), kind: 'line' },
              ]}
            />
          </div>
        </Space>
      )}
    </Card>
  );
}
