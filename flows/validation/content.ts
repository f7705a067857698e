import { findBannedPhrases } from '../banned-phrases';
import type { LocalizedText } from '../common';
import type { FlowDocument } from '../document';
import { keywordAlternatives } from '../intent';
import { scheduleProblems } from '../schedule';
import { templateVariables } from '../template-string';
import { BUILTIN_VARIABLES } from '../variable';
import { repliesOf } from './replies';
import { closest } from './closest-name';
import type { Report } from './report';

/** References, texts, translations, keywords, schedules and compliance. */
export function checkContent(doc: FlowDocument, report: Report): void {
  const intentIds = new Set(doc.intents.map((i) => i.id));
  const scheduleIds = new Set(doc.schedules.map((s) => s.id));
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const declared = new Set([...doc.variables.map((v) => v.name), ...Object.keys(BUILTIN_VARIABLES)]);
  const supported = doc.languages.supported;

  const checkText = (nodeId: string | null, path: (string | number)[], text: LocalizedText, what: string, templated = true) => {
    const present = supported.filter((l) => (text[l] ?? '').trim() !== '');
    if (present.length === 0) {
      report('FLOW022', nodeId, path, `${what} is empty.`, `${what}内容为空。`);
      return;
    }
    for (const lang of supported) {
      if ((text[lang] ?? '').trim() === '') report('FLOW008', nodeId, [...path, lang], `${what} has no ${lang} text; buyers writing ${lang} get the ${doc.languages.default} text.`, `${what}缺少 ${lang} 翻译，${lang} 买家将看到 ${doc.languages.default} 内容。`);
    }
    for (const [lang, value] of Object.entries(text)) {
      if (templated) {
        for (const name of templateVariables(value)) {
          if (!declared.has(name)) {
            const hint = closest(name, declared);
            report('FLOW007', nodeId, [...path, lang], `{${name}} is not a variable${hint ? ` — did you mean {${hint}}?` : ''}`, `{${name}} 不是已定义的变量${hint ? `，是否想用 {${hint}}？` : ''}`);
          }
        }
      }
      // The lists of the text's language apply too: a zh reply in a MY shop is read with the CN list.
      // Warnings not to do it ("请勿加微信") are not reported: they protect buyers.
      for (const m of findBannedPhrases(value, doc.market, { language: lang })) {
        const hit = value.slice(m.start, m.end);
        const list = m.list === 'GLOBAL' ? 'global' : m.list;
        report(
          'FLOW011',
          nodeId,
          [...path, lang],
          `"${hit}" is not allowed in ${doc.market} replies (${m.category.replace(/_/g, ' ')}). It matches the ${m.rule ? 'rule' : 'phrase'} "${m.pattern}" of the ${list} list.`,
          `“${hit}”在 ${doc.market} 市场的回复中被禁止（${CATEGORY_ZH[m.category] ?? m.category}）。命中${m.list === 'GLOBAL' ? '通用' : ` ${m.list} `}禁用词库的${m.rule ? '规则' : '词语'}“${m.pattern}”。`,
        );
      }
    }
  };

  doc.nodes.forEach((node, i) => {
    const at = (...p: (string | number)[]) => ['nodes', i, ...p];
    const name = node.label ?? node.id;
    for (const { path, reply } of repliesOf(node)) {
      checkText(node.id, at(...path, 'text'), reply.text, `Reply of "${name}"`);
      reply.buttons.forEach((b, k) => checkText(node.id, at(...path, 'buttons', k, 'label'), b.label, `Button "${b.id}" of "${name}"`));
      reply.buttons.forEach((b, k) => {
        if (b.payload.startsWith('intent:') && !intentIds.has(b.payload.slice(7))) {
          report('FLOW013', node.id, at(...path, 'buttons', k, 'payload'), `Button "${b.id}" asks for intent "${b.payload.slice(7)}", which does not exist.`, `按钮“${b.id}”指向的意图“${b.payload.slice(7)}”不存在。`);
        }
      });
    }
    switch (node.kind) {
      case 'intent':
        node.data.intents.forEach((id, k) => {
          if (!intentIds.has(id)) report('FLOW013', node.id, at('data', 'intents', k), `Intent "${id}" does not exist in the knowledge base.`, `知识库中不存在意图“${id}”。`);
        });
        break;
      case 'working_hours':
        if (!scheduleIds.has(node.data.scheduleId)) report('FLOW014', node.id, at('data', 'scheduleId'), `Schedule "${node.data.scheduleId}" does not exist.`, `营业时间“${node.data.scheduleId}”不存在。`);
        break;
      case 'collect':
        if (!declared.has(node.data.variable)) report('FLOW017', node.id, at('data', 'variable'), `Variable "${node.data.variable}" is not declared.`, `变量“${node.data.variable}”未定义。`);
        if (node.data.validation === 'pattern') {
          let ok = node.data.pattern !== undefined && node.data.pattern !== '';
          try {
            if (ok) new RegExp(node.data.pattern as string, 'u');
          } catch {
            ok = false;
          }
          if (!ok) report('FLOW016', node.id, at('data', 'pattern'), `"${node.data.pattern ?? ''}" is not a valid regular expression.`, `“${node.data.pattern ?? ''}”不是有效的正则表达式。`);
        }
        break;
      case 'set_variable':
        node.data.assignments.forEach((a, k) => {
          if (!declared.has(a.variable) || a.variable in BUILTIN_VARIABLES) {
            report('FLOW017', node.id, at('data', 'assignments', k, 'variable'), `Variable "${a.variable}" is not declared${a.variable in BUILTIN_VARIABLES ? ' (built-in variables are read-only)' : ''}.`, `变量“${a.variable}”未定义${a.variable in BUILTIN_VARIABLES ? '（内置变量只读）' : ''}。`);
          }
          if (typeof a.value === 'string') {
            for (const v of templateVariables(a.value)) {
              if (!declared.has(v)) report('FLOW007', node.id, at('data', 'assignments', k, 'value'), `{${v}} is not a variable.`, `{${v}} 不是已定义的变量。`);
            }
          }
        });
        break;
      case 'condition':
        node.data.rules.forEach((r, k) =>
          r.all.forEach((c, j) => {
            if (!declared.has(c.variable)) report('FLOW017', node.id, at('data', 'rules', k, 'all', j, 'variable'), `Variable "${c.variable}" is not declared.`, `变量“${c.variable}”未定义。`);
          }),
        );
        break;
      case 'feedback':
        checkText(node.id, at('data', 'resolvedLabel'), node.data.resolvedLabel, `"Resolved" button of "${name}"`, false);
        checkText(node.id, at('data', 'unresolvedLabel'), node.data.unresolvedLabel, `"Unresolved" button of "${name}"`, false);
        break;
      default:
        break;
    }
  });

  // Knowledge base: keywords claimed twice, empty intents, examples in other languages.
  const owner = new Map<string, string>();
  const routed = new Set(doc.nodes.flatMap((n) => (n.kind === 'intent' ? n.data.intents : [])));
  doc.intents.forEach((intent, i) => {
    const examples = Object.values(intent.examples).flat();
    if (intent.keywords.length === 0 && examples.length === 0) report('FLOW018', null, ['intents', i], `Intent "${intent.id}" has no keywords and no example questions: it can never match.`, `意图“${intent.id}”没有关键词也没有示例问题，永远不会被匹配。`);
    for (const lang of Object.keys(intent.examples)) {
      if (!supported.includes(lang)) report('FLOW020', null, ['intents', i, 'examples', lang], `Intent "${intent.id}" has ${lang} examples but the flow does not support ${lang}.`, `意图“${intent.id}”有 ${lang} 示例，但流程不支持 ${lang}。`);
    }
    if (!routed.has(intent.id) && !doc.globalTriggers.some((t) => t.intentId === intent.id)) {
      report('FLOW021', null, ['intents', i], `Intent "${intent.id}" is not routed by any intent node.`, `意图“${intent.id}”未被任何意图节点使用。`);
    }
    intent.keywords.forEach((k, j) => {
      for (const alt of keywordAlternatives(k)) {
        const key = alt.normalize('NFKC').toLowerCase();
        const first = owner.get(key);
        if (first !== undefined && first !== intent.id) {
          report('FLOW009', null, ['intents', i, 'keywords', j], `Keyword "${alt}" is used by "${first}" and "${intent.id}": the examples will have to decide.`, `关键词“${alt}”同时属于“${first}”和“${intent.id}”，将由示例问题决定归属。`);
        } else owner.set(key, intent.id);
      }
    });
  });

  doc.globalTriggers.forEach((t, i) => {
    if (!nodeIds.has(t.target)) report('FLOW015', null, ['globalTriggers', i, 'target'], `Trigger "${t.id}" goes to missing node "${t.target}".`, `触发器“${t.id}”指向的节点“${t.target}”不存在。`);
    if (t.intentId !== undefined && !intentIds.has(t.intentId)) report('FLOW015', null, ['globalTriggers', i, 'intentId'], `Trigger "${t.id}" uses missing intent "${t.intentId}".`, `触发器“${t.id}”使用的意图“${t.intentId}”不存在。`);
  });

  doc.schedules.forEach((s, i) => {
    // A dated exception on a holiday is a deliberate override, not a broken range: a warning.
    for (const p of scheduleProblems(s)) report(p.code === 'exception_on_holiday' ? 'FLOW023' : 'FLOW010', null, ['schedules', i, ...p.path], `${s.name}: ${p.en}`, `${s.name}：${p.zh}`);
  });
  const guardTarget = doc.settings.guardHandoffTarget;
  if (guardTarget !== undefined && !nodeIds.has(guardTarget)) {
    report('FLOW026', null, ['settings', 'guardHandoffTarget'], `Guards hand over through missing node "${guardTarget}".`, `保护机制转人工时经过的节点“${guardTarget}”不存在。`);
  }
  const robot = doc.settings.robot;
  if (robot.autoWhen === 'outside_hours' && robot.mode === 'auto') {
    if (robot.scheduleId !== undefined && !scheduleIds.has(robot.scheduleId)) report('FLOW014', null, ['settings', 'robot', 'scheduleId'], `Schedule "${robot.scheduleId}" does not exist.`, `营业时间“${robot.scheduleId}”不存在。`);
    if (robot.scheduleId === undefined && doc.schedules.length === 0) report('FLOW014', null, ['settings', 'robot', 'scheduleId'], 'The robot answers outside working hours, but the flow has no schedule.', '机器人设置为非营业时间自动回复，但流程没有营业时间。');
  }
}

const CATEGORY_ZH: Record<string, string> = {
  off_platform_contact: '引导站外联系',
  external_payment: '站外支付',
  review_incentive: '好评诱导',
  misleading_claim: '误导性宣传',
};
