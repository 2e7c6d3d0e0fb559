import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  BankOutlined,
  ClusterOutlined,
  FileProtectOutlined,
  HomeOutlined,
  PlaySquareOutlined,
  NotificationOutlined,
  SafetyOutlined,
  StopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NavIcon } from './menu';

export const navIcons: Record<NavIcon, ReactNode> = {
  home: <HomeOutlined />,
  dashboard: <AppstoreOutlined />,
  regions: <ClusterOutlined />,
  account: <SafetyOutlined />,
  user: <UserOutlined />,
  institution: <BankOutlined />,
  teachers: <TeamOutlined />,
  courses: <PlaySquareOutlined />,
  applications: <AuditOutlined />,
  reviews: <FileProtectOutlined />,
  support: <CustomerServiceOutlined />,
  report: <BarChartOutlined />,
  announcements: <NotificationOutlined />,
  moderation: <StopOutlined />,
  operations: <DashboardOutlined />,
};
