import { useState } from 'react';
import { useParams, Link } from 'react-router';
import { Alert, App, Button, Card, DatePicker, Descriptions, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import {
  OfficeEquipmentDocument,
  OfficesDocument,
  OfficeStaffingDocument,
  type OfficeStaffingQuery,
} from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import type { Viewer } from '../../App';
import { PostPersonDrawer, type PostingTarget } from '../personnel/PostPersonDrawer';
import { useFocusReturn } from '../focusReturn';
import { EquipmentDrawer } from './EquipmentDrawer';

type Staffing = NonNullable<OfficeStaffingQuery['offices']['nodes'][number]['staffing']>;
interface Seat {
  name?: string;
}

/** One office: its equipment, its grids and the 1+2+N board on a day, with every vacant seat marked. */
export default function OfficeDetailPage({ viewer }: { viewer: Viewer }) {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const [day, setDay] = useState<Dayjs>(countyToday);
  const [target, setTarget] = useState<PostingTarget | null>(null);
  const mayPost = viewer.permissions.includes('staffing.write');
  const [editingEquipment, setEditingEquipment] = useState(false);
  const focus = useFocusReturn();
  const on = day.format('YYYY-MM-DD');
  const offices = useQuery({
    queryKey: ['offices', language],
    queryFn: () => request(OfficesDocument, { first: 100 }),
  });
  const staffing = useQuery({
    queryKey: ['staffing', on, language],
    queryFn: () => request(OfficeStaffingDocument, { on }),
  });
  const equipment = useQuery({
    queryKey: ['office-equipment', id],
    queryFn: () => request(OfficeEquipmentDocument, { id }),
  });
  const office = offices.data?.offices.nodes.find((o) => o.id === id);
  const board = staffing.data?.offices.nodes.find((o) => o.id === id)?.staffing;
  if (offices.isError || staffing.isError) return <Alert type="error" title={t.error} />;
  if (offices.isPending || staffing.isPending) return <Card loading />;
  if (!office) return <Alert type="warning" title={t.notAllowed} />;
  const officeName = language === 'zh' ? office.nameZh : office.name;
  const stands = equipment.data?.offices.nodes[0];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/offices">← {t.back}</Link>
      <Card
        title={officeName}
        extra={
          mayPost &&
          stands && (
            <Button
              onClick={() => {
                focus.remember();
                setEditingEquipment(true);
              }}
            >
              {t.editEquipment}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 3 }} title={t.equipment} data-testid="office-equipment">
          <Descriptions.Item label={t.code}>{office.code}</Descriptions.Item>
          <Descriptions.Item label={t.signage}>{stands && (stands.hasSignage ? t.yes : t.no)}</Descriptions.Item>
          <Descriptions.Item label={t.cameras}>{stands?.cameras}</Descriptions.Item>
          <Descriptions.Item label={t.computers}>{stands?.computers}</Descriptions.Item>
          <Descriptions.Item label={t.terminals}>{stands?.mobilePoliceTerminals}</Descriptions.Item>
          <Descriptions.Item label={t.bicycles}>{stands?.policeBicycles}</Descriptions.Item>
          <Descriptions.Item label={t.openedOn}>{office.openedOn}</Descriptions.Item>
          <Descriptions.Item label={t.status}>
            {office.closedOn ? `${t.closed} ${office.closedOn}` : t.open}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <EquipmentDrawer
        equipment={stands}
        open={editingEquipment}
        onClose={() => setEditingEquipment(false)}
        afterOpenChange={focus.afterOpenChange}
        reload={() => equipment.refetch()}
        onSaved={() => {
          setEditingEquipment(false);
          void message.success(t.equipmentSaved);
          void equipment.refetch();
          void offices.refetch();
        }}
      />
      <Card
        title={t.board}
        extra={
          <Space>
            <span>{t.boardOn}</span>
            <DatePicker
              className="board-day"
              value={day}
              allowClear={false}
              disabledDate={(d) => d.isAfter(countyToday(), 'day')}
              onChange={(d) => d && setDay(d)}
            />
          </Space>
        }
      >
        {board && (
          <Board
            board={board}
            onPost={
              mayPost
                ? (role, grid) => setTarget({ unitId: office.id, unitName: officeName, role, ...grid })
                : undefined
            }
          />
        )}
      </Card>
      <PostPersonDrawer
        target={target}
        onClose={() => setTarget(null)}
        onPosted={() => {
          setTarget(null);
          void message.success(t.posted);
          void staffing.refetch();
        }}
      />
    </Space>
  );
}

function Board({
  board,
  onPost,
}: {
  board: Staffing;
  onPost?: (
    role: 'OFFICE_POLICE' | 'OFFICE_AUXILIARY' | 'GRID_WORKER',
    grid?: { gridId: string; gridCode: string },
  ) => void;
}) {
  const { t } = useLanguage();
  const seats = (people: readonly Seat[], wanted: number): Seat[] => [
    ...people,
    ...Array.from({ length: Math.max(0, wanted - people.length) }, () => ({})),
  ];
  const seatList = (testId: string, title: string, people: Seat[], post?: () => void) => (
    <Card size="small" title={title} data-testid={testId}>
      <List
        size="small"
        dataSource={people}
        renderItem={(seat) => (
          <List.Item>
            {seat.name ?? (
              <Space>
                <span className="seat-vacant">{t.vacant}</span>
                {post && (
                  <Button size="small" onClick={post}>
                    {t.post}
                  </Button>
                )}
              </Space>
            )}
          </List.Item>
        )}
      />
    </Card>
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text strong data-testid="staffing-formula">
          {t.formula}: {board.formula}
        </Typography.Text>
        {board.meetsModel ? <Tag color="green">{t.meetsModel}</Tag> : <Tag color="red">{t.gaps}</Tag>}
      </Space>
      {board.gaps.length > 0 && (
        <Alert
          type="error"
          title={t.gaps}
          description={board.gaps.map((g) => (
            <div key={g.message}>{g.message}</div>
          ))}
        />
      )}
      <div className="board-grid">
        {seatList('seats-police', t.police, seats(board.police, 1), onPost && (() => onPost('OFFICE_POLICE')))}
        {seatList(
          'seats-auxiliaries',
          t.auxiliaries,
          seats(board.auxiliaries, 2),
          onPost && (() => onPost('OFFICE_AUXILIARY')),
        )}
        {board.grids.map((g) => (
          <div key={g.grid.id}>
            {seatList(
              `seats-${g.grid.code}`,
              `${t.grid} ${g.grid.code} ${g.grid.name}`,
              seats(g.gridWorkers, 1),
              onPost && (() => onPost('GRID_WORKER', { gridId: g.grid.id, gridCode: g.grid.code })),
            )}
          </div>
        ))}
      </div>
    </Space>
  );
}
