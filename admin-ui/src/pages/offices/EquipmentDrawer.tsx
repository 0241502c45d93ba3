import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, Form, InputNumber, Space, Switch } from 'antd';
import { request, type PayloadError } from '../../api';
import { UpdateOfficeEquipmentDocument, type OfficeEquipmentQuery } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { FormErrors, usePayloadForm } from '../payloadForm';

export type Equipment = OfficeEquipmentQuery['offices']['nodes'][number];

interface Values {
  hasSignage: boolean;
  cameras: number;
  computers: number;
  mobilePoliceTerminals: number;
  policeBicycles: number;
}

const counts = ['cameras', 'computers', 'mobilePoliceTerminals', 'policeBicycles'] as const;
const fields = ['hasSignage', ...counts];

/**
 * Records an office's equipment as it now stands (标准化建设), with the version read: when someone changed it
 * meanwhile the server answers CONFLICT, and the drawer reloads the office's current figures.
 */
export function EquipmentDrawer({
  equipment,
  open,
  onClose,
  onSaved,
  reload,
  afterOpenChange,
}: {
  equipment: Equipment | undefined;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
  reload: () => Promise<unknown>;
  afterOpenChange?: (open: boolean) => void;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const { general, saving, send } = usePayloadForm(form, fields);
  const [conflict, setConflict] = useState(false);
  useEffect(() => {
    if (open && equipment) form.setFieldsValue(equipment);
  }, [open, equipment, form]);
  const labels = {
    cameras: t.cameras,
    computers: t.computers,
    mobilePoliceTerminals: t.terminals,
    policeBicycles: t.bicycles,
  };

  const reloadOnConflict = async (errors: readonly PayloadError[]) => {
    if (!errors.some((e) => e.code === 'CONFLICT')) return false;
    setConflict(true);
    await reload();
    return true;
  };
  const submit = async (values: Values) => {
    if (!equipment) return;
    setConflict(false);
    const made = await send(
      async () =>
        (
          await request(UpdateOfficeEquipmentDocument, {
            input: { ...values, id: equipment.id, version: equipment.version },
          })
        ).updateOfficeEquipment.errors ?? [],
      reloadOnConflict,
    );
    if (made) onSaved();
  };

  return (
    <Drawer
      open={open}
      title={t.editEquipment}
      onClose={onClose}
      afterOpenChange={afterOpenChange}
      destroyOnHidden
      size={400}
    >
      {conflict && <Alert type="warning" title={t.equipmentConflict} className="form-alert" />}
      <FormErrors messages={general} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={equipment}>
        <Form.Item name="hasSignage" label={t.signage} valuePropName="checked">
          <Switch />
        </Form.Item>
        {counts.map((name) => (
          <Form.Item key={name} name={name} label={labels[name]} rules={[{ required: true }]}>
            <InputNumber min={0} max={9999} precision={0} />
          </Form.Item>
        ))}
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
