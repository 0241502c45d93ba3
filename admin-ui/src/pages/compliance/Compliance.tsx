import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Popover, Select, Space, Table, Tag, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { request } from '../../api';
import { countyToday } from '../../calendar';
import { ComplianceMonthDocument, type ComplianceMonthQuery } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { CursorPager, useCursorPages } from '../CursorPager';
import './compliance.css';

type Office = ComplianceMonthQuery['offices']['nodes'][number];
type Report = NonNullable<Office['threeMusts']>[number];

/** A share from 0 to 1 as a percentage; none without anything to count. */
const percent = (rate: number | null | undefined) => (rate == null ? '–' : `${Math.round(rate * 100)}%`);

const missedRow = (met: boolean) => (met ? '' : 'compliance-missed');

/**
 * The three musts (三必) and daily quotas (每日指标) of the caller's offices for a month, as the API computes them:
 * per office the rates and what was missed, and for one office each person's days, weeks and months.
 */
export default function CompliancePage() {
  const { t, language } = useLanguage();
  const [month, setMonth] = useState<Dayjs>(() => countyToday().startOf('month'));
  const [chosenOffice, setChosenOffice] = useState<string>();
  const [chosenPerson, setChosenPerson] = useState<string>();
  // The month's days up to today: the reports count no day after it.
  const today = countyToday();
  const last = month.endOf('month').isAfter(today, 'day') ? today : month.endOf('month');
  const pages = useCursorPages();
  const variables = { from: month.format('YYYY-MM-DD'), to: last.format('YYYY-MM-DD'), after: pages.after };
  const compliance = useQuery({
    queryKey: ['complianceMonth', variables, language],
    queryFn: () => request(ComplianceMonthDocument, variables),
  });
  const offices = (compliance.data?.offices.nodes ?? []).filter((o) => o.threeMusts && o.dailyQuotas);
  const office = offices.find((o) => o.id === chosenOffice) ?? offices[0];
  const officeName = (o: Office) => (language === 'zh' ? o.nameZh : o.name);
  const c = t.compliance;
  return (
    <Space orientation="vertical" size="middle" className="compliance-page">
      <Card
        title={
          <Space>
            {c.title}
            <Popover title={c.rulesTitle} content={<Rules />} trigger={['click', 'focus']}>
              <Button type="text" size="small" icon={<QuestionCircleOutlined />} aria-label={c.rulesTitle} />
            </Popover>
          </Space>
        }
        extra={
          <Space>
            <label htmlFor="compliance-month">{c.month}</label>
            <DatePicker
              id="compliance-month"
              picker="month"
              value={month}
              allowClear={false}
              disabledDate={(d) => d.isAfter(today, 'month')}
              onChange={(d) => {
                if (!d) return;
                setMonth(d.startOf('month'));
                pages.reset();
              }}
            />
          </Space>
        }
      >
        {compliance.isError && <Alert type="error" title={t.error} description={String(compliance.error)} />}
        <div data-testid="compliance-offices">
          <Table<Office>
            rowKey="id"
            size="small"
            loading={compliance.isPending}
            dataSource={offices}
            pagination={false}
            scroll={{ x: true }}
            rowClassName={(o) => (o.id === office?.id ? 'compliance-chosen' : '')}
            footer={() => <CursorPager pages={pages} connection={compliance.data?.offices} testId="compliance-total" />}
            columns={[
              {
                title: c.office,
                key: 'office',
                render: (_, o) => (
                  <Button type="link" onClick={() => setChosenOffice(o.id)} aria-pressed={o.id === office?.id}>
                    {officeName(o)}
                  </Button>
                ),
              },
              {
                title: c.officer,
                key: 'officer',
                render: (_, o) =>
                  binding(o).map((r) => <div key={r.person?.id}>{r.person?.name ?? c.outsideScope}</div>),
              },
              {
                title: c.dayRate,
                key: 'days',
                render: (_, o) => perOfficer(o, (r) => `${percent(r.dayRate)} · ${c.missed(r.daysMissed.length)}`),
              },
              {
                title: c.weekRate,
                key: 'weeks',
                render: (_, o) => perOfficer(o, (r) => `${percent(r.weekRate)} · ${c.missed(r.weeksMissed.length)}`),
              },
              {
                title: c.monthRate,
                key: 'months',
                render: (_, o) => perOfficer(o, (r) => `${percent(r.monthRate)} · ${c.missed(r.monthsMissed.length)}`),
              },
              {
                title: c.quotaRate,
                key: 'quotas',
                render: (_, o) => `${percent(o.dailyQuotas!.dayRate)} · ${c.missed(o.dailyQuotas!.daysMissed.length)}`,
              },
            ]}
          />
        </div>
      </Card>
      {office && (
        <OfficeMonth
          key={`${office.id}-${variables.from}`}
          office={office}
          name={officeName(office)}
          chosenPerson={chosenPerson}
          onChoosePerson={setChosenPerson}
        />
      )}
    </Space>
  );
}

/** The reports of the office's police officers, whom the three musts bind. */
const binding = (office: Office) => (office.threeMusts ?? []).filter((r) => r.binding);

function perOfficer(office: Office, text: (report: Report) => string) {
  const reports = binding(office);
  return reports.length === 0 ? '–' : reports.map((r) => <div key={r.person?.id}>{text(r)}</div>);
}

function OfficeMonth({
  office,
  name,
  chosenPerson,
  onChoosePerson,
}: {
  office: Office;
  name: string;
  chosenPerson?: string;
  onChoosePerson: (id: string) => void;
}) {
  const { t } = useLanguage();
  const c = t.compliance;
  const reports = office.threeMusts ?? [];
  const report = reports.find((r) => r.person?.id === chosenPerson) ?? reports.find((r) => r.binding) ?? reports[0];
  const quotas = office.dailyQuotas!;
  const metTag = (met: boolean) => (met ? <Tag color="green">{c.met}</Tag> : <Tag color="red">{c.notMet}</Tag>);
  return (
    <>
      <Card
        title={`${name} · ${c.personTitle}`}
        data-testid="compliance-person"
        extra={
          <Select
            aria-label={c.person}
            className="compliance-person-select"
            value={report?.person?.id}
            onChange={onChoosePerson}
            options={reports.map((r) => ({
              value: r.person?.id,
              label: `${r.person?.name ?? c.outsideScope} (${t.roleNames[r.role]}${r.binding ? '' : `, ${c.notBound}`})`,
            }))}
          />
        }
      >
        {!report ? (
          <Typography.Text type="secondary">{c.nobody}</Typography.Text>
        ) : (
          <div className="compliance-grid">
            <div data-testid="compliance-days">
              <Table
                size="small"
                title={() => c.daysTitle(report.targets.residentsVisitedPerDay)}
                rowKey="date"
                pagination={false}
                dataSource={report.days}
                rowClassName={(d) => missedRow(d.met)}
                columns={[
                  { title: c.date, key: 'date', render: (_, d) => `${d.date} ${dayjs(d.date).format('dd')}` },
                  {
                    title: c.residentsVisited,
                    key: 'visited',
                    render: (_, d) => `${d.residentsVisited} / ${d.target}`,
                  },
                  { title: c.result, key: 'met', render: (_, d) => metTag(d.met) },
                ]}
              />
            </div>
            <Space orientation="vertical" size="middle">
              <div data-testid="compliance-weeks">
                <Table
                  size="small"
                  title={() => c.weeksTitle(report.targets.visitDaysPerWeek)}
                  rowKey="monday"
                  pagination={false}
                  dataSource={report.weeks}
                  rowClassName={(w) => missedRow(w.met)}
                  columns={[
                    { title: c.week, dataIndex: 'monday' },
                    { title: c.visitDays, key: 'visits', render: (_, w) => `${w.visitDays} / ${w.target}` },
                    { title: c.dutyDays, key: 'duty', render: (_, w) => `${w.dutyDays} / ${w.postedDays}` },
                    { title: c.result, key: 'met', render: (_, w) => metTag(w.met) },
                  ]}
                />
              </div>
              <div data-testid="compliance-months">
                <Table
                  size="small"
                  title={() => c.monthsTitle(report.targets.specialGroupServicesPerMonth)}
                  rowKey="month"
                  pagination={false}
                  dataSource={report.months}
                  rowClassName={(m) => missedRow(m.met)}
                  columns={[
                    { title: c.month, dataIndex: 'month' },
                    { title: c.services, key: 'services', render: (_, m) => `${m.services} / ${m.target}` },
                    { title: c.dutyDays, key: 'duty', render: (_, m) => `${m.dutyDays} / ${m.postedDays}` },
                    { title: c.result, key: 'met', render: (_, m) => metTag(m.met) },
                  ]}
                />
              </div>
            </Space>
          </div>
        )}
      </Card>
      <Card title={`${name} · ${c.quotasTitle}`} data-testid="compliance-quotas">
        <Table
          size="small"
          rowKey="date"
          pagination={false}
          scroll={{ x: true }}
          dataSource={quotas.days}
          rowClassName={(d) => missedRow(d.met)}
          columns={[
            { title: c.date, key: 'date', render: (_, d) => `${d.date} ${dayjs(d.date).format('dd')}` },
            {
              title: c.populationRecords,
              key: 'records',
              render: (_, d) => `${d.populationRecords} / ${d.populationRecordsTarget}`,
            },
            {
              title: c.vehicleChecks,
              key: 'vehicles',
              render: (_, d) => `${d.vehicleChecks} / ${d.vehicleChecksTarget}`,
            },
            { title: c.result, key: 'met', render: (_, d) => metTag(d.met) },
          ]}
        />
      </Card>
    </>
  );
}

/** What the three musts and the daily quotas ask, from the targets the domain sets. */
function Rules() {
  const { t } = useLanguage();
  return (
    <div className="compliance-rules">
      {t.compliance.rules.map((rule) => (
        <Typography.Paragraph key={rule}>{rule}</Typography.Paragraph>
      ))}
    </div>
  );
}
