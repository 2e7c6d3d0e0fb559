import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth';
import { canDrillTo } from '../drill';
import { oversightPaths as paths } from '../paths';

export interface Crumb {
  code: string;
  name: string;
}

/** 广东省 › 广州市 › 天河区 › 机构 › 班级: levels above the caller's region are shown but not opened. */
export function DrillBreadcrumb({ regions, institution, cls }: { regions: Crumb[]; institution?: { id: string; name: string }; cls?: { name: string } }) {
  const scope = useAuth().activeRole.scope.regionCode;
  const items = [
    ...regions.map((r) => ({ key: r.code, title: canDrillTo(scope, r.code) ? <Link to={paths.region(r.code)}>{r.name}</Link> : r.name })),
    ...(institution ? [{ key: 'institution', title: cls ? <Link to={paths.institution(institution.id)}>{institution.name}</Link> : institution.name }] : []),
    ...(cls ? [{ key: 'class', title: cls.name }] : []),
  ];
  return <Breadcrumb className="xk-drill-breadcrumb" items={items} separator="›" style={{ marginBottom: 16 }} />;
}
