import { useState } from 'react';
import { Button, Space, Typography } from 'antd';
import { useLanguage } from '../i18n';

/** The cursors of the pages seen so far of a connection: page n starts after cursors[n]; null is the first page. */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length - 1;
  return {
    page,
    after: cursors[page],
    /** Back to the first page, as a new filter or order asks. */
    reset: () => setCursors([null]),
    previous: () => setCursors(cursors.slice(0, -1)),
    next: (endCursor: string | null | undefined) => setCursors([...cursors, endCursor ?? null]),
  };
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** A table's footer: the connection's total, and previous and next page buttons. */
export function CursorPager({
  pages,
  connection,
  testId,
}: {
  pages: ReturnType<typeof useCursorPages>;
  connection: Connection | undefined;
  testId: string;
}) {
  const { t } = useLanguage();
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between' }}>
      <Typography.Text data-testid={testId}>{t.total(connection?.totalCount ?? 0)}</Typography.Text>
      <Space>
        <Button disabled={pages.page === 0} onClick={pages.previous}>
          {t.previous}
        </Button>
        <span>{pages.page + 1}</span>
        <Button disabled={!connection?.pageInfo.hasNextPage} onClick={() => pages.next(connection?.pageInfo.endCursor)}>
          {t.next}
        </Button>
      </Space>
    </Space>
  );
}
