import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  ClusterOutlined,
  FileProtectOutlined,
  FolderOpenOutlined,
  HomeOutlined,
  PlaySquareOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
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
  certificates: <SafetyCertificateOutlined />,
  archives: <FolderOpenOutlined />,
};
