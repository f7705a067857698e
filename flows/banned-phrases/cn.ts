import { chars, gap, optional } from './rule';
import type { BannedPhrase } from './types';

// 微信 and the spellings used to slip past filters (homophones, letters). 微 alone only before a
// non-Chinese character: 加微 is 加微信, 添加微量元素 is not; a lone Q is left out (更加Q弹).
const WECHAT = ['微信', '薇信', '威信', '维信', '徽信', '微新', '卫星', 'v信', 'vx', 'wx', 'weixin', 'wechat', 'qq', '扣扣', '企鹅', /微(?!\p{Script=Han})/u, 'v'];
// An account id written after it: at least three digits ("shop888", "13800138000").
const ACCOUNT_ID = /[a-z0-9_]*\d{3,}[a-z0-9_]*/;
const REVIEW = ['好评', '五星好评', '5星', '晒图', '追评', '评价', '带图评价', '点评'];
// 送 and 返 also mean "deliver" and "go back" (送达, 送货, 返回), which are no reward.
const GIVE = /送(?![达货到出至检修])|返(?!回)/;
const REWARD = [GIVE, '返现', '返还', '红包', '现金', '有礼', '礼品', '礼物', '奖励', '优惠券', '代金券', '立减', '补贴', '领取', '领', '抽奖'];

/** Douyin / TikTok Shop China: 站外引流, 私下交易, 好评返现 and absolute advertising claims (广告法). */
export const CN_BANNED_PHRASES: BannedPhrase[] = [
  { pattern: '加微信', category: 'off_platform_contact', note: '引导买家添加微信（站外引流）。' },
  { pattern: '加我微信', category: 'off_platform_contact', note: '引导买家添加微信（站外引流）。' },
  {
    pattern: '加微',
    category: 'off_platform_contact',
    note: '“加微”是加微信的简写。',
    // Not before another character of a word: 添加微量元素.
    rule: chars(['加微'], { ahead: [/\p{Script=Han}/u], within: 0, not: true }),
    example: '有事加微',
  },
  { pattern: '微信号', category: 'off_platform_contact', note: '提供微信号（站外引流）。' },
  { pattern: '微信联系', category: 'off_platform_contact', note: '引导到微信沟通。' },
  { pattern: '薇信', category: 'off_platform_contact', note: '微信的谐音变体。' },
  { pattern: 'vx', category: 'off_platform_contact', note: '微信的缩写。' },
  { pattern: 'v信', category: 'off_platform_contact', note: '微信的变体写法。' },
  { pattern: '加v', category: 'off_platform_contact', note: '“加V”指加微信。' },
  { pattern: '加QQ', category: 'off_platform_contact', note: '引导添加 QQ（站外引流）。' },
  { pattern: 'QQ号', category: 'off_platform_contact', note: '提供 QQ 号（站外引流）。' },
  { pattern: 'QQ群', category: 'off_platform_contact', note: '引导加入 QQ 群。' },
  { pattern: '私聊', category: 'off_platform_contact', unlessFollowedBy: ['客服', '小助手', '店小二'], example: '私聊我发你链接', note: '引导私下沟通。' },
  { pattern: '加我好友', category: 'off_platform_contact', note: '引导添加站外好友。' },
  { pattern: '打我电话', category: 'off_platform_contact', note: '引导电话联系（站外）。' },
  { pattern: '我的手机号', category: 'off_platform_contact', note: '提供私人手机号。' },
  { pattern: '淘宝下单', category: 'off_platform_contact', note: '引导到其他平台下单。' },
  { pattern: '去淘宝', category: 'off_platform_contact', note: '引导到其他平台。' },
  { pattern: '拼多多下单', category: 'off_platform_contact', note: '引导到其他平台下单。' },
  { pattern: '京东下单', category: 'off_platform_contact', note: '引导到其他平台下单。' },
  { pattern: '线下交易', category: 'external_payment', note: '平台外交易。' },
  { pattern: '私下交易', category: 'external_payment', note: '平台外交易。' },
  { pattern: '支付宝转账', category: 'external_payment', note: '绕过平台支付。' },
  { pattern: '微信转账', category: 'external_payment', note: '绕过平台支付。' },
  { pattern: '银行卡转账', category: 'external_payment', note: '绕过平台支付。' },
  { pattern: '扫码付款', category: 'external_payment', note: '站外收款码绕过平台支付。' },
  { pattern: '好评返现', category: 'review_incentive', note: '以返现诱导好评。' },
  { pattern: '五星好评返', category: 'review_incentive', note: '以返现/返券诱导五星好评。' },
  { pattern: '晒图返现', category: 'review_incentive', note: '以返现诱导晒图评价。' },
  { pattern: '追评返现', category: 'review_incentive', note: '以返现诱导追评。' },
  { pattern: '好评送', category: 'review_incentive', note: '以赠品诱导好评。' },
  { pattern: '好评有礼', category: 'review_incentive', note: '以礼品诱导好评。' },
  { pattern: '全网最低价', category: 'misleading_claim', note: '广告法禁止的绝对化用语。' },
  { pattern: '全网第一', category: 'misleading_claim', note: '广告法禁止的绝对化用语。' },
  { pattern: '国家级', category: 'misleading_claim', note: '广告法禁止的绝对化用语。' },
  { pattern: '百分百有效', category: 'misleading_claim', note: '功效保证属于虚假宣传。' },
  { pattern: '根治', category: 'misleading_claim', note: '医疗功效宣称。' },
  { pattern: '走支付宝', category: 'external_payment', note: '“走支付宝”指绕过平台用支付宝付款。' },
  { pattern: '走微信', category: 'external_payment', note: '“走微信”指绕过平台用微信付款或沟通。' },
  {
    pattern: '加/添加 + 微信（及谐音、字母写法）',
    category: 'off_platform_contact',
    note: '引导买家添加微信、QQ 等站外联系方式，包括谐音和字母写法（威信、V、vx）。',
    rule: chars(['加', '添加', '加个', '联系', '私信', '找', '扫', '关注', '搜', '搜索'], optional('一下', '下'), optional('我', '我们', '我们的', '本店', '店主', '老板', '小编', '客服'), optional('的'), optional('个人'), WECHAT, optional('号'), optional(ACCOUNT_ID)),
    example: '请添加我们的微信：shop888',
  },
  {
    pattern: '微信 + 账号',
    category: 'off_platform_contact',
    note: '在回复中给出微信账号（站外引流）。',
    rule: chars(['微信', '薇信', '威信', 'v信', 'weixin'], optional('号', '号码', 'id'), optional('是', '为'), [ACCOUNT_ID]),
    example: '微信 abc12345',
  },
  {
    pattern: 'V我',
    category: 'off_platform_contact',
    note: '“V我”即“加我微信/微信转我”。',
    rule: chars(['v我']),
    example: 'V我50',
  },
  {
    pattern: '好评 … 返/送/红包',
    category: 'review_incentive',
    note: '以返现、红包、礼品诱导好评。',
    rule: chars(REVIEW, gap(4), REWARD, optional(/\d+(?:元|块)?/)),
    example: '给个好评返5元',
  },
  {
    pattern: '返现/红包 … 好评',
    category: 'review_incentive',
    note: '以返现、红包、礼品诱导好评。',
    rule: chars(['返现', '红包', '现金', '礼品', '礼物', '奖励', '优惠券', '代金券', GIVE], gap(4), ['好评', '五星好评', '晒图', '追评', '带图评价']),
    example: '返现给五星好评的亲',
  },
  {
    pattern: '转账给我',
    category: 'external_payment',
    note: '要求直接转账给卖家（绕过平台支付）。',
    rule: chars(['转账', '打款', '汇款', '付款', '付钱', '转钱'], optional('到', '给', '至'), ['我', '我的'], optional('账户', '卡', '银行卡', '支付宝', '微信')),
    example: '直接转账给我就行',
  },
];
