import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  ClockCircleOutlined,
  ClusterOutlined,
  DiffOutlined,
  FileProtectOutlined,
  HomeOutlined,
  PlaySquareOutlined,
  ReadOutlined,
  SafetyOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { NavIcon } from './menu';

export const navIcons: Record<NavIcon, ReactNode> = {
  home: <HomeOutlined />,
  hours: <ClockCircleOutlined />,
  dashboard: <AppstoreOutlined />,
  regions: <ClusterOutlined />,
  account: <SafetyOutlined />,
  user: <UserOutlined />,
  institution: <BankOutlined />,
  teachers: <TeamOutlined />,
  courses: <PlaySquareOutlined />,
  classes: <ReadOutlined />,
  applications: <AuditOutlined />,
  reviews: <FileProtectOutlined />,
  corrections: <DiffOutlined />,
};
