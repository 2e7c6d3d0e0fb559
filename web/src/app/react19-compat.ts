import { unstableSetRender as setAntdRender } from 'antd';
import { unstableSetRender as setMobileRender } from 'antd-mobile';
import type { ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * antd 5 and antd-mobile 5 render their imperative pieces (Dialog.confirm, Toast,
 * message) with the React 18 API; React 19 removed it, so hand them createRoot.
 */
type Container = (Element | DocumentFragment) & { __xkRoot?: Root };

function render(node: ReactElement, container: Element | DocumentFragment) {
  const host = container as Container;
  host.__xkRoot ??= createRoot(host);
  const root = host.__xkRoot;
  root.render(node);
  return async () => {
    // Let the closing animation finish its current frame before unmounting.
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
    delete host.__xkRoot;
  };
}

setAntdRender(render);
setMobileRender(render);
