import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout } from '../../modules/identity';
import { shellTexts } from '../texts';

/** Refusal inside the console; full-page (with a way out) for an account that holds no role at all. */
export function ForbiddenPage({ fullPage = false }: { fullPage?: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  return (
    <div className={fullPage ? 'xk-fullpage' : 'xk-page-result'}>
      <Result
        status="403"
        title={shellTexts.forbiddenTitle}
        subTitle={shellTexts.forbiddenBody}
        extra={
          fullPage ? (
            <Button loading={logout.isPending} onClick={() => logout.mutate()}>
              {shellTexts.logout}
            </Button>
          ) : (
            <Button type="primary" onClick={() => navigate('/')}>
              {shellTexts.backHome}
            </Button>
          )
        }
      />
    </div>
  );
}
