import { createContext, useContext, useState, type ReactNode } from 'react';

export type Language = 'zh' | 'en';
const storageKey = 'gateway.admin.language';

const texts = {
  zh: {
    title: 'Gateway 社区警务管理',
    signIn: '登录',
    signOut: '退出登录',
    signedOut: '您已退出登录，或尚未登录。',
    signInHint: '使用公安局分配的账号登录；管理员需输入身份验证器中的动态码。',
    idleSignedOut: '30 分钟无操作，已自动退出。',
    language: 'English',
    offices: '警务室',
    personnel: '人员',
    audit: '审计',
    home: '首页',
    welcome: '欢迎',
    roles: '角色',
    permissions: '权限',
    code: '编码',
    name: '名称',
    station: '所属派出所',
    openedOn: '启用日期',
    status: '状态',
    open: '在用',
    closed: '已撤销',
    cameras: '摄像头',
    terminals: '移动警务终端',
    total: (n: number) => `共 ${n} 条`,
    board: '1+2+N 配置',
    boardOn: '日期',
    formula: '配置',
    meetsModel: '符合 1+2+N',
    gaps: '缺口',
    police: '社区民警',
    auxiliaries: '辅警',
    grid: '网格',
    equipment: '装备',
    vacant: '空缺',
    kind: '类别',
    badge: '警号',
    unit: '所属单位',
    postings: '现任岗位',
    search: '按姓名搜索',
    allKinds: '全部类别',
    previous: '上一页',
    next: '下一页',
    post: '任职',
    postTitle: '任职（岗位任职）',
    person: '人员',
    role: '岗位',
    from: '起始日期',
    save: '保存',
    cancel: '取消',
    posted: '已任职',
    endPosting: '结束任职',
    lastDay: '最后一天',
    ended: '任职已结束',
    dutyShift: '排入值班表',
    shiftKind: '班次',
    shiftKinds: { DAY: '白班', NIGHT: '夜班', ALL_DAY: '全天' },
    scheduled: '已排班',
    actions: '操作',
    error: '出错了',
    notAllowed: '无权访问此页面。',
    back: '返回',
    auditTitle: '审计记录',
    operation: '操作',
    outcome: '结果',
    actor: '操作者',
    at: '时间',
    chain: '审计链校验',
    chainOk: '审计链完整',
    chainBroken: '审计链被破坏',
    checkedRecords: '已校验记录',
    grids: '网格',
    gridSearch: '按网格编码或名称搜索',
    office: '警务室',
    households: '户数',
    outsideTarget: '不在 300–500 户内',
    residents: '居住人口',
    retired: '已撤销',
    community: '社区',
    streets: '街路巷',
    boundary: '网格边界',
    noBoundary: '尚未绘制边界',
    object: '对象',
    source: '来源地址',
    searchButton: '查询',
    kinds: { POLICE: '民警', AUXILIARY_POLICE: '辅警', GRID_WORKER: '网格员', MEDIATION_MEMBER: '调解员' },
    roleNames: {
      OFFICE_POLICE: '社区民警',
      OFFICE_AUXILIARY: '警务室辅警',
      GRID_WORKER: '网格员',
      STATION_OFFICER: '派出所民警',
    },
  },
  en: {
    title: 'Gateway community policing admin',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedOut: 'You are signed out, or not signed in yet.',
    signInHint: 'Sign in with the account the bureau issued you; administrators also enter their authenticator code.',
    idleSignedOut: 'Signed out after 30 minutes without activity.',
    language: '中文',
    offices: 'Offices',
    personnel: 'Personnel',
    audit: 'Audit',
    home: 'Home',
    welcome: 'Welcome',
    roles: 'Roles',
    permissions: 'Permissions',
    code: 'Code',
    name: 'Name',
    station: 'Station',
    openedOn: 'Opened',
    status: 'Status',
    open: 'Open',
    closed: 'Closed',
    cameras: 'Cameras',
    terminals: 'Mobile police terminals',
    total: (n: number) => `${n} in total`,
    board: '1+2+N board',
    boardOn: 'Day',
    formula: 'Staffing',
    meetsModel: 'Meets 1+2+N',
    gaps: 'Gaps',
    police: 'Community police',
    auxiliaries: 'Auxiliary police',
    grid: 'Grid',
    equipment: 'Equipment',
    vacant: 'Vacant',
    kind: 'Kind',
    badge: 'Badge',
    unit: 'Unit',
    postings: 'Current postings',
    search: 'Search by name',
    allKinds: 'All kinds',
    previous: 'Previous',
    next: 'Next',
    post: 'Post',
    postTitle: 'Post a person',
    person: 'Person',
    role: 'Role',
    from: 'From',
    save: 'Save',
    cancel: 'Cancel',
    posted: 'Posted',
    endPosting: 'End posting',
    lastDay: 'Last day',
    ended: 'Posting ended',
    dutyShift: 'Put on the duty roster',
    shiftKind: 'Shift',
    shiftKinds: { DAY: 'Day', NIGHT: 'Night', ALL_DAY: 'All day' },
    scheduled: 'Scheduled',
    actions: 'Actions',
    error: 'Something went wrong',
    notAllowed: 'You may not open this page.',
    back: 'Back',
    auditTitle: 'Audit records',
    operation: 'Operation',
    outcome: 'Outcome',
    actor: 'Actor',
    at: 'Time',
    chain: 'Audit chain',
    chainOk: 'The audit chain holds',
    chainBroken: 'The audit chain is broken',
    checkedRecords: 'Records checked',
    grids: 'Grids',
    gridSearch: 'Search by grid code or name',
    office: 'Office',
    households: 'Households',
    outsideTarget: 'Outside 300–500',
    residents: 'Residents',
    retired: 'Retired',
    community: 'Community',
    streets: 'Streets',
    boundary: 'Grid boundary',
    noBoundary: 'No boundary drawn yet',
    object: 'Object',
    source: 'Source address',
    searchButton: 'Search',
    kinds: {
      POLICE: 'Police',
      AUXILIARY_POLICE: 'Auxiliary',
      GRID_WORKER: 'Grid worker',
      MEDIATION_MEMBER: 'Mediator',
    },
    roleNames: {
      OFFICE_POLICE: 'Community police',
      OFFICE_AUXILIARY: 'Office auxiliary',
      GRID_WORKER: 'Grid worker',
      STATION_OFFICER: 'Station officer',
    },
  },
} satisfies Record<Language, unknown>;

export type Texts = (typeof texts)['zh'];

export function storedLanguage(): Language {
  return window.localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh';
}

interface LanguageState {
  language: Language;
  t: Texts;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setState] = useState<Language>(storedLanguage);
  const setLanguage = (next: Language) => {
    window.localStorage.setItem(storageKey, next);
    document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
    setState(next);
  };
  return (
    <LanguageContext.Provider value={{ language, t: texts[language], setLanguage }}>
      {children}
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
