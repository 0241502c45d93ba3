import { lazy, Suspense, useEffect, useState } from 'react';
import { Route, Routes, useLocation, useNavigate, Link } from 'react-router';
import { Alert, App as AntApp, Button, Card, ConfigProvider, Layout, Menu, Space, Spin, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useQuery } from '@tanstack/react-query';
import type { User } from 'oidc-client-ts';
import { loadUser, signIn, signOut, userManager, watchIdle } from './auth';
import { request } from './api';
import { ViewerDocument, type ViewerQuery } from './graphql/generated';
import { useLanguage } from './i18n';
import { Home } from './pages/Home';
import { styleNonce } from './csp';

const OfficesPage = lazy(() => import('./pages/offices/Offices'));
const OfficeDetailPage = lazy(() => import('./pages/offices/OfficeDetail'));
const PersonnelPage = lazy(() => import('./pages/personnel/Personnel'));
const AuditPage = lazy(() => import('./pages/Audit'));
const GridsPage = lazy(() => import('./pages/Grids'));
const AccountsPage = lazy(() => import('./pages/accounts/Accounts'));
const ApiClientsPage = lazy(() => import('./pages/accounts/ApiClients'));
const CompliancePage = lazy(() => import('./pages/compliance/Compliance'));
const StatisticsPage = lazy(() => import('./pages/statistics/Statistics'));

export type Viewer = ViewerQuery['viewer'];

// Users who ask their system for less motion get drawers, menus and dropdowns without animation.
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function App() {
  const { language } = useLanguage();
  useEffect(() => void dayjs.locale(language === 'zh' ? 'zh-cn' : 'en'), [language]);
  return (
    <ConfigProvider
      locale={language === 'zh' ? zhCN : enUS}
      csp={{ nonce: styleNonce }}
      theme={{ token: { motion: !reducedMotion } }}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <Routes>
          <Route path="/callback" element={<SignInCallback />} />
          <Route path="*" element={<SignedIn />} />
        </Routes>
      </AntApp>
    </ConfigProvider>
  );
}

function SignInCallback() {
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string>();
  useEffect(() => {
    userManager
      .signinRedirectCallback()
      .then((user) =>
        navigate(typeof user.state === 'string' ? user.state.replace(/^\/admin/, '') || '/' : '/', {
          replace: true,
        }),
      )
      .catch((error: Error) => setFailure(error.message));
  }, [navigate]);
  return failure ? <Alert type="error" title={failure} /> : <Spin fullscreen />;
}

function SignedIn() {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    void loadUser().then(setUser);
    const unloaded = () => setUser(null);
    userManager.events.addUserSignedOut(unloaded);
    userManager.events.addSilentRenewError(unloaded);
    return () => {
      userManager.events.removeUserSignedOut(unloaded);
      userManager.events.removeSilentRenewError(unloaded);
    };
  }, []);
  useEffect(() => {
    if (!user) return;
    return watchIdle(() => {
      setIdle(true);
      void userManager.removeUser().then(() => setUser(null));
    });
  }, [user]);
  if (user === undefined) return <Spin fullscreen />;
  if (user === null) return <Landing idle={idle} />;
  return <Shell />;
}

function Landing({ idle }: { idle: boolean }) {
  const { t, language, setLanguage } = useLanguage();
  return (
    <Card className="gateway-landing" title={t.title}>
      <Space orientation="vertical" size="middle">
        {idle && <Alert type="warning" title={t.idleSignedOut} />}
        <Typography.Paragraph>{t.signedOut}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t.signInHint}</Typography.Paragraph>
        <Space>
          <Button type="primary" onClick={() => void signIn()}>
            {t.signIn}
          </Button>
          <Button onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>{t.language}</Button>
        </Space>
      </Space>
    </Card>
  );
}

function Shell() {
  const { t, language, setLanguage } = useLanguage();
  const location = useLocation();
  // Below the lg breakpoint (a tablet upright) the menu folds away behind the header's menu button.
  const [menuFolded, setMenuFolded] = useState(false);
  const viewer = useQuery({ queryKey: ['viewer'], queryFn: () => request(ViewerDocument) });
  if (viewer.isPending) return <Spin fullscreen />;
  if (viewer.isError) return <Alert type="error" title={t.error} description={String(viewer.error)} />;
  const me = viewer.data.viewer;
  const may = (permission: string) => me.permissions.includes(permission);
  const pages = [
    { key: '/', label: <Link to="/">{t.home}</Link>, allowed: true },
    { key: '/offices', label: <Link to="/offices">{t.offices}</Link>, allowed: may('offices.read') },
    { key: '/grids', label: <Link to="/grids">{t.grids}</Link>, allowed: may('grids.read') },
    { key: '/personnel', label: <Link to="/personnel">{t.personnel}</Link>, allowed: may('personnel.read') },
    { key: '/compliance', label: <Link to="/compliance">{t.complianceMenu}</Link>, allowed: may('fieldwork.read') },
    { key: '/statistics', label: <Link to="/statistics">{t.statisticsMenu}</Link>, allowed: may('statistics.read') },
    { key: '/audit', label: <Link to="/audit">{t.audit}</Link>, allowed: may('audit.read') },
    { key: '/accounts', label: <Link to="/accounts">{t.accounts}</Link>, allowed: may('users.manage') },
    { key: '/api-clients', label: <Link to="/api-clients">{t.apiClients}</Link>, allowed: may('clients.manage') },
    // GraphiQL is a page of its own (see graphiql.tsx): a link that leaves this one.
    { key: '/graphiql', label: <a href="/admin/graphiql">GraphiQL</a>, allowed: true },
  ].filter((page) => page.allowed);
  const selected = pages.filter((p) => p.key !== '/' && location.pathname.startsWith(p.key)).map((p) => p.key);
  return (
    <Layout className="gateway-layout">
      <Layout.Sider
        breakpoint="lg"
        collapsedWidth={0}
        collapsed={menuFolded}
        onBreakpoint={setMenuFolded}
        trigger={null}
        id="gateway-menu"
      >
        <div className="gateway-brand">Gateway</div>
        {/* Folded, the menu is gone, not just narrowed: Tab does not walk through links nobody sees. */}
        {!menuFolded && (
          <Menu
            theme="dark"
            mode="inline"
            aria-label="menu"
            selectedKeys={selected.length ? selected : ['/']}
            items={pages.map(({ key, label }) => ({ key, label }))}
          />
        )}
      </Layout.Sider>
      <Layout>
        <Layout.Header className="gateway-header">
          <Space>
            <Button
              aria-label={t.menu}
              aria-controls="gateway-menu"
              aria-expanded={!menuFolded}
              icon={<MenuOutlined />}
              onClick={() => setMenuFolded(!menuFolded)}
            />
            <Typography.Text strong>{t.title}</Typography.Text>
          </Space>
          <Space>
            <Typography.Text data-testid="viewer-name">{me.name}</Typography.Text>
            <Button onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>{t.language}</Button>
            <Button onClick={() => void signOut()}>{t.signOut}</Button>
          </Space>
        </Layout.Header>
        <Layout.Content className="gateway-content">
          <Suspense fallback={<Spin />}>
            <Routes>
              <Route path="/" element={<Home viewer={me} />} />
              <Route
                path="/offices"
                element={
                  <Allowed ok={may('offices.read')}>
                    <OfficesPage />
                  </Allowed>
                }
              />
              <Route
                path="/offices/:id"
                element={
                  <Allowed ok={may('offices.read')}>
                    <OfficeDetailPage viewer={me} />
                  </Allowed>
                }
              />
              <Route
                path="/personnel"
                element={
                  <Allowed ok={may('personnel.read')}>
                    <PersonnelPage viewer={me} />
                  </Allowed>
                }
              />
              <Route
                path="/grids"
                element={
                  <Allowed ok={may('grids.read')}>
                    <GridsPage />
                  </Allowed>
                }
              />
              <Route
                path="/audit"
                element={
                  <Allowed ok={may('audit.read')}>
                    <AuditPage />
                  </Allowed>
                }
              />
              <Route
                path="/accounts"
                element={
                  <Allowed ok={may('users.manage')}>
                    <AccountsPage />
                  </Allowed>
                }
              />
              <Route
                path="/compliance"
                element={
                  <Allowed ok={may('fieldwork.read')}>
                    <CompliancePage />
                  </Allowed>
                }
              />
              <Route
                path="/api-clients"
                element={
                  <Allowed ok={may('clients.manage')}>
                    <ApiClientsPage />
                  </Allowed>
                }
              />
              <Route
                path="/statistics"
                element={
                  <Allowed ok={may('statistics.read')}>
                    <StatisticsPage viewer={me} />
                  </Allowed>
                }
              />
              <Route path="*" element={<Home viewer={me} />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function Allowed({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  const { t } = useLanguage();
  return ok ? children : <Alert type="warning" title={t.notAllowed} />;
}
