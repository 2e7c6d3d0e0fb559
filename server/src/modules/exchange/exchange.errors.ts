import { defineErrors } from '../../platform/http/errors.js';

export const ExchangeErrors = defineErrors('exchange', {
  EXCHANGE_KEY_INVALID: { status: 401, message: '数据接口密钥无效、已过期或已吊销' },
  EXCHANGE_FEED_NOT_ALLOWED: { status: 403, message: '该接口客户端未获准访问此数据项' },
  EXCHANGE_PROVINCE_ONLY: { status: 403, message: '数据接口客户端只能由省应急管理厅或平台运营方管理' },
  EXCHANGE_CLIENT_NOT_FOUND: { status: 404, message: '未找到该数据接口客户端' },
  EXCHANGE_DELIVERY_NOT_FOUND: { status: 404, message: '未找到该推送记录' },
  EXCHANGE_CLIENT_REVOKED: { status: 409, message: '该数据接口客户端已吊销，不能再操作' },
  EXCHANGE_CURSOR_INVALID: { status: 400, message: '游标无效，请使用上次返回的 nextCursor' },
  EXCHANGE_WEBHOOK_URL_FORBIDDEN: { status: 422, message: '推送地址须为 https，且须解析到公网地址，不得指向本机、内网或保留地址' },
  EXCHANGE_REGION_INVALID: { status: 400, message: '数据范围须为广东省或省内的行政区划代码' },
});
