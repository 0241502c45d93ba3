import { Card, Descriptions, Tag } from 'antd';
import type { Viewer } from '../App';
import { useLanguage } from '../i18n';

export function Home({ viewer }: { viewer: Viewer }) {
  const { t } = useLanguage();
  return (
    <Card title={`${t.welcome}, ${viewer.name}`}>
      <Descriptions column={1}>
        <Descriptions.Item label={t.roles}>
          {viewer.roles.map((role) => (
            <Tag key={role}>{role}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t.permissions}>
          {viewer.permissions.map((permission) => (
            <Tag key={permission}>{permission}</Tag>
          ))}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
