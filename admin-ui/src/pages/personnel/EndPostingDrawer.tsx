import { Button, DatePicker, Drawer, Form, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { countyToday } from '../../calendar';
import { request } from '../../api';
import { EndPostingDocument } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';

export interface PostingToEnd {
  id: string;
  version: number;
  label: string;
}

/** Ends a running posting on its last day; history is kept, the seat is vacant from the day after. */
export function EndPostingDrawer({
  posting,
  onClose,
  onEnded,
  afterOpenChange,
}: {
  posting: PostingToEnd | null;
  onClose: () => void;
  onEnded: () => void;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ to: Dayjs }>();
  const { general, saving, send } = usePayloadForm(form, ['to']);
  const submit = async ({ to }: { to: Dayjs }) => {
    if (!posting) return;
    const made = await send(async () => {
      const result = await request(EndPostingDocument, {
        input: { id: posting.id, version: posting.version, to: to.format('YYYY-MM-DD') },
      });
      return result.endPosting.errors ?? [];
    });
    if (made) onEnded();
  };
  return (
    <Drawer
      open={posting !== null}
      title={`${t.endPosting}: ${posting?.label ?? ''}`}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
    >
      <FormErrors messages={general} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ to: countyToday().subtract(1, 'day') }}>
        <Form.Item name="to" label={t.lastDay} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {t.save}
          </Button>
          <Button onClick={onClose}>{t.cancel}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
