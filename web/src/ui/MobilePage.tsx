import { NavBar } from 'antd-mobile';
import type { ReactNode } from 'react';

/** A learner's phone screen: a title bar (with a back arrow on sub-pages) over the content. */
export function MobilePage({ title, onBack, children }: { title: string; onBack?: () => void; children: ReactNode }) {
  return (
    <div className="xk-m-page">
      <NavBar className="xk-m-navbar" back={onBack ? '' : null} backIcon={Boolean(onBack)} onBack={onBack}>
        {title}
      </NavBar>
      <main className="xk-m-body">{children}</main>
    </div>
  );
}
