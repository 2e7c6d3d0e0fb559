import { Button, Result } from 'antd';
import { Button as MobileButton, ErrorBlock } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { MobilePage } from '../../ui/MobilePage';
import { shellTexts } from '../texts';

/** 404 inside the staff console. */
export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <div className="xk-page-result">
      <Result
        status="404"
        title={shellTexts.notFoundTitle}
        subTitle={shellTexts.notFoundBody}
        extra={
          <Button type="primary" onClick={() => navigate('/')}>
            {shellTexts.backHome}
          </Button>
        }
      />
    </div>
  );
}

/** 404 on the learner's phone layout. */
export function MobileNotFoundPage() {
  const navigate = useNavigate();
  return (
    <MobilePage title={shellTexts.notFoundTitle} onBack={() => navigate('/m')}>
      <ErrorBlock status="empty" title={shellTexts.notFoundTitle} description={shellTexts.notFoundBody}>
        <MobileButton color="primary" size="large" onClick={() => navigate('/m')}>
          {shellTexts.backHome}
        </MobileButton>
      </ErrorBlock>
    </MobilePage>
  );
}
