/**
 * UI messages, one file per area and language (`en/<area>.json`, `zh/<area>.json`); every
 * area exists in both languages with the same keys (a test checks).
 */
import enDesigner from './en/designer.json';
import enInspector from './en/inspector.json';
import enCommon from './en/common.json';
import enShop from './en/shop.json';
import enVersions from './en/versions.json';
import enSettings from './en/settings.json';
import enOrders from './en/orders.json';
import enMembers from './en/members.json';
import enInvite from './en/invite.json';
import enShell from './en/shell.json';
import enSignIn from './en/signIn.json';
import enShops from './en/shops.json';
import enJsonEditor from './en/jsonEditor.json';
import enVersionsCompare from './en/versionsCompare.json';
import enPreview from './en/preview.json';
import enTests from './en/tests.json';
import zhDesigner from './zh/designer.json';
import zhInspector from './zh/inspector.json';
import zhCommon from './zh/common.json';
import zhShop from './zh/shop.json';
import zhVersions from './zh/versions.json';
import zhSettings from './zh/settings.json';
import zhOrders from './zh/orders.json';
import zhMembers from './zh/members.json';
import zhInvite from './zh/invite.json';
import zhShell from './zh/shell.json';
import zhSignIn from './zh/signIn.json';
import zhShops from './zh/shops.json';
import zhJsonEditor from './zh/jsonEditor.json';
import zhVersionsCompare from './zh/versionsCompare.json';
import zhPreview from './zh/preview.json';
import zhTests from './zh/tests.json';

export const MESSAGES = {
  en: { common: enCommon, shop: enShop, versions: enVersions, settings: enSettings, orders: enOrders, members: enMembers, invite: enInvite, designer: enDesigner, inspector: enInspector, shell: enShell, signIn: enSignIn, shops: enShops, jsonEditor: enJsonEditor, versionsCompare: enVersionsCompare, preview: enPreview, tests: enTests },
  zh: { common: zhCommon, shop: zhShop, versions: zhVersions, settings: zhSettings, orders: zhOrders, members: zhMembers, invite: zhInvite, designer: zhDesigner, inspector: zhInspector, shell: zhShell, signIn: zhSignIn, shops: zhShops, jsonEditor: zhJsonEditor, versionsCompare: zhVersionsCompare, preview: zhPreview, tests: zhTests },
} as const;
