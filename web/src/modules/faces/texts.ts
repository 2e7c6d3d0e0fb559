import type { CameraProblem } from './camera-problem';

/** zh-CN text of face enrolment and the face-checked password reset. Plain words, one step at a time. */
export const cameraTexts = {
  guide: '请正对摄像头，保持光线充足',
  starting: '正在打开摄像头…',
  videoLabel: '摄像头画面',
  checking: '正在核对，请不要动…',
  reopen: '重新打开摄像头',
  problems: {
    denied: {
      title: '没有打开摄像头的权限',
      body: '人脸采集要用手机前面的摄像头。请按下面的步骤允许后再试：',
      steps: [
        '点网址左边的「锁」或「ⓘ」图标',
        '找到「摄像头」或「相机」，选「允许」',
        '回到本页，点下面的「重新打开摄像头」',
      ],
      more: '苹果手机：打开「设置」→「Safari 浏览器」→「相机」，选「允许」。在微信里打开的，请点右上角「···」，选「在浏览器打开」。',
    },
    'no-camera': {
      title: '没有找到摄像头',
      body: '这台设备上没有可用的摄像头。请换一部有前置摄像头的手机再试。',
      steps: [],
      more: '',
    },
    busy: {
      title: '摄像头正被其他应用使用',
      body: '请先关掉正在用摄像头的应用（比如视频通话、相机），再点「重新打开摄像头」。',
      steps: [],
      more: '',
    },
    insecure: {
      title: '当前网址不能使用摄像头',
      body: '为保护您的隐私，浏览器只允许以 https:// 开头的安全网址使用摄像头。',
      steps: ['请检查网址是否以 https:// 开头', '请使用培训机构或平台公布的正式网址重新打开'],
      more: '',
    },
    unsupported: {
      title: '这个浏览器不能使用摄像头',
      body: '请换用手机自带的浏览器，或最新版的 Chrome、Edge 浏览器打开本页。',
      steps: [],
      more: '在微信里打开的，请点右上角「···」，选「在浏览器打开」。',
    },
    unknown: {
      title: '摄像头没有打开',
      body: '请关掉其他正在使用摄像头的应用后重试；还不行的话，请换一个浏览器。',
      steps: [],
      more: '',
    },
  } satisfies Record<CameraProblem, { title: string; body: string; steps: string[]; more: string }>,
};

export const enrolmentTexts = {
  title: '人脸采集',
  intro: '学习和考试时，平台会用摄像头核对是不是本人。先采集一次您的人脸，只要几秒钟。',
  tips: ['摘下帽子、口罩和墨镜', '在明亮的地方，不要背对窗户或灯', '画面里只留本人'],
  start: '开始采集',
  again: '重新采集',
  capturing: (taken: number, total: number) => `正在拍照（${taken}/${total}），请不要动`,
  checking: '正在核对照片，请稍候…',
  rejectedTitle: '这次没有采集成功',
  captureFailed: '没有拍到画面。请等摄像头画面出来后，再点「重新采集」。',
  successTitle: '人脸采集成功',
  successBody: '以后学习时，平台会用摄像头核对是本人。',
  toHome: '返回首页',
  alreadyTitle: '您已完成人脸采集',
  alreadyBody: (time: string) => `采集时间：${time}`,
};

export const faceCardTexts = {
  title: '请先完成人脸采集',
  body: '采集后才能开始学习。对着手机摄像头拍几秒钟就好。',
  action: '去采集人脸',
};

export const resetTexts = {
  title: '刷脸找回密码',
  intro: '用您本人的脸核对身份，就能设置新密码。需要您以前在平台上采集过人脸。',
  idNumber: '身份证号',
  idNumberPlaceholder: '注册时用的18位身份证号',
  newPassword: '新密码',
  newPasswordPlaceholder: '至少8位，要同时有字母和数字',
  confirmPassword: '再输一次新密码',
  confirmRequired: '请再输一次新密码',
  confirmMismatch: '两次输入的密码不一样',
  next: '下一步：刷脸核对',
  cameraIntro: '把脸放进圆圈里，然后点「开始核对」。',
  start: '开始核对',
  checking: '正在核对，请不要动…',
  failedTitle: '没有通过人脸核对',
  orAskInstitution: '多试几次还不行的，可以请您所在的培训机构核实身份后帮您重置密码。',
  tryAgain: '再试一次',
  editDetails: '修改身份证号或密码',
  successTitle: '密码已重置',
  successBody: '请用身份证号和新密码登录。',
  toLogin: '去登录',
  loginNotice: '密码已重置，请用新密码登录',
};
