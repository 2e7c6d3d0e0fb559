import { CameraOutlined, FolderOpenOutlined, IdcardOutlined, WifiOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { MyExamsSection } from '../../modules/exams';
import { FaceStatusCard } from '../../modules/faces';
import { roleNames } from '../../modules/identity';
import { MyCertificatesSection } from '../../modules/certificates';
import { MyClassesSection } from '../../modules/learners';
import { MobilePage } from '../../ui/MobilePage';
import { useAuth } from '../auth';
import { homePathFor, roleKey } from '../menu';
import { learnerHomeTexts as t, navTexts } from '../texts';

const TIP_ICONS: ReactNode[] = [<WifiOutlined key="net" />, <CameraOutlined key="cam" />, <IdcardOutlined key="id" />];

/** 首页 for learners: a welcome, face enrolment until it is done, their classes and their exams. */
export function LearnerHomePage() {
  const { me, activeRole, switchRole } = useAuth();
  const navigate = useNavigate();
  const otherRoles = me.roles.filter((r) => roleKey(r) !== roleKey(activeRole));
  return (
    <MobilePage title={navTexts.learnerHome}>
      <section className="xk-m-welcome">
        <div className="xk-m-welcome-name">{t.greeting(me.account.displayName)}</div>
        <div className="xk-m-welcome-sub">{t.welcome}</div>
      </section>

      <FaceStatusCard />
      <MyClassesSection />
      <MyExamsSection />
      <MyCertificatesSection />
      <section className="xk-m-section">
        <List className="xk-m-list">
          <List.Item prefix={<FolderOpenOutlined />} description={t.archiveHint} onClick={() => navigate('/m/archive')}>
            {t.archive}
          </List.Item>
        </List>
      </section>

      {otherRoles.length > 0 ? (
        <section className="xk-m-section">
          <h2 className="xk-m-section-title">{t.otherRoles}</h2>
          <List className="xk-m-list">
            {otherRoles.map((r) => (
              <List.Item
                key={roleKey(r)}
                description={r.scope.label}
                onClick={() => {
                  switchRole(roleKey(r));
                  navigate(homePathFor(r.role));
                }}
              >
                {roleNames[r.role]}
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}

      <section className="xk-m-section">
        <h2 className="xk-m-section-title">{t.tipsTitle}</h2>
        <ul className="xk-m-card xk-m-tips">
          {t.tips.map((tip, i) => (
            <li key={tip}>
              <span className="xk-m-tip-icon">{TIP_ICONS[i]}</span>
              {tip}
            </li>
          ))}
        </ul>
      </section>
    </MobilePage>
  );
}
