import type { FlowDocument } from '../document';
import type { FlowNode } from '../nodes';
import type { Reply } from '../reply';
import { placeholderLikeTokens } from '../template-string';
import { BUILTIN_VARIABLES } from '../variable';
import { closest } from './closest-name';
import type { Report } from './report';

/** Every reply a node can send, with its path inside the node. */
export function repliesOf(node: FlowNode): Array<{ path: (string | number)[]; reply: Reply }> {
  switch (node.kind) {
    case 'greeting':
    case 'message':
    case 'fallback':
      return [{ path: ['data', 'reply'], reply: node.data.reply }];
    case 'collect':
      return [
        { path: ['data', 'prompt'], reply: node.data.prompt },
        { path: ['data', 'retryReply'], reply: node.data.retryReply },
      ];
    case 'order_lookup':
      return [{ path: ['data', 'confirmReply'], reply: node.data.confirmReply }];
    case 'handoff':
      return [
        { path: ['data', 'reply'], reply: node.data.reply },
        { path: ['data', 'offlineReply'], reply: node.data.offlineReply },
      ];
    case 'feedback':
      return [{ path: ['data', 'prompt'], reply: node.data.prompt }];
    case 'end':
      return node.data.reply ? [{ path: ['data', 'reply'], reply: node.data.reply }] : [];
    default:
      return [];
  }
}

/**
 * Reply texts and button labels: placeholder-like tokens the template syntax does not take
 * (FLOW007, an error like an unknown variable: the buyer would see the raw braces), and text in
 * a language the flow does not support (FLOW024: no buyer ever gets it).
 */
export function checkReplies(doc: FlowDocument, report: Report): void {
  const declared = new Set([...doc.variables.map((v) => v.name), ...Object.keys(BUILTIN_VARIABLES)]);
  const supported = doc.languages.supported;
  // A buyer in pt-BR also gets pt text (see pickText), so a base language counts as supported.
  const used = (lang: string) => supported.some((s) => s === lang || s.split('-')[0] === lang);

  const checkTokens = (nodeId: string, path: (string | number)[], template: string) => {
    for (const { token, name } of placeholderLikeTokens(template)) {
      const hint = likelyVariable(name, declared);
      const spaced = /\s/.test(token.split('|')[0] as string);
      const upper = /[A-Z]/.test(name);
      const whyEn = [spaced ? 'no spaces inside the braces' : '', upper ? 'names are lowercase, with _ between words' : ''].filter(Boolean).join('; ');
      const whyZh = [spaced ? '花括号内不能有空格' : '', upper ? '变量名只用小写字母，单词之间用 _' : ''].filter(Boolean).join('；');
      report(
        'FLOW007',
        nodeId,
        path,
        `${token} is not a variable as written (${whyEn}), so buyers would see it as is${hint ? ` — did you mean {${hint}}?` : '.'}`,
        `${token} 的写法不是变量（${whyZh}），买家会原样看到它${hint ? `，是否想用 {${hint}}？` : '。'}`,
      );
    }
  };

  doc.nodes.forEach((node, i) => {
    const name = node.label ?? node.id;
    for (const { path, reply } of repliesOf(node)) {
      const texts = [
        { at: [...path, 'text'], text: reply.text, en: `Reply of "${name}"`, zh: `“${name}”的回复` },
        ...reply.buttons.map((b, k) => ({ at: [...path, 'buttons', k, 'label'], text: b.label, en: `Button "${b.id}" of "${name}"`, zh: `“${name}”的按钮“${b.id}”` })),
      ];
      for (const { at, text, en, zh } of texts) {
        // With no text in the flow's languages, buyers get whatever text there is (see pickText).
        const fallsBack = !Object.entries(text).some(([lang, value]) => used(lang) && value.trim() !== '');
        for (const [lang, value] of Object.entries(text)) {
          const where = ['nodes', i, ...at, lang];
          checkTokens(node.id, where, value);
          if (used(lang) || value.trim() === '') continue;
          if (fallsBack) {
            const def = doc.languages.default;
            report('FLOW024', node.id, where, `${en} is only in ${lang}, which the flow does not support, so every buyer gets the ${lang} text. Add ${def} text.`, `${zh}只有 ${lang} 内容，但流程不支持 ${lang}，所有买家都会看到 ${lang} 内容。请添加 ${def} 内容。`);
          } else {
            report('FLOW024', node.id, where, `${en} has ${lang} text, but the flow does not support ${lang}, so no buyer sees it. Add ${lang} to the flow's languages, or remove this text.`, `${zh}有 ${lang} 内容，但流程不支持 ${lang}，买家不会看到。请在流程语言中添加 ${lang}，或删除这段内容。`);
          }
        }
      }
    }
    // set_variable string values are templates too, and end up in replies.
    if (node.kind === 'set_variable') {
      node.data.assignments.forEach((a, k) => {
        if (typeof a.value === 'string') checkTokens(node.id, ['nodes', i, 'data', 'assignments', k, 'value'], a.value);
      });
    }
  });
}

/** The declared variable a mistyped token most likely means: `{Order_ID}`, `{orderId}` → order_id. */
function likelyVariable(name: string, declared: ReadonlySet<string>): string | null {
  const snake = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
  if (declared.has(snake)) return snake;
  // {ORDERID}, {Ordernumber}: run-together words.
  const squashed = snake.replace(/_/g, '');
  for (const candidate of declared) if (candidate.replace(/_/g, '') === squashed) return candidate;
  return closest(snake, declared);
}
