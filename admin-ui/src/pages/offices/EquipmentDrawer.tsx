import { useEffect, useState } from 'react';
import { Alert, Button, Drawer, Form, InputNumber, Space, Switch } from 'antd';
import { request, type PayloadError } from '../../api';
import { UpdateOfficeEquipmentDocument, type OfficeEquipmentQuery } from '../../graphql/generated';
import { useLanguage } from '../../i18n';
import { showPayloadErrors } from '../payloadErrors';

export type Equipment = OfficeEquipmentQuery['offices']['nodes'][number];

interface Values {
  hasSignage: boolean;
  cameras: number;
  computers: number;
  mobilePoliceTerminals: number;
  policeBicycles: number;
}

const counts = ['cameras', 'computers', 'mobilePoliceTerminals', 'policeBicycles'] as const;

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
  const [general, setGeneral] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (open && equipment) form.setFieldsValue(equipment);
  }, [open, equipment, form]);
  const labels = {
    cameras: t.cameras,
    computers: t.computers,
    mobilePoliceTerminals: t.terminals,
    policeBicycles: t.bicycles,
  };

  const refused = async (errors: readonly PayloadError[]) => {
    if (errors.some((e) => e.code === 'CONFLICT')) {
      setConflict(true);
      await reload();
    } else setGeneral(showPayloadErrors(form, errors, ['hasSignage', ...counts]));
  };
  const submit = async (values: Values) => {
    if (!equipment) return;
    setSaving(true);
    setGeneral([]);
    setConflict(false);
    try {
      const result = await request(UpdateOfficeEquipmentDocument, {
        input: { ...values, id: equipment.id, version: equipment.version },
      });
      const errors = result.updateOfficeEquipment.errors ?? [];
      if (errors.length === 0) onSaved();
      else await refused(errors);
    } catch (error) {
      setGeneral([String(error)]);
    } finally {
      setSaving(false);
    }
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
      {general.map((text) => (
        <Alert key={text} type="error" title={text} className="form-alert" />
      ))}
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
