import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { request } from '../../api';
import { OfficesDocument, type OfficesQuery } from '../../graphql/generated';
import { useLanguage } from '../../i18n';

type Office = OfficesQuery['offices']['nodes'][number];

export default function OfficesPage() {
  const { t, language } = useLanguage();
  const offices = useQuery({
    queryKey: ['offices', language],
    queryFn: () => request(OfficesDocument, { first: 100 }),
  });
  return (
    <Card title={t.offices}>
      <Table<Office>
        rowKey="id"
        loading={offices.isPending}
        dataSource={offices.data?.offices.nodes}
        pagination={false}
        scroll={{ x: 'max-content' }}
        footer={() => t.total(offices.data?.offices.totalCount ?? 0)}
        columns={[
          { title: t.code, dataIndex: 'code' },
          {
            title: t.name,
            key: 'name',
            render: (_, office) => (
              <Link to={`/offices/${encodeURIComponent(office.id)}`}>
                {language === 'zh' ? office.nameZh : office.name}
              </Link>
            ),
          },
          { title: t.station, key: 'parent', render: (_, office) => office.parent?.code },
          { title: t.openedOn, dataIndex: 'openedOn' },
          {
            title: t.status,
            key: 'status',
            render: (_, office) =>
              office.closedOn ? <Tag>{`${t.closed} ${office.closedOn}`}</Tag> : <Tag color="green">{t.open}</Tag>,
          },
          { title: t.cameras, dataIndex: 'cameras' },
          { title: t.terminals, dataIndex: 'mobilePoliceTerminals' },
        ]}
      />
    </Card>
  );
}
