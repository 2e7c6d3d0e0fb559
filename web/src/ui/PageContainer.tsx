import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** The title block and body of a staff console page. */
export function PageContainer({ title, description, extra, children }: { title: string; description?: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <div className="xk-page">
      <div className="xk-page-header">
        <div className="xk-page-heading">
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {description ? <Typography.Text type="secondary">{description}</Typography.Text> : null}
        </div>
        {extra ? <div className="xk-page-extra">{extra}</div> : null}
      </div>
      <div className="xk-page-body">{children}</div>
    </div>
  );
}
