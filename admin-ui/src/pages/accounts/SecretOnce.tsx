import { Alert, App, Button, Modal, Space, Typography } from 'antd';
import { useLanguage } from '../../i18n';

/** A secret the server answers once (a client secret, an API key) or a first password, with its name. */
export interface OnceSecret {
  label: string;
  value: string;
}

/**
 * Shows a secret this once, with a copy button and the warning that it cannot be shown again. The secret lives only in
 * the state of the page that received it, which drops it when this closes: never in the query cache, storage or logs.
 */
export function SecretOnce({ secret, onClose }: { secret: OnceSecret | null; onClose: () => void }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.value);
      void message.success(t.copied);
    } catch {
      void message.error(t.copyFailed);
    }
  };
  return (
    <Modal
      open={secret !== null}
      title={t.secretOnceTitle}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t.ok}
        </Button>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t.secretOnceWarning} />
        <Typography.Text strong>{secret?.label}</Typography.Text>
        <Space.Compact style={{ width: '100%' }}>
          <Typography.Text code data-testid="secret-once" className="secret-once">
            {secret?.value}
          </Typography.Text>
          <Button onClick={() => void copy()}>{t.copy}</Button>
        </Space.Compact>
      </Space>
    </Modal>
  );
}
